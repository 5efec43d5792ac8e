package org.activemat.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/** Fonts, strokes and greys of every figure, in points: sizes a thesis page can print and a reader can read. */
final class Style {
    private Style() {}

    // the logical family maps to DejaVu Sans or Arial wherever Java runs, so nothing depends on installed fonts
    private static final String FAMILY = Font.SANS_SERIF;

    static final Font TITLE = font(Font.BOLD, 11f);
    static final Font PANEL_TITLE = font(Font.BOLD, 9.5f);
    static final Font LABEL = font(Font.PLAIN, 9f);
    static final Font TICK = font(Font.PLAIN, 8f);
    static final Font LEGEND = font(Font.PLAIN, 8.5f);
    static final Font NOTE = font(Font.PLAIN, 7.5f);

    private static Font font(int style, float size) {
        return new Font(FAMILY, style, 1).deriveFont(size);
    }

    static final Color INK = new Color(0x222222);
    static final Color FRAME = new Color(0x555555);
    static final Color GRID = new Color(0xe2e2e2);
    static final Color ZERO = new Color(0x888888);

    static final float LINE = 1.3f;
    static final float THIN = 0.6f;
    static final double MARKER = 4.2;   // marker diameter
    static final double BAND_ALPHA = 0.15;

    static Stroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static Stroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[]{4.5f, 2.5f}, 0);
    }

    static Color translucent(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
    }
}

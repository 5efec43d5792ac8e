package org.activemat.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame every figure shares: a white page, the title on top, the shared legend under it, then the panels in a
 * grid (one row for up to 3 panels, 2 × 2 for 4, then rows of 3).
 */
final class FigureLayout {
    private FigureLayout() {}

    private static final double MARGIN = 6, PANEL_GAP = 10;

    /** Draws the page, title and legend; returns the rectangles of the panels, row by row. */
    static List<Rectangle2D> frame(Graphics2D g, double width, double height, String title, Legend legend, int panels) {
        return frame(g, width, height, title, legend, panels, null);
    }

    /**
     * As frame, with a note under the panels (how to read the figure), or none when note is null. In a narrow figure
     * (a pane beside others on a laptop screen) the title takes up to three lines, and four in a smaller font if it
     * still does not fit, and the note two lines, so neither is cut.
     */
    static List<Rectangle2D> frame(Graphics2D g, double width, double height, String title, Legend legend, int panels, String note) {
        Text.hints(g);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        double y = MARGIN, w = width - 2 * MARGIN;
        if (title != null && !title.isEmpty()) {
            g.setColor(Style.INK);
            Font font = Style.TITLE;
            List<String> lines = Text.wrap(title, font, w, 3);
            if (Text.shortened(lines, title)) lines = Text.wrap(title, font = Style.PANEL_TITLE, w, 4);
            for (String line : lines) {
                Text.draw(g, line, font, width / 2, y, 0.5, 0);
                y += Text.height(font);
            }
            y += 4;
        }
        if (legend != null && !legend.isEmpty()) {
            legend.draw(g, MARGIN, y, w);
            y += legend.height(w) + 6;
        }
        double bottom = height - MARGIN;
        if (note != null && !note.isEmpty()) {
            g.setColor(Style.FRAME);
            List<String> lines = Text.wrap(note, Style.NOTE, w, 2);
            for (int i = lines.size() - 1; i >= 0; i--) {
                Text.draw(g, lines.get(i), Style.NOTE, width / 2, bottom, 0.5, 1);
                bottom -= Text.height(Style.NOTE);
            }
            bottom -= 4;
        }
        return grid(new Rectangle2D.Double(MARGIN, y, w, bottom - y), panels);
    }

    static int columns(int panels) {
        return panels <= 3 ? Math.max(1, panels) : panels == 4 ? 2 : 3;
    }

    static List<Rectangle2D> grid(Rectangle2D area, int panels) {
        List<Rectangle2D> out = new ArrayList<>();
        if (panels <= 0) return out;
        int cols = columns(panels), rows = (panels + cols - 1) / cols;
        double cw = (area.getWidth() - (cols - 1) * PANEL_GAP) / cols, rh = (area.getHeight() - (rows - 1) * PANEL_GAP) / rows;
        for (int i = 0; i < panels; i++) {
            int r = i / cols, c = i % cols;
            out.add(new Rectangle2D.Double(area.getX() + c * (cw + PANEL_GAP), area.getY() + r * (rh + PANEL_GAP), cw, rh));
        }
        return out;
    }

    /** A note in the middle of an empty figure or panel ("no finished run"), so nothing is silently blank. */
    static void empty(Graphics2D g, Rectangle2D area, String note) {
        g.setColor(Style.FRAME);
        Text.draw(g, Text.fit(note, Style.LABEL, area.getWidth()), Style.LABEL, area.getCenterX(), area.getCenterY(), 0.5, 0.5);
    }
}

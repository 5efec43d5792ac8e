package org.activemat.report;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * Measuring and placing text. Measures with one fixed, device-free context, so a figure lays out the same in a PNG
 * at any dpi, in an SVG and on screen (the device's own metrics would round differently per resolution).
 */
final class Text {
    private Text() {}

    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** The hints every figure draws with: smooth shapes and text, exact (unhinted) glyph advances. */
    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    static double width(Font font, String s) {
        return s.isEmpty() ? 0 : font.getStringBounds(s, FRC).getWidth();
    }

    /** The height of a line of this font: ascent + descent. */
    static double height(Font font) {
        LineMetrics m = font.getLineMetrics("Hg", FRC);
        return m.getAscent() + m.getDescent();
    }

    /**
     * Draws s so that the point (x, y) sits at the fraction (ax, ay) of its box: (0, 0) top left, (0.5, 0.5)
     * centre, (1, 1) bottom right.
     */
    static void draw(Graphics2D g, String s, Font font, double x, double y, double ax, double ay) {
        if (s.isEmpty()) return;
        LineMetrics m = font.getLineMetrics(s, FRC);
        double w = width(font, s), h = m.getAscent() + m.getDescent();
        g.setFont(font);
        g.drawString(s, (float) (x - ax * w), (float) (y - ay * h + m.getAscent()));
    }

    /** As draw, turned a quarter counter-clockwise (a y axis label reading upwards); (ax, ay) in the text's frame. */
    static void drawUp(Graphics2D g, String s, Font font, double x, double y, double ax, double ay) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        draw(g, s, font, 0, 0, ax, ay);
        g.setTransform(saved);
    }

    /** s in at most maxLines lines of width, broken at " — " or else at spaces; the last line shortened with "…" if still too long. */
    static List<String> wrap(String s, Font font, double width, int maxLines) {
        int dash = s.indexOf(" — ");
        if (maxLines >= 2 && dash > 0 && width(font, s) > width) {   // "A — B" breaks at its dash first
            List<String> out = new ArrayList<>(wrap(s.substring(0, dash), font, width, maxLines - 1));
            out.addAll(wrap(s.substring(dash + 3), font, width, maxLines - out.size()));
            return out;
        }
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String w : s.trim().split(" +")) {
            String next = line.isEmpty() ? w : line + " " + w;
            // on the last allowed line everything else is appended, then shortened below
            if (line.isEmpty() || width(font, next) <= width || lines.size() == maxLines - 1) line = next;
            else { lines.add(line); line = w; }
        }
        if (!line.isEmpty()) lines.add(line);
        lines.replaceAll(l -> fit(l, font, width));
        return lines;
    }

    /** Whether wrap had to shorten s to fit its lines (a line ends in "…" that s does not have). */
    static boolean shortened(List<String> lines, String s) {
        return !s.endsWith("…") && lines.stream().anyMatch(l -> l.endsWith("…"));
    }

    /** s shortened with "…" to fit width (a long system name must not run into the next panel). */
    static String fit(String s, Font font, double width) {
        if (width(font, s) <= width) return s;
        for (int n = s.length() - 1; n > 0; n--) {
            String t = s.substring(0, n) + "…";
            if (width(font, t) <= width) return t;
        }
        return "…";
    }
}

package org.activemat.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** One legend for a whole figure: entries in rows, centred, wrapped to the width it is given. */
final class Legend {
    private static final double SAMPLE = 20, SAMPLE_GAP = 4, ENTRY_GAP = 14, ROW_GAP = 3;

    /** A line sample (optionally dashed) and/or a marker (filled or open), or with neither a swatch; then the label. */
    record Entry(String label, Color color, boolean line, boolean dashed, StrategyPalette.Marker marker, boolean filled) {
        static Entry strategy(String name, List<String> all, boolean line) {
            StrategyPalette.Look look = StrategyPalette.look(name, all);
            return new Entry(name, look.color(), line, look.dashed(), look.marker(), true);
        }
    }

    private final List<Entry> entries;

    Legend(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    boolean isEmpty() { return entries.isEmpty(); }

    double height(double width) {
        int rows = rows(width).size();
        return rows == 0 ? 0 : rows * Text.height(Style.LEGEND) + (rows - 1) * ROW_GAP;
    }

    /** Draws the rows from top y, each centred on [x, x + width]. */
    void draw(Graphics2D g, double x, double y, double width) {
        double rowH = Text.height(Style.LEGEND);
        for (List<Entry> row : rows(width)) {
            double total = rowWidth(row), cx = x + (width - total) / 2, mid = y + rowH / 2;
            for (Entry e : row) {
                if (e.line()) {
                    g.setColor(e.color());
                    g.setStroke(e.dashed() ? Style.dashed(Style.LINE) : Style.solid(Style.LINE));
                    g.draw(new Line2D.Double(cx, mid, cx + SAMPLE, mid));
                }
                if (!e.line() && e.marker() == null) {
                    g.setColor(e.color());
                    g.fill(new Rectangle2D.Double(cx, mid - rowH * 0.3, SAMPLE, rowH * 0.6));
                }
                if (e.marker() != null) Marks.marker(g, cx + SAMPLE / 2, mid, e.marker(), e.color(), e.filled(), Style.MARKER);
                g.setColor(Style.INK);
                Text.draw(g, e.label(), Style.LEGEND, cx + SAMPLE + SAMPLE_GAP, mid, 0, 0.5);
                cx += entryWidth(e) + ENTRY_GAP;
            }
            y += rowH + ROW_GAP;
        }
    }

    /** The fewest rows that fit width, balanced: no lone entry on a last row when the others could share. */
    private List<List<Entry>> rows(double width) {
        List<List<Entry>> greedy = greedyRows(width);
        if (greedy.size() < 2) return greedy;
        double total = rowWidth(entries);
        for (double w = total / greedy.size(); w < width; w += 4) {
            List<List<Entry>> rows = greedyRows(w);
            if (rows.size() <= greedy.size()) return rows;
        }
        return greedy;
    }

    private List<List<Entry>> greedyRows(double width) {
        List<List<Entry>> rows = new ArrayList<>();
        List<Entry> row = new ArrayList<>();
        for (Entry e : entries) {
            if (!row.isEmpty() && rowWidth(row) + ENTRY_GAP + entryWidth(e) > width) {
                rows.add(row);
                row = new ArrayList<>();
            }
            row.add(e);
        }
        if (!row.isEmpty()) rows.add(row);
        return rows;
    }

    private static double rowWidth(List<Entry> row) {
        double w = 0;
        for (Entry e : row) w += entryWidth(e);
        return w + ENTRY_GAP * Math.max(0, row.size() - 1);
    }

    private static double entryWidth(Entry e) {
        return SAMPLE + SAMPLE_GAP + Text.width(Style.LEGEND, e.label());
    }
}

package org.activemat.ui.common.chart;

import org.activemat.ui.common.chart.ChartCanvas.Align;
import org.activemat.ui.common.chart.ChartCanvas.Baseline;

import java.util.ArrayList;
import java.util.List;

/**
 * The legend: one entry per named curve (drawn as a short line, dashed when the curve is) and per single-colour point
 * series (a square), in the plot corner where it hides the least data.
 */
final class LegendPainter {
    private LegendPainter() {}

    /** A legend row on screen, for clicks: the series name and its box. */
    record Entry(String name, double x, double y, double w, double h) {
        boolean contains(double px, double py) { return px >= x && px <= x + w && py >= y && py <= y + h; }
    }

    /**
     * Draws the legend, hidden series' rows greyed, and puts its rows in hits; returns the corner it took, or null when
     * nothing is named.
     */
    static LegendPlacement.Corner draw(ChartCanvas g, Viewport v, List<ChartView.Line> lines, List<ChartView.Points> points,
                                       java.util.function.Predicate<String> hidden, List<Entry> hits) {
        hits.clear();
        List<String> names = new ArrayList<>();
        List<Integer> colors = new ArrayList<>();
        List<ChartView.Line> asLine = new ArrayList<>();   // the line to draw as the sample, or null for a point series' square
        for (ChartView.Line l : lines) if (l.name() != null && !l.name().isEmpty() && !names.contains(l.name())) {
            names.add(l.name());
            colors.add(FxColors.argb(l.color()));
            asLine.add(l);
        }
        for (ChartView.Points p : points) if (p.name() != null && !p.name().isEmpty() && p.argb().length == 1) {
            names.add(p.name());
            colors.add(p.argb()[0]);
            asLine.add(null);
        }
        if (names.isEmpty()) return null;
        g.font(11);
        double wmax = 0;
        for (String n : names) wmax = Math.max(wmax, n.length() * 6.5);
        double bw = wmax + 26, bh = names.size() * 16 + 8;
        LegendPlacement.Corner corner = LegendPlacement.best(v.left, v.top, v.right, v.bottom, bw, bh, marks(v, lines, points));
        double[] at = LegendPlacement.origin(corner, v.left, v.top, v.right, v.bottom, bw, bh);
        double bx = at[0], by = at[1];
        g.fill(0xd9ffffff);   // white at 85 %
        g.fillRect(bx, by, bw, bh);
        g.stroke(0xffbbbbbb);
        g.strokeRect(bx, by, bw, bh);
        g.textAlign(Align.LEFT);
        g.textBaseline(Baseline.CENTER);
        for (int i = 0; i < names.size(); i++) {
            double y = by + 12 + i * 16;
            ChartView.Line l = asLine.get(i);
            boolean off = hidden.test(names.get(i));
            hits.add(new Entry(names.get(i), bx, y - 8, bw, 16));
            g.alpha(off ? 0.35 : 1);
            if (l == null) {
                g.fill(colors.get(i));
                g.fillRect(bx + 6, y - 5, 12, 10);
            } else {   // a line looks like a line in its legend, dashed when it is dashed
                g.stroke(colors.get(i));
                g.lineWidth(2);
                if (l.dashed()) g.dashes(4, 3);
                g.strokeLine(bx + 4, y, bx + 19, y);
                g.dashes();
                g.lineWidth(1);
                g.fill(colors.get(i));
                g.fillOval(bx + 9, y - 3, 6, 6);   // the curves mark their points too
            }
            g.fill(0xff222222);
            g.fillText(names.get(i), bx + 22, y);
            g.alpha(1);
        }
        return corner;
    }

    /** What the legend could hide, in pixels: curve and band samples every few pixels, and every point. */
    private static LegendPlacement.Marks marks(Viewport v, List<ChartView.Line> lines, List<ChartView.Points> points) {
        LegendPlacement.Marks m = new LegendPlacement.Marks();
        for (ChartView.Line l : lines) {
            boolean band = l.lo() != null && l.hi() != null;
            for (int i = 0; i < l.x().length; i++) {
                m.add(v.sx(l.x()[i]), v.sy(l.y()[i]));
                if (band) m.addSegment(v.sx(l.x()[i]), v.sy(l.lo()[i]), v.sx(l.x()[i]), v.sy(l.hi()[i]), 6);
                if (i == 0) continue;
                m.addSegment(v.sx(l.x()[i - 1]), v.sy(l.y()[i - 1]), v.sx(l.x()[i]), v.sy(l.y()[i]), 4);
                if (band) {
                    m.addSegment(v.sx(l.x()[i - 1]), v.sy(l.lo()[i - 1]), v.sx(l.x()[i]), v.sy(l.lo()[i]), 6);
                    m.addSegment(v.sx(l.x()[i - 1]), v.sy(l.hi()[i - 1]), v.sx(l.x()[i]), v.sy(l.hi()[i]), 6);
                }
            }
        }
        for (ChartView.Points p : points) for (int i = 0; i < p.count(); i++) m.add(v.sx(p.x()[i]), v.sy(p.y()[i]));
        return m;
    }
}

package org.activemat.ui.common.chart;

import org.activemat.ui.common.chart.ChartCanvas.Align;
import org.activemat.ui.common.chart.ChartCanvas.Baseline;

/**
 * Grid lines, ticks with "nice" labels about every 90 px (x) and 45 px (y, at least three), and the two axis titles. With logY the
 * y data are log10 of the values and the ticks sit at 1, 2, 5 × 10^k, labelled with the values.
 */
final class AxesPainter {
    private AxesPainter() {}

    private static final int GRID = 0xffeeeeee, TICK = 0xff666666, INK = 0xff333333;

    static void draw(ChartCanvas g, Viewport v, String xLabel, String yLabel, double height, boolean logY) {
        double pl = v.left, pt = v.top, pr = v.right, pb = v.bottom;
        g.lineWidth(1);
        g.font(11);
        int xTicks = Math.max(2, (int) ((pr - pl) / 90));
        double xs = NiceTicks.step(v.x0, v.x1, xTicks);
        g.textAlign(Align.CENTER);
        g.textBaseline(Baseline.TOP);
        for (double x : NiceTicks.ticks(v.x0, v.x1, xTicks)) {
            double px = Math.round(v.sx(x)) + 0.5;
            g.stroke(GRID);
            g.strokeLine(px, pt, px, pb);
            g.stroke(TICK);
            g.strokeLine(px, pb, px, pb + 4);
            g.fill(INK);
            g.fillText(NiceTicks.label(x, xs), px, pb + 6);
        }
        int yTicks = Math.max(3, (int) ((pb - pt) / 45));   // a short chart still gets a few labels
        double ys = NiceTicks.step(v.y0, v.y1, yTicks);
        g.textAlign(Align.RIGHT);
        g.textBaseline(Baseline.CENTER);
        for (double y : logY ? LogTicks.ticks(v.y0, v.y1, yTicks) : NiceTicks.ticks(v.y0, v.y1, yTicks)) {
            double py = Math.round(v.sy(y)) + 0.5;
            g.stroke(GRID);
            g.strokeLine(pl, py, pr, py);
            g.stroke(TICK);
            g.strokeLine(pl - 4, py, pl, py);
            g.fill(INK);
            g.fillText(logY ? LogTicks.label(y) : NiceTicks.label(y, ys), pl - 6, py);
        }
        g.font(12);
        g.textAlign(Align.CENTER);
        g.textBaseline(Baseline.BOTTOM);
        g.fillText(xLabel, (pl + pr) / 2, height - 4);
        g.save();
        g.translate(14, (pt + pb) / 2);
        g.rotate(-90);
        g.textBaseline(Baseline.CENTER);
        g.fillText(yLabel, 0, 0);
        g.restore();
    }
}

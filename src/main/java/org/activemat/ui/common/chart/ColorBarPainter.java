package org.activemat.ui.common.chart;

import org.activemat.ui.common.chart.ChartCanvas.Align;
import org.activemat.ui.common.chart.ChartCanvas.Baseline;

/** The sequential colour scale right of the plot, with ticks and its label along the chart's right edge. */
final class ColorBarPainter {
    private ColorBarPainter() {}

    /** Room the bar, its ticks and its label take right of the plot. */
    static final double WIDTH = 74;

    static void draw(ChartCanvas g, ChartView.ColorBar bar, Viewport v, double width) {
        double pr = v.right, pt = v.top, pb = v.bottom;
        double bx = pr + 14, bw = 14;
        for (int i = 0; i < 100; i++) {
            g.fill(Palette.sequential(i / 100.0));
            double y = pb - (i + 1) * (pb - pt) / 100.0;
            g.fillRect(bx, y, bw, (pb - pt) / 100.0 + 1);
        }
        g.stroke(0xff666666);
        g.strokeRect(bx, pt, bw, pb - pt);
        g.font(10);
        g.fill(0xff333333);
        g.textAlign(Align.LEFT);
        g.textBaseline(Baseline.CENTER);
        double lo = bar.min(), hi = bar.max();
        if (hi > lo) {
            double step = NiceTicks.step(lo, hi, 5);
            for (double t : NiceTicks.ticks(lo, hi, 5)) {
                double y = pb - (t - lo) / (hi - lo) * (pb - pt);
                g.strokeLine(bx + bw, y, bx + bw + 3, y);
                g.fillText(NiceTicks.label(t, step), bx + bw + 5, y);
            }
        }
        g.save();
        g.translate(width - 6, (pt + pb) / 2);
        g.rotate(-90);
        g.textAlign(Align.CENTER);
        g.fillText(bar.label(), 0, 0);
        g.restore();
    }
}

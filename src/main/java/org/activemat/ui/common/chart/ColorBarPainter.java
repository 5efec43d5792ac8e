package org.activemat.ui.common.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** The sequential colour scale right of the plot, with ticks and its label along the chart's right edge. */
final class ColorBarPainter {
    private ColorBarPainter() {}

    /** Room the bar, its ticks and its label take right of the plot. */
    static final double WIDTH = 74;

    static void draw(GraphicsContext g, ChartView.ColorBar bar, Viewport v, double width) {
        double pr = v.right, pt = v.top, pb = v.bottom;
        double bx = pr + 14, bw = 14;
        for (int i = 0; i < 100; i++) {
            g.setFill(FxColors.of(Palette.sequential(i / 100.0)));
            double y = pb - (i + 1) * (pb - pt) / 100.0;
            g.fillRect(bx, y, bw, (pb - pt) / 100.0 + 1);
        }
        g.setStroke(Color.web("#666"));
        g.strokeRect(bx, pt, bw, pb - pt);
        g.setFont(Font.font(10));
        g.setFill(Color.web("#333"));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
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
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(bar.label(), 0, 0);
        g.restore();
    }
}

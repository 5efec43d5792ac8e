package org.activemat.ui.common.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Grid lines, ticks with "nice" labels about every 90 px (x) and 60 px (y), and the two axis titles. With logY the
 * y data are log10 of the values and the ticks sit at 1, 2, 5 × 10^k, labelled with the values.
 */
final class AxesPainter {
    private AxesPainter() {}

    static void draw(GraphicsContext g, Viewport v, String xLabel, String yLabel, double height, boolean logY) {
        double pl = v.left, pt = v.top, pr = v.right, pb = v.bottom;
        g.setLineWidth(1);
        g.setFont(Font.font(11));
        int xTicks = Math.max(2, (int) ((pr - pl) / 90));
        double xs = NiceTicks.step(v.x0, v.x1, xTicks);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double x : NiceTicks.ticks(v.x0, v.x1, xTicks)) {
            double px = Math.round(v.sx(x)) + 0.5;
            g.setStroke(Color.web("#eee"));
            g.strokeLine(px, pt, px, pb);
            g.setStroke(Color.web("#666"));
            g.strokeLine(px, pb, px, pb + 4);
            g.setFill(Color.web("#333"));
            g.fillText(NiceTicks.label(x, xs), px, pb + 6);
        }
        int yTicks = Math.max(2, (int) ((pb - pt) / 60));
        double ys = NiceTicks.step(v.y0, v.y1, yTicks);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double y : logY ? LogTicks.ticks(v.y0, v.y1, yTicks) : NiceTicks.ticks(v.y0, v.y1, yTicks)) {
            double py = Math.round(v.sy(y)) + 0.5;
            g.setStroke(Color.web("#eee"));
            g.strokeLine(pl, py, pr, py);
            g.setStroke(Color.web("#666"));
            g.strokeLine(pl - 4, py, pl, py);
            g.setFill(Color.web("#333"));
            g.fillText(logY ? LogTicks.label(y) : NiceTicks.label(y, ys), pl - 6, py);
        }
        g.setFont(Font.font(12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(xLabel, (pl + pr) / 2, height - 4);
        g.save();
        g.translate(14, (pt + pb) / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(yLabel, 0, 0);
        g.restore();
    }
}

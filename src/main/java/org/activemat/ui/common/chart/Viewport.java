package org.activemat.ui.common.chart;

import java.util.List;

/**
 * The chart's visible data range and the plot rectangle it maps onto, in pixels: data ↔ screen, fitting the range to
 * the data, panning and zooming. Every painter and the hit test map through it, so they agree to the pixel.
 */
final class Viewport {
    double x0 = 0, x1 = 1, y0 = 0, y1 = 1;
    double left, top, right, bottom;

    void setPlot(double left, double top, double right, double bottom) {
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
    }

    double sx(double x) { return left + (x - x0) / (x1 - x0) * (right - left); }
    double sy(double y) { return bottom - (y - y0) / (y1 - y0) * (bottom - top); }
    double dx(double px) { return x0 + (px - left) / (right - left) * (x1 - x0); }
    double dy(double py) { return y0 + (bottom - py) / (bottom - top) * (y1 - y0); }

    /** Pixels per data unit along x and y. */
    double kx() { return (right - left) / (x1 - x0); }
    double ky() { return (bottom - top) / (y1 - y0); }

    /**
     * The range that shows all the data with 5 % padding; a histogram's y starts at 0, and with a diagonal both axes
     * share one range so y = x is the diagonal.
     */
    void fit(List<ChartView.Points> points, List<ChartView.Line> lines, ChartView.Bars bars, boolean diagonal) {
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (ChartView.Points p : points) for (int i = 0; i < p.count(); i++) include(r, p.x()[i], p.y()[i]);
        for (ChartView.Line l : lines) for (int i = 0; i < l.x().length; i++) {
            include(r, l.x()[i], l.y()[i]);
            if (l.lo() != null) include(r, l.x()[i], l.lo()[i]);
            if (l.hi() != null) include(r, l.x()[i], l.hi()[i]);
        }
        if (bars != null) {
            include(r, bars.edges()[0], 0);
            for (int i = 0; i < bars.counts().length; i++) include(r, bars.edges()[i + 1], bars.counts()[i]);
        }
        if (!(r[0] <= r[1])) { r[0] = 0; r[1] = 1; }
        if (!(r[2] <= r[3])) { r[2] = 0; r[3] = 1; }
        if (diagonal) {
            double lo = Math.min(r[0], r[2]), hi = Math.max(r[1], r[3]);
            r[0] = r[2] = lo;
            r[1] = r[3] = hi;
        }
        double px = pad(r[0], r[1]), py = pad(r[2], r[3]);
        x0 = r[0] - px;
        x1 = r[1] + px;
        y0 = bars != null ? 0 : r[2] - py;
        y1 = r[3] + py;
    }

    private static double pad(double lo, double hi) {
        double span = hi - lo;
        return span > 0 ? span * 0.05 : Math.max(Math.abs(lo) * 0.05, 0.5);
    }

    private static void include(double[] r, double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) return;
        r[0] = Math.min(r[0], x);
        r[1] = Math.max(r[1], x);
        r[2] = Math.min(r[2], y);
        r[3] = Math.max(r[3], y);
    }

    /** Shows range (x0, x1, y0, y1) moved by (ddx, ddy) pixels: the content follows the cursor. */
    void pan(double[] range, double ddx, double ddy) {
        double fx = (range[1] - range[0]) / (right - left), fy = (range[3] - range[2]) / (bottom - top);
        x0 = range[0] - ddx * fx;
        x1 = range[1] - ddx * fx;
        y0 = range[2] + ddy * fy;
        y1 = range[3] + ddy * fy;
    }

    /** Scales the range by f about the data point under pixel (px, py), which stays where it is. */
    void zoom(double px, double py, double f) {
        double cx = dx(px), cy = dy(py);
        x0 = cx + (x0 - cx) * f;
        x1 = cx + (x1 - cx) * f;
        y0 = cy + (y0 - cy) * f;
        y1 = cy + (y1 - cy) * f;
    }

    double[] range() { return new double[]{x0, x1, y0, y1}; }

    void setRange(double[] r) {
        x0 = r[0];
        x1 = r[1];
        y0 = r[2];
        y1 = r[3];
    }
}

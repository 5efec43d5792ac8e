package org.activemat.ui.common.chart;

/** Which point of a series is under the cursor: what hover and click report. */
final class PointHits {
    private PointHits() {}

    /** Within this many pixels a point counts as under the cursor. */
    static final double RADIUS = 7;

    /** Index of the point of p nearest (px, py) within RADIUS, or -1. Linear scan: ~0.1 ms for 20 000 points. */
    static int nearest(ChartView.Points p, Viewport v, double px, double py) {
        int best = -1;
        double bestD = RADIUS * RADIUS;
        double kx = v.kx(), ky = v.ky();
        double ox = v.left - v.x0 * kx, oy = v.bottom + v.y0 * ky;
        double[] xs = p.x(), ys = p.y();
        for (int i = 0; i < xs.length; i++) {
            double ddx = ox + xs[i] * kx - px;
            if (ddx * ddx >= bestD) continue;
            double ddy = oy - ys[i] * ky - py;
            double d = ddx * ddx + ddy * ddy;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }
}

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

    /** {line, vertex} of the shown line vertex nearest (px, py) within twice RADIUS, or null: what a curve's hover reports. */
    static int[] nearestVertex(java.util.List<ChartView.Line> lines, java.util.function.Predicate<String> hidden, Viewport v,
                               double px, double py) {
        int[] best = null;
        double bestD = 4 * RADIUS * RADIUS;
        for (int l = 0; l < lines.size(); l++) {
            ChartView.Line line = lines.get(l);
            if (hidden.test(line.name())) continue;
            for (int i = 0; i < line.x().length; i++) {
                double ddx = v.sx(line.x()[i]) - px, ddy = v.sy(line.y()[i]) - py, d = ddx * ddx + ddy * ddy;
                if (d < bestD) {
                    bestD = d;
                    best = new int[]{l, i};
                }
            }
        }
        return best;
    }
}

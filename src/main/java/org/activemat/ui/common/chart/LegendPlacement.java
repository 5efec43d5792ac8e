package org.activemat.ui.common.chart;

/**
 * Where a chart's legend goes: the inside corner of the plot whose legend box covers the fewest drawn marks (curve
 * samples, band area, points), like matplotlib's loc="best". A rising R² curve thus gets it lower-right and a falling
 * MAE curve upper-right. Pure geometry in pixels, so it is tested without a toolkit.
 */
public final class LegendPlacement {
    private LegendPlacement() {}

    /** Inside corners, in the order that wins a tie. */
    public enum Corner { UPPER_RIGHT, LOWER_RIGHT, UPPER_LEFT, LOWER_LEFT }

    /** Gap between the legend box and the plot frame, in pixels. */
    public static final double MARGIN = 8;

    /** Screen-space samples of what is drawn; add() and the counting are allocation-free after construction. */
    public static final class Marks {
        private double[] x = new double[256], y = new double[256];
        private int n;

        public void add(double px, double py) {
            if (!Double.isFinite(px) || !Double.isFinite(py)) return;
            if (n == x.length) {
                x = java.util.Arrays.copyOf(x, 2 * n);
                y = java.util.Arrays.copyOf(y, 2 * n);
            }
            x[n] = px;
            y[n++] = py;
        }

        /** Samples the segment about every `step` pixels (both ends included). */
        public void addSegment(double x0, double y0, double x1, double y1, double step) {
            int k = (int) Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step);
            k = Math.max(1, Math.min(k, 2000));
            for (int i = 0; i <= k; i++) add(x0 + (x1 - x0) * i / k, y0 + (y1 - y0) * i / k);
        }

        public int size() { return n; }

        int countInside(double left, double top, double right, double bottom) {
            int c = 0;
            for (int i = 0; i < n; i++) if (x[i] >= left && x[i] <= right && y[i] >= top && y[i] <= bottom) c++;
            return c;
        }
    }

    /** The corner for a w × h legend in the plot (pl, pt)–(pr, pb) that hides the fewest marks. */
    public static Corner best(double pl, double pt, double pr, double pb, double w, double h, Marks marks) {
        Corner best = Corner.UPPER_RIGHT;
        int fewest = Integer.MAX_VALUE;
        for (Corner c : Corner.values()) {
            double[] o = origin(c, pl, pt, pr, pb, w, h);
            int covered = marks.countInside(o[0] - 2, o[1] - 2, o[0] + w + 2, o[1] + h + 2); // a little slack
            if (covered < fewest) {
                fewest = covered;
                best = c;
            }
        }
        return best;
    }

    /** Top-left pixel of the legend box at corner c. */
    public static double[] origin(Corner c, double pl, double pt, double pr, double pb, double w, double h) {
        boolean right = c == Corner.UPPER_RIGHT || c == Corner.LOWER_RIGHT;
        boolean upper = c == Corner.UPPER_RIGHT || c == Corner.UPPER_LEFT;
        return new double[]{right ? pr - MARGIN - w : pl + MARGIN, upper ? pt + MARGIN : pb - MARGIN - h};
    }
}

package org.activemat.engine.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Isotonic (non-decreasing) least-squares regression of y on x by pool-adjacent-violators: sort by x, pool equal x's,
 * then merge neighbouring blocks while a block's mean exceeds the next one's. The fit is kept as knots (the first and
 * last x of every block with the block's mean) and evaluated by linear interpolation between knots, flat outside them
 * (as scikit-learn's IsotonicRegression does), so it is exact at the fitted points and monotone everywhere.
 */
public record Isotonic(double[] x, double[] y) {
    public Isotonic {
        if (x.length != y.length || x.length == 0) throw new IllegalArgumentException("knots need as many x as y, at least one");
    }

    /** Fits y on x; pairs with a non-finite value are left out. IllegalArgumentException when none is left. */
    public static Isotonic fit(double[] x, double[] y) {
        if (x.length != y.length) throw new IllegalArgumentException("x and y differ in length");
        Integer[] order = new Integer[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) if (Double.isFinite(x[i]) && Double.isFinite(y[i])) order[n++] = i;
        if (n == 0) throw new IllegalArgumentException("no finite pairs to fit");
        Integer[] idx = Arrays.copyOf(order, n);
        Arrays.sort(idx, Comparator.<Integer>comparingDouble(i -> x[i]).thenComparingInt(i -> i));
        // equal x's first become one weighted point (the mean of their y): tied x must share one fitted value
        double[] px = new double[n], py = new double[n], pw = new double[n];
        int points = 0;
        for (int k = 0; k < n; k++) {
            int i = idx[k];
            if (points > 0 && px[points - 1] == x[i]) { py[points - 1] += y[i]; pw[points - 1]++; }
            else { px[points] = x[i]; py[points] = y[i]; pw[points] = 1; points++; }
        }
        // then blocks as a stack (sum of y, weight, first and last x), merged while the order is violated
        double[] sum = new double[points], weight = new double[points], lo = new double[points], hi = new double[points];
        int blocks = 0;
        for (int p = 0; p < points; p++) {
            sum[blocks] = py[p];
            weight[blocks] = pw[p];
            lo[blocks] = hi[blocks] = px[p];
            blocks++;
            while (blocks > 1 && sum[blocks - 2] / weight[blocks - 2] > sum[blocks - 1] / weight[blocks - 1]) {
                sum[blocks - 2] += sum[blocks - 1];
                weight[blocks - 2] += weight[blocks - 1];
                hi[blocks - 2] = hi[blocks - 1];
                blocks--;
            }
        }
        int knots = 0;
        for (int b = 0; b < blocks; b++) knots += lo[b] == hi[b] ? 1 : 2;
        double[] kx = new double[knots], ky = new double[knots];
        for (int b = 0, k = 0; b < blocks; b++) {
            double mean = sum[b] / weight[b];
            kx[k] = lo[b];
            ky[k++] = mean;
            if (lo[b] != hi[b]) { kx[k] = hi[b]; ky[k++] = mean; }
        }
        return new Isotonic(kx, ky);
    }

    /** The fitted value at v: interpolated between knots, the end value beyond them. */
    public double at(double v) {
        if (v <= x[0]) return y[0];
        int last = x.length - 1;
        if (v >= x[last]) return y[last];
        int k = Arrays.binarySearch(x, v);
        if (k >= 0) return y[k];
        int hi = -k - 1, lo = hi - 1;
        return y[lo] + (y[hi] - y[lo]) * (v - x[lo]) / (x[hi] - x[lo]);
    }
}

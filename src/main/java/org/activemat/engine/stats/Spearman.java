package org.activemat.engine.stats;

import org.activemat.engine.math.Moments;

import java.util.Arrays;

/** Spearman rank correlation (Pearson correlation of average ranks, so ties are handled). */
public final class Spearman {
    private Spearman() {}

    /** ρ between a and b; NaN when either is constant or there are fewer than 2 values. */
    public static double rho(double[] a, double[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("a and b differ in length");
        if (a.length < 2) return Double.NaN;
        return Moments.pearson(ranks(a), ranks(b));
    }

    static double[] ranks(double[] v) {
        Integer[] idx = new Integer[v.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, (i, j) -> Double.compare(v[i], v[j]));
        double[] r = new double[v.length];
        for (int s = 0; s < idx.length; ) {
            int e = s;
            while (e + 1 < idx.length && v[idx[e + 1]] == v[idx[s]]) e++;
            double avg = (s + e) / 2.0 + 1;
            for (int k = s; k <= e; k++) r[idx[k]] = avg;
            s = e + 1;
        }
        return r;
    }
}

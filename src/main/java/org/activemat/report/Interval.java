package org.activemat.report;

import org.activemat.engine.stats.PairedDifference;

/** The 95 % t-interval of a mean over n seeds: mean ± t_{0.975, n−1}·std/√n, with the engine's own t quantile. */
final class Interval {
    private Interval() {}

    private static final double[] T = new double[64];   // T[n] = t_{0.975, n−1}, filled on first use

    /** The half-width t_{0.975, n−1}·std/√n; NaN for fewer than 2 seeds or a NaN std. */
    static double halfWidth(double std, int n) {
        if (n < 2 || !Double.isFinite(std)) return Double.NaN;
        return t975(n) * std / Math.sqrt(n);
    }

    /**
     * t_{0.975, n−1}. The engine's StudentT is package-private; PairedDifference publishes its quantile through the
     * interval of any sample with spread: for d = 0, 1, …, n−1, (high − mean)·√n / std = t. One source of truth,
     * so the bands of the figures match the intervals of the verdicts.
     */
    static synchronized double t975(int n) {
        if (n < 2) return Double.NaN;
        if (n < T.length && T[n] != 0) return T[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = i;
        PairedDifference p = PairedDifference.of(d);
        double t = (p.high() - p.mean()) * Math.sqrt(n) / p.std();
        if (n < T.length) T[n] = t;
        return t;
    }
}

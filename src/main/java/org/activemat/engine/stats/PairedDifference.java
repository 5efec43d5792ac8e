package org.activemat.engine.stats;

/**
 * A strategy against the baseline over n seeds, paired by seed, in % of the baseline (negative = fewer errors):
 * <pre>
 *   d_i = 100·(s_i − r_i)/r_i,   d̄ = mean(d),   s_d = sample std of d (n − 1)
 *   95 % CI = d̄ ± t_{0.975, n−1}·s_d/√n
 *   p = P(|T_{n−1}| ≥ |d̄|/(s_d/√n))      (two-sided paired t-test on d, as scipy's ttest_rel(d, 0))
 *   d_z = d̄/s_d                          (Cohen's effect size for paired samples)
 * </pre>
 * Edge cases: n = 0 leaves every number NaN; n = 1 gives d̄ alone (std, interval, p and d_z NaN, hasInterval()
 * false). With n ≥ 2 and s_d = 0 (every seed moved by exactly the same %) the interval shrinks to d̄, p is 0 and
 * d_z ±∞ when d̄ ≠ 0 (no spread at all, the shift is certain under the t model), while p is 1 and d_z NaN when
 * d̄ = 0 (identical results: nothing to detect).
 */
public record PairedDifference(int n, double mean, double std, double low, double high, double p, double dz) {

    public static final double LEVEL = 0.95;

    /** The relative differences d_i of paired final values; baselines must be positive and all values finite. */
    public static double[] relativeDifferences(double[] strategy, double[] baseline) {
        if (strategy.length != baseline.length) throw new IllegalArgumentException("strategy and baseline differ in length");
        double[] d = new double[strategy.length];
        for (int i = 0; i < d.length; i++) {
            if (!Double.isFinite(strategy[i]) || !Double.isFinite(baseline[i]) || baseline[i] <= 0)
                throw new IllegalArgumentException("pair " + i + " cannot be compared in %: strategy " + strategy[i]
                        + ", baseline " + baseline[i] + " (the baseline must be a positive finite error)");
            d[i] = 100 * (strategy[i] - baseline[i]) / baseline[i];
        }
        return d;
    }

    /** The comparison of paired values strategy[i] and baseline[i] (seed i), in % of the baseline. */
    public static PairedDifference relative(double[] strategy, double[] baseline) {
        return of(relativeDifferences(strategy, baseline));
    }

    /** The statistics of already computed paired differences d (finite values). */
    public static PairedDifference of(double[] d) {
        int n = d.length;
        for (double v : d) if (!Double.isFinite(v)) throw new IllegalArgumentException("a paired difference is not finite: " + v);
        if (n == 0) return new PairedDifference(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        if (n == 1) return new PairedDifference(1, d[0], Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        boolean same = true;
        for (double v : d) same &= v == d[0];
        if (same) { // exactly zero spread; the general formulas would divide 0 by 0 (or by a rounding residue)
            double p = d[0] == 0 ? 1 : 0;
            double dz = d[0] == 0 ? Double.NaN : Math.copySign(Double.POSITIVE_INFINITY, d[0]);
            return new PairedDifference(n, d[0], 0, d[0], d[0], p, dz);
        }
        double mean = 0;
        for (double v : d) mean += v;
        mean /= n;
        double ss = 0;
        for (double v : d) ss += (v - mean) * (v - mean);
        double std = Math.sqrt(ss / (n - 1)), se = std / Math.sqrt(n);
        double half = StudentT.quantile(0.5 + LEVEL / 2, n - 1) * se;
        return new PairedDifference(n, mean, std, mean - half, mean + half, StudentT.twoSidedP(mean / se, n - 1), mean / std);
    }

    /** False when there is no interval (fewer than 2 seeds): low, high, p and d_z are NaN then. */
    public boolean hasInterval() { return n >= 2; }

    /** The t statistic d̄/(s_d/√n); NaN below 2 seeds, ±∞ for a non-zero shift without spread. */
    public double t() {
        if (n < 2) return Double.NaN;
        if (std == 0) return mean == 0 ? Double.NaN : Math.copySign(Double.POSITIVE_INFINITY, mean);
        return mean / (std / Math.sqrt(n));
    }
}

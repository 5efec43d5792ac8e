package org.activemat.ui.run;

/**
 * The band around a learning curve: a 95 % interval of the mean over the seeds at each round (mean ± t·std/√n, the
 * default: four ±std bands tint the whole plot) or ± 1 std. One seed gives no band; the legend names the seeds it has.
 */
public enum Bands {
    INTERVAL_95("95 % interval of the mean"), STD("± 1 std");

    private final String label;

    Bands(String label) { this.label = label; }

    public String label() { return label; }

    /** t quantile 0.975 for 1…30 degrees of freedom; beyond, the normal's 1.96 is within 2 %. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
            2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052,
            2.048, 2.045, 2.042};

    static double t975(int df) { return df <= T975.length ? T975[df - 1] : 1.96; }

    /** The half-width at a round whose n seeds have this std; NaN when n < 2 (no band). */
    public double halfWidth(double std, int n) {
        if (n < 2 || !Double.isFinite(std)) return Double.NaN;
        return this == STD ? std : t975(n - 1) * std / Math.sqrt(n);
    }

    /** "(2 seeds)", or "(1–2 seeds)" while a round's seeds are still coming in: what the band is made of. */
    public static String seedCount(int[] seedsPerRound) {
        int lo = Integer.MAX_VALUE, hi = 0;
        for (int n : seedsPerRound) {
            lo = Math.min(lo, n);
            hi = Math.max(hi, n);
        }
        if (hi == 0) return "(no seeds)";
        return "(" + (lo == hi ? String.valueOf(hi) : lo + "–" + hi) + (hi == 1 ? " seed)" : " seeds)");
    }
}

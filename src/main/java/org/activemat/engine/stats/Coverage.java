package org.activemat.engine.stats;

/**
 * How honest an ensemble's spread is: the share of predictions whose |error| is at most k × std. For a calibrated
 * Gaussian spread, k = 2 covers 95 %; a committee that is too sure of itself covers far less. Spearman ρ asks whether
 * the spread ranks the errors; this asks whether it has their size.
 */
public final class Coverage {
    private Coverage() {}

    /** The fraction in [0, 1]; NaN for no predictions. */
    public static double within(double k, double[] truth, double[] mean, double[] std) {
        if (empty(truth, mean, std)) return Double.NaN;
        int in = 0;
        for (int i = 0; i < truth.length; i++) if (Math.abs(truth[i] - mean[i]) <= k * std[i]) in++;
        return (double) in / truth.length;
    }

    /**
     * How many times wider the spread must be for 95 % of the errors to fall within 2 std: half the 95th percentile
     * (nearest rank) of |error| / std. 1 is honest, 3 means the committee is three times too sure of itself; a zero std
     * with a non-zero error counts as infinitely overconfident. NaN for no predictions.
     */
    public static double widening95(double[] truth, double[] mean, double[] std) {
        if (empty(truth, mean, std)) return Double.NaN;
        double[] ratio = new double[truth.length];
        for (int i = 0; i < truth.length; i++) {
            double err = Math.abs(truth[i] - mean[i]);
            ratio[i] = err == 0 ? 0 : std[i] > 0 ? err / std[i] : Double.POSITIVE_INFINITY;
        }
        java.util.Arrays.sort(ratio);
        double k = ratio[(int) Math.ceil(0.95 * ratio.length) - 1] / 2;
        // err / std × std can round below err: step up by ulps so that within(2k) covers 95 % by construction
        for (int i = 0; i < 8 && Double.isFinite(k) && within(2 * k, truth, mean, std) < 0.95; i++) k = Math.nextUp(k);
        return k;
    }

    /** True for no predictions; throws when the three arrays do not describe the same predictions. */
    private static boolean empty(double[] truth, double[] mean, double[] std) {
        if (truth.length != mean.length || mean.length != std.length) throw new IllegalArgumentException("arrays differ in length");
        return truth.length == 0;
    }
}

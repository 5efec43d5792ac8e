package org.activemat.engine.stats;

/**
 * Stop when the model expects to be good enough where it has not been labelled: the mean calibrated σ over the
 * unlabelled pool falls below a threshold in the target's unit. A threshold of 0 or less means "automatic":
 * {@value #AUTO_FRACTION} × the std of the round-0 labels, the error at which R² ≈ 1 − 0.3² ≈ 0.9.
 */
public record PredictedErrorThreshold(double threshold) implements StoppingRule {
    public static final double AUTO_FRACTION = 0.3;

    @Override public String name() { return "predicted error"; }

    @Override public String describe(String unit) {
        String u = unit == null || unit.isEmpty() ? "" : " " + unit;
        return threshold > 0 ? "mean calibrated σ of the pool < " + java.math.BigDecimal.valueOf(threshold).stripTrailingZeros().toPlainString() + u
                : "mean calibrated σ of the pool < " + AUTO_FRACTION + " × std of the initial labels";
    }

    /** The threshold this rule applies to one run, in the target's unit. */
    @Override public double threshold(Signals run) {
        return threshold > 0 ? threshold : AUTO_FRACTION * run.labelStd();
    }

    @Override public boolean applies(Signals run) { return StoppingRule.anyFinite(run.poolSigma()); }

    @Override public int stopRound(Signals run) {
        double t = threshold(run);
        if (!(t > 0)) return -1;
        for (int r = 0; r < run.rounds(); r++) if (run.poolSigma()[r] < t) return r;   // NaN (no calibration yet) never stops
        return -1;
    }
}

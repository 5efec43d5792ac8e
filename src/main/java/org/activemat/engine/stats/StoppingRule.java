package org.activemat.engine.stats;

/**
 * A rule that says when a run could have stopped asking for labels, from what the run knew at each round without the
 * test set. Each rule is one class; the test MAE at the round it names is looked up afterwards, to judge the rule.
 */
public interface StoppingRule {
    /** Short name for tables: "budget", "plateau", "predicted error". */
    String name();

    /** The setting in words, with units where it has one: "stop at 90 labels", "held-out MAE improves < 5 % over 2 rounds". */
    String describe(String unit);

    /** The first round at which the rule says stop; -1 when it never does within the recorded rounds. */
    int stopRound(Signals run);

    /** Whether the run recorded what the rule reads (older results files have no held-out estimates). */
    default boolean applies(Signals run) { return true; }

    /** The threshold the rule applies to this run in the target's unit, NaN for a rule without one. */
    default double threshold(Signals run) { return Double.NaN; }

    /** True when some value is finite. */
    static boolean anyFinite(double[] v) {
        for (double x : v) if (Double.isFinite(x)) return true;
        return false;
    }

    /**
     * What one run knew at each round r (arrays aligned by round; NaN where unknown): the label count, its held-out
     * error estimate (prequential or cross-validated MAE), the mean calibrated σ over the unlabelled pool, and the std
     * of the labels at round 0 (the scale of the target, for thresholds given relative to it).
     */
    record Signals(int[] labels, double[] heldOutError, double[] poolSigma, double labelStd) {
        public int rounds() { return labels.length; }
    }
}

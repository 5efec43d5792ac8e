package org.activemat.engine.stats;

import smile.stat.hypothesis.TTest;

/**
 * How a strategy did against random: final MAE mean ± std and R², improvement of final MAE (%; positive = lower MAE
 * than random), paired t-test p-value of final MAE across seeds, labels saved (%), and calibration on the test set,
 * averaged over seeds: Spearman ρ of ensemble std vs |error|, the share of errors within 2 std, and how much wider the
 * std must be for 95 % of them to fall within 2 std (Coverage) — for the raw spread and for the spread recalibrated
 * without the test set (NaN when the runs recorded no recalibration).
 */
public record StrategyComparison(String strategy, double finalMae, double finalMaeStd, double finalR2,
                                 double improvementPercent, double pValue, double labelsSavedPercent,
                                 double spearmanStdVsError, double within2Sigma, double widening95,
                                 double within2SigmaRecalibrated, double widening95Recalibrated) {

    /**
     * finalMae[s] / randomFinalMae[s] are paired by seed. NaN where a comparison is undefined (e.g. the strategy is
     * random itself, or fewer than 2 seeds for the t-test).
     */
    public static StrategyComparison of(LearningCurve curve, double[] finalMae, LearningCurve random,
                                        double[] randomFinalMae, double spearman, double within2Sigma, double widening95) {
        return of(curve, finalMae, random, randomFinalMae, spearman, within2Sigma, widening95, Double.NaN, Double.NaN);
    }

    /** As above, with the coverage figures of the recalibrated spread. */
    public static StrategyComparison of(LearningCurve curve, double[] finalMae, LearningCurve random, double[] randomFinalMae,
                                        double spearman, double within2Sigma, double widening95,
                                        double within2SigmaRecalibrated, double widening95Recalibrated) {
        boolean isRandom = random == null || curve.strategy().equals(random.strategy());
        double improvement = isRandom ? Double.NaN : improvementPercent(curve.finalMae(), random.finalMae());
        double p = isRandom ? Double.NaN : pairedTTest(finalMae, randomFinalMae);
        double saved = isRandom ? Double.NaN : labelsSavedPercent(curve.labelled(), curve.maeMean(), random.finalMae());
        return new StrategyComparison(curve.strategy(), curve.finalMae(), curve.finalMaeStd(), curve.finalR2(),
                improvement, p, saved, spearman, within2Sigma, widening95, within2SigmaRecalibrated, widening95Recalibrated);
    }

    /** (random − strategy) / random × 100. */
    public static double improvementPercent(double strategyMae, double randomMae) {
        return (randomMae - strategyMae) / randomMae * 100;
    }

    /** Two-sided paired t-test p-value (Smile TTest.testPaired); NaN for fewer than 2 pairs or identical pairs. */
    public static double pairedTTest(double[] a, double[] b) {
        if (a == null || b == null || a.length != b.length || a.length < 2) return Double.NaN;
        boolean allEqual = true;
        for (int i = 0; i < a.length; i++) allEqual &= a[i] == b[i];
        if (allEqual) return 1.0;
        return TTest.testPaired(a, b).pvalue;
    }

    /**
     * The smallest label count at which the mean curve first reaches targetMae (linear interpolation between rounds),
     * as the % of the final count it saves: (final − reached) / final × 100. 0 when it only reaches it at the end,
     * NaN when it never does (it needs more labels than were spent; a negative saving cannot be measured).
     */
    public static double labelsSavedPercent(int[] labelled, double[] maeMean, double targetMae) {
        int last = labelled.length - 1;
        if (maeMean[0] <= targetMae) return (labelled[last] - labelled[0]) * 100.0 / labelled[last];
        for (int r = 1; r <= last; r++) {
            if (maeMean[r] <= targetMae) {
                double f = (maeMean[r - 1] - targetMae) / (maeMean[r - 1] - maeMean[r]);
                double reached = labelled[r - 1] + f * (labelled[r] - labelled[r - 1]);
                return (labelled[last] - reached) * 100.0 / labelled[last];
            }
        }
        return Double.NaN;
    }
}

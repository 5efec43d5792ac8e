package org.activemat.engine.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each stopping rule on a synthetic run whose stop round is known by hand. */
class StoppingRulesTest {
    private static final double NaN = Double.NaN;
    private static final int[] LABELS = {30, 45, 60, 75, 90, 105, 120};

    private static StoppingRule.Signals run(double[] heldOut, double[] poolSigma, double labelStd) {
        return new StoppingRule.Signals(LABELS, heldOut, poolSigma, labelStd);
    }

    private static final double[] NONE = {NaN, NaN, NaN, NaN, NaN, NaN, NaN};

    @Test void theBudgetStopsAtTheFirstRoundThatReachesIt() {
        assertThat(new LabelBudget(75).stopRound(run(NONE, NONE, 1))).isEqualTo(3);
        assertThat(new LabelBudget(70).stopRound(run(NONE, NONE, 1))).isEqualTo(3);
        assertThat(new LabelBudget(30).stopRound(run(NONE, NONE, 1))).isZero();
        assertThat(new LabelBudget(500).stopRound(run(NONE, NONE, 1))).isEqualTo(-1);
        assertThat(new LabelBudget(90).describe("eV/atom")).isEqualTo("stop at 90 labels");
    }

    @Test void thePlateauComparesTwoDisjointWindowsOfHeldOutError() {
        // window 2: round 4 compares 0.10+0.10 with 0.20+0.12 (−37.5 %), round 5 0.10+0.099 with 0.12+0.10 (−9.5 %),
        // round 6 0.099+0.098 with 0.10+0.10 (−1.5 % < 5 %): stop at 6
        double[] e = {NaN, 0.20, 0.12, 0.10, 0.10, 0.099, 0.098};
        LearningCurvePlateau rule = new LearningCurvePlateau(2, 0.05);
        assertThat(rule.stopRound(run(e, NONE, 1))).isEqualTo(6);
        assertThat(new LearningCurvePlateau(2, 0.10).stopRound(run(e, NONE, 1))).isEqualTo(5);
        assertThat(new LearningCurvePlateau(1, 0.05).stopRound(run(e, NONE, 1))).isEqualTo(4);   // 0.10 vs 0.10
        // a round without an estimate is skipped, not counted as zero
        double[] gap = {NaN, 0.20, NaN, 0.12, 0.10, 0.10, 0.099};
        assertThat(new LearningCurvePlateau(1, 0.05).stopRound(run(gap, NONE, 1))).isEqualTo(5);
        // a curve that still improves by a fifth every round never stops; one without estimates is not judged
        assertThat(rule.stopRound(run(new double[]{NaN, 1, 0.8, 0.64, 0.512, 0.41, 0.33}, NONE, 1))).isEqualTo(-1);
        assertThat(rule.applies(run(NONE, NONE, 1))).isFalse();
        assertThat(rule.describe("")).isEqualTo("held-out MAE improves < 5 % over 2 rounds");
    }

    @Test void thePredictedErrorRuleStopsOnceThePoolsCalibratedSigmaIsBelowTheThreshold() {
        double[] sigma = {NaN, 0.3, 0.2, 0.09, 0.05, 0.04, 0.03};
        assertThat(new PredictedErrorThreshold(0.1).stopRound(run(NONE, sigma, 1))).isEqualTo(3);
        assertThat(new PredictedErrorThreshold(0.01).stopRound(run(NONE, sigma, 1))).isEqualTo(-1);
        // automatic: 0.3 × the std of the initial labels = 0.3 × 0.5 = 0.15 → first below at round 3 (0.09)
        PredictedErrorThreshold auto = new PredictedErrorThreshold(0);
        assertThat(auto.threshold(run(NONE, sigma, 0.5))).isEqualTo(0.3 * 0.5);
        assertThat(auto.stopRound(run(NONE, sigma, 0.5))).isEqualTo(3);
        assertThat(auto.stopRound(run(NONE, sigma, 2))).isEqualTo(1);   // 0.6: the first calibrated round
        assertThat(auto.applies(run(NONE, NONE, 1))).isFalse();
        assertThat(new PredictedErrorThreshold(0.02).describe("eV/atom")).isEqualTo("mean calibrated σ of the pool < 0.02 eV/atom");
    }
}

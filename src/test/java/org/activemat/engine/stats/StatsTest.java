package org.activemat.engine.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatsTest {
    @Test
    void metricsMatchHandComputedValues() {
        double[] truth = {1, 2, 3, 4}, pred = {1.5, 2, 2, 4};
        Metrics m = Metrics.of(truth, pred);
        assertThat(m.mae()).isCloseTo(0.375, within(1e-12));               // (0.5 + 0 + 1 + 0) / 4
        assertThat(m.rmse()).isCloseTo(Math.sqrt(1.25 / 4), within(1e-12)); // (0.25 + 1) / 4
        assertThat(m.r2()).isCloseTo(1 - 1.25 / 5, within(1e-12));          // SS_tot = 2.25+0.25+0.25+2.25
        assertThat(Metrics.r2(new double[]{2, 2}, new double[]{1, 3})).isNaN();
    }

    @Test
    void spearmanHandlesTiesWithAverageRanks() {
        assertThat(Spearman.rho(new double[]{1, 2, 3, 4}, new double[]{10, 20, 30, 40})).isCloseTo(1, within(1e-12));
        assertThat(Spearman.rho(new double[]{1, 2, 3, 4}, new double[]{4, 3, 2, 1})).isCloseTo(-1, within(1e-12));
        assertThat(Spearman.ranks(new double[]{5, 1, 5, 3})).containsExactly(3.5, 1, 3.5, 2);
        // ranks a = 1,2,3,4,5; b = 2,1,4,3,5 → d² = 1+1+1+1+0 = 4 → ρ = 1 − 6·4/(5·24) = 0.8
        assertThat(Spearman.rho(new double[]{1, 2, 3, 4, 5}, new double[]{0.2, 0.1, 0.4, 0.3, 0.5})).isCloseTo(0.8, within(1e-12));
        assertThat(Spearman.rho(new double[]{1, 1, 1}, new double[]{1, 2, 3})).isNaN();
    }

    @Test
    void curvesAverageOverSeedsWithSampleStd() {
        int[] labels = {30, 45};
        LearningCurve c = LearningCurve.of("random", labels, List.of(
                new Metrics[]{new Metrics(1.0, 2, 0.5), new Metrics(0.5, 1, 0.7)},
                new Metrics[]{new Metrics(3.0, 4, 0.1), new Metrics(0.7, 1, 0.9)}));
        assertThat(c.maeMean()).containsExactly(2.0, 0.6);
        assertThat(c.maeStd()[0]).isCloseTo(Math.sqrt(2), within(1e-12)); // (1−2)² + (3−2)² over n−1 = 1
        assertThat(c.finalMae()).isCloseTo(0.6, within(1e-12));
        assertThat(c.finalR2()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void improvementIsRelativeToRandom() {
        assertThat(StrategyComparison.improvementPercent(0.089, 0.1)).isCloseTo(11.0, within(1e-9));
        assertThat(StrategyComparison.improvementPercent(0.12, 0.1)).isCloseTo(-20.0, within(1e-9));
    }

    @Test
    void labelsSavedInterpolatesWhereTheCurveReachesRandomsFinalMae() {
        int[] labels = {30, 45, 60, 75, 90, 105};
        double[] curve = {0.30, 0.20, 0.15, 0.12, 0.09, 0.08};
        // random's final MAE 0.10 is reached between 75 (0.12) and 90 (0.09): 75 + 15·(0.02/0.03) = 85 → (105−85)/105
        assertThat(StrategyComparison.labelsSavedPercent(labels, curve, 0.10)).isCloseTo(20.0 / 105 * 100, within(1e-9));
        assertThat(StrategyComparison.labelsSavedPercent(labels, curve, 0.08)).isCloseTo(0, within(1e-9));
        assertThat(StrategyComparison.labelsSavedPercent(labels, curve, 0.05)).isNaN();
    }

    @Test
    void pairedTTestMatchesHandComputedPValue() {
        // differences 0.01, 0.02, 0.03, 0.02, 0.02: mean 0.02, sd = sqrt(0.0002/4) → t = 0.02/(0.007071/√5) = 6.3246, df 4
        double[] a = {0.11, 0.12, 0.13, 0.12, 0.12}, b = {0.10, 0.10, 0.10, 0.10, 0.10};
        double p = StrategyComparison.pairedTTest(a, b);
        assertThat(p).isCloseTo(0.003198, within(2e-5)); // two-sided, t(4) = 6.3246
        assertThat(StrategyComparison.pairedTTest(new double[]{1}, new double[]{2})).isNaN();
    }

    @Test
    void comparingRandomWithItselfLeavesTheComparisonsUndefined() {
        LearningCurve r = LearningCurve.of("random", new int[]{30}, List.<Metrics[]>of(new Metrics[]{new Metrics(1, 1, 0)}));
        StrategyComparison c = StrategyComparison.of(r, new double[]{1}, r, new double[]{1}, 0.4, 0.5, 2.5);
        assertThat(c.improvementPercent()).isNaN();
        assertThat(c.pValue()).isNaN();
        assertThat(c.labelsSavedPercent()).isNaN();
        assertThat(c.spearmanStdVsError()).isEqualTo(0.4);
        assertThat(c.within2Sigma()).isEqualTo(0.5);
        assertThat(c.widening95()).isEqualTo(2.5);
    }

    @Test
    void coverageCountsTheErrorsWithinKStd() {
        double[] truth = {0, 0, 0, 0}, mean = {0.1, -0.3, 0.5, 0.2}, std = {0.1, 0.1, 0.1, 0.1};
        assertThat(Coverage.within(2, truth, mean, std)).isEqualTo(0.5);   // 0.1 and 0.2 are within 0.2; the boundary counts
        assertThat(Coverage.within(5, truth, mean, std)).isEqualTo(1.0);
        assertThat(Coverage.within(2, new double[0], new double[0], new double[0])).isNaN();
    }

    @Test
    void wideningIsHalfThe95thPercentileOfErrorOverStd() {
        // |error| / std = 0.5, 1, …, 10 for 20 predictions: the 95th percentile (nearest rank, the 19th) is 9.5
        int n = 20;
        double[] truth = new double[n], mean = new double[n], std = new double[n];
        for (int i = 0; i < n; i++) {
            mean[i] = (i % 2 == 0 ? 1 : -1) * 0.05 * (i + 1);   // the sign of the error does not matter
            std[i] = 0.1;
        }
        assertThat(Coverage.widening95(truth, mean, std)).isCloseTo(9.5 / 2, within(1e-12));
        // an honest spread: with std ×4.75, exactly 95 % of the errors lie within 2σ
        double[] wider = java.util.Arrays.stream(std).map(s -> s * 4.75).toArray();
        assertThat(Coverage.within(2, truth, mean, wider)).isCloseTo(0.95, within(1e-12));
        assertThat(Coverage.widening95(truth, mean, wider)).isCloseTo(1.0, within(1e-12));
        assertThat(Coverage.widening95(new double[]{0, 0}, new double[]{0, 1}, new double[]{0, 0})).as("sure and wrong").isInfinite();
        assertThat(Coverage.widening95(new double[0], new double[0], new double[0])).isNaN();
    }
}

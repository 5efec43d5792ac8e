package org.activemat.engine.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

class PairedDifferenceTest {
    private static final double REL = 1e-7; // per cent, i.e. 1e-9 relative

    // final MAE per seed 0–4 of the baseline r and the strategy s
    private static final double[] R = {0.100, 0.120, 0.090, 0.110, 0.105}, S = {0.092, 0.105, 0.088, 0.097, 0.099};

    @Test
    void intervalPValueAndEffectSizeMatchScipy() {
        // d = 100·(s − r)/r; scipy 1.17: d.mean(), d.std(ddof=1), m ± t.ppf(0.975, 4)·sd/√5,
        // ttest_rel(d, zeros).pvalue, m/sd
        PairedDifference d = PairedDifference.relative(S, R);
        assertThat(d.n()).isEqualTo(5);
        assertThat(d.mean()).isCloseTo(-8.050937950937952, withinPercentage(REL));
        assertThat(d.std()).isCloseTo(4.284353652179244, withinPercentage(REL));
        assertThat(d.low()).isCloseTo(-13.37066563642173, withinPercentage(REL));
        assertThat(d.high()).isCloseTo(-2.7312102654541723, withinPercentage(REL));
        assertThat(d.p()).isCloseTo(0.013674848472289834, withinPercentage(REL));
        assertThat(d.dz()).isCloseTo(-1.8791487828841644, withinPercentage(REL));
        assertThat(d.hasInterval()).isTrue();
        assertThat(d.t()).isCloseTo(-8.050937950937952 / (4.284353652179244 / Math.sqrt(5)), withinPercentage(REL));
    }

    @Test
    void relativeDifferencesArePercentOfTheBaseline() {
        assertThat(PairedDifference.relativeDifferences(new double[]{0.09, 0.132}, new double[]{0.1, 0.12}))
                .containsExactly(new double[]{-10, 10}, within(1e-12));
    }

    @Test
    void twoSeedsGiveAWideIntervalAndALargeP() {
        // d = (+5, −4) %; scipy: mean 0.5, sd 6.363961030678922, p 0.9295534250454461, t.ppf(0.975, 1) = 12.706204736174694
        PairedDifference d = PairedDifference.relative(new double[]{0.21, 0.24}, new double[]{0.2, 0.25});
        assertThat(d.p()).isCloseTo(0.9295534250454461, withinPercentage(REL));
        double half = 12.706204736174694 * 6.363961030678922 / Math.sqrt(2);
        assertThat(d.low()).isCloseTo(0.5 - half, withinPercentage(REL));
        assertThat(d.high()).isCloseTo(0.5 + half, withinPercentage(REL));
    }

    @Test
    void oneSeedHasNoInterval() {
        PairedDifference d = PairedDifference.relative(new double[]{0.09}, new double[]{0.1});
        assertThat(d.hasInterval()).isFalse();
        assertThat(d.mean()).isCloseTo(-10, within(1e-12));
        assertThat(new double[]{d.std(), d.low(), d.high(), d.p(), d.dz(), d.t()}).containsOnly(Double.NaN);
    }

    @Test
    void noSeedLeavesEverythingUndefined() {
        PairedDifference d = PairedDifference.of(new double[0]);
        assertThat(d.n()).isZero();
        assertThat(d.hasInterval()).isFalse();
        assertThat(d.mean()).isNaN();
    }

    @Test
    void aShiftWithoutSpreadIsCertainAndNoShiftIsNothing() {
        PairedDifference shift = PairedDifference.of(new double[]{-3, -3, -3});
        assertThat(shift.std()).isZero();
        assertThat(shift.low()).isEqualTo(-3);
        assertThat(shift.high()).isEqualTo(-3);
        assertThat(shift.p()).isZero();
        assertThat(shift.dz()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(shift.t()).isEqualTo(Double.NEGATIVE_INFINITY);

        PairedDifference same = PairedDifference.relative(new double[]{0.1, 0.2}, new double[]{0.1, 0.2});
        assertThat(same.mean()).isZero();
        assertThat(same.p()).isEqualTo(1);
        assertThat(same.dz()).isNaN();
        assertThat(same.hasInterval()).isTrue();
    }

    @Test
    void aBaselineOfZeroCannotBeAPercentage() {
        assertThatThrownBy(() -> PairedDifference.relative(new double[]{0.1}, new double[]{0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> PairedDifference.relative(new double[]{Double.NaN}, new double[]{0.1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairedDifference.relative(new double[]{0.1, 0.2}, new double[]{0.1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

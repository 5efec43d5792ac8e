package org.activemat.engine.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictTest {
    private static final PairedDifference BETTER = new PairedDifference(5, -10.2, 3.1, -14.1, -6.3, 0.001, -3.29);
    private static final PairedDifference WORSE = new PairedDifference(5, 8.0, 4.7, 2.1, 13.9, 0.01, 1.7);
    private static final PairedDifference FLAT = new PairedDifference(5, -1.26, 8.7, -12.0, 9.5, 0.8, -0.14);

    @Test
    void aSignificantImprovementBeatsRandom() {
        assertThat(Verdict.line("diversity", "random", "Ti–O", BETTER, 0.003))
                .isEqualTo("diversity beats random on Ti–O: −10.2 % MAE (95 % CI −14.1 … −6.3 %, p = 0.003 after Holm)");
    }

    @Test
    void aSignificantLossIsWorseThanRandom() {
        assertThat(Verdict.line("uncertainty", "random", "C", WORSE, 0.02))
                .isEqualTo("uncertainty is worse than random on C: +8.0 % MAE (95 % CI +2.1 … +13.9 %, p = 0.02 after Holm)");
        assertThat(Verdict.system("C", "random", 5, List.of(new Verdict.Entry("uncertainty", WORSE, 0.02)), 5))
                .isEqualTo(Verdict.line("uncertainty", "random", "C", WORSE, 0.02));
    }

    @Test
    void undecidedSaysHowManySeedsWouldDecide() {
        // the largest s_d is 8.7 %: (2.8016 · 8.7 / 5)² = 23.76 → 24 seeds
        PairedDifference other = new PairedDifference(5, 2.0, 3.0, -1.7, 5.7, 0.2, 0.67);
        String v = Verdict.system("Si", "random", 5,
                List.of(new Verdict.Entry("diversity", FLAT, 0.8), new Verdict.Entry("hybrid", other, 0.6)), 5);
        assertThat(v).isEqualTo("no strategy differs from random on Si at 5 seeds; about 24 seeds would detect a 5 % difference");
        assertThat(Verdict.line("diversity", "random", "Si", FLAT, 0.8))
                .isEqualTo("diversity does not differ from random on Si: −1.3 % MAE (95 % CI −12.0 … +9.5 %, p = 0.8 after Holm)");
    }

    @Test
    void enoughSeedsMeanAnyDifferenceIsSmall() {
        PairedDifference tight = new PairedDifference(20, 0.4, 2.0, -0.5, 1.3, 0.38, 0.2);
        assertThat(Verdict.system("Fe", "random", 20, List.of(new Verdict.Entry("hybrid", tight, 0.38)), 5))
                .isEqualTo("no strategy differs from random on Fe at 20 seeds; about 2 seeds would already detect a 5 % difference, so any difference is likely smaller");
    }

    @Test
    void significantOnesAreListedAndTheOthersNamed() {
        String v = Verdict.system("Ti–O", "random", 5, List.of(new Verdict.Entry("uncertainty", FLAT, 0.8),
                new Verdict.Entry("diversity", BETTER, 0.003), new Verdict.Entry("hybrid", FLAT, 0.9)), 5);
        assertThat(v).isEqualTo("diversity beats random on Ti–O: −10.2 % MAE (95 % CI −14.1 … −6.3 %, p = 0.003 after Holm); "
                + "uncertainty and hybrid do not differ from random at 5 seeds");
    }

    @Test
    void significanceIsStrictlyBelowFivePercentAndNeverRoundsAcross() {
        assertThat(Verdict.line("d", "random", "X", BETTER, 0.0496)).contains("beats").contains("p = 0.049 after Holm");
        assertThat(Verdict.line("d", "random", "X", BETTER, 0.05)).contains("does not differ").contains("p = 0.05 after Holm");
        assertThat(Verdict.line("d", "random", "X", BETTER, 0.0004)).contains("p < 0.001 after Holm");
        assertThat(Verdict.line("d", "random", "X", BETTER, 1)).contains("p = 1 after Holm");
    }

    @Test
    void oneSeedOrNoneCannotBeTested() {
        PairedDifference one = PairedDifference.of(new double[]{-4.0});
        assertThat(Verdict.line("hybrid", "random", "Si", one, Double.NaN))
                .isEqualTo("hybrid vs random on Si: −4.0 % MAE (1 seed: no interval, no test)");
        assertThat(Verdict.system("Si", "random", 1, List.of(new Verdict.Entry("hybrid", one, Double.NaN)), 5))
                .isEqualTo("no strategy can be tested against random on Si at 1 seed; at least 2 seeds are needed");
        assertThat(Verdict.line("hybrid", "random", "Si", PairedDifference.of(new double[0]), Double.NaN))
                .isEqualTo("hybrid shares no seed with random on Si");
        assertThat(Verdict.system("Si", "random", 5, List.of(), 5)).isEqualTo("no strategy to compare with random on Si");
    }
}

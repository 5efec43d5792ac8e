package org.activemat.ui.run;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BandsTest {
    @Test void theIntervalIsTTimesTheStandardErrorAndOneSeedHasNoBand() {
        assertThat(Bands.INTERVAL_95.halfWidth(0.1, 4)).isCloseTo(3.182 * 0.1 / 2, within(1e-12));
        assertThat(Bands.STD.halfWidth(0.1, 4)).isEqualTo(0.1);
        assertThat(Bands.INTERVAL_95.halfWidth(0.1, 1)).isNaN();
        assertThat(Bands.INTERVAL_95.halfWidth(0.1, 100)).isCloseTo(1.96 * 0.01, within(1e-12));
    }

    @Test void theLegendCountSaysWhichSeedsTheBandHas() {
        assertThat(Bands.seedCount(new int[]{2, 2, 2})).isEqualTo("(2 seeds)");
        assertThat(Bands.seedCount(new int[]{1, 1})).isEqualTo("(1 seed)");
        assertThat(Bands.seedCount(new int[]{2, 2, 1})).isEqualTo("(1–2 seeds)");
    }
}

package org.activemat.ui.common;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class EtaEstimatorTest {
    private static final long S = 1_000_000_000L;

    @Test void remainingTimeFollowsTheAverageRateSoFar() {
        EtaEstimator eta = new EtaEstimator(0);
        assertThat(eta.remaining(0.25, 10 * S)).contains(Duration.ofSeconds(30));
        assertThat(eta.remaining(0.5, 10 * S)).contains(Duration.ofSeconds(10));
    }

    @Test void saysNothingWhileTooEarlyOrUnknown() {
        EtaEstimator eta = new EtaEstimator(0);
        assertThat(eta.remaining(0.01, S)).isEmpty();
        assertThat(eta.remaining(-1, 5 * S)).isEmpty();
        assertThat(eta.remaining(1.0, 5 * S)).isEmpty();
    }

    @Test void formatsHoursMinutesAndSeconds() {
        assertThat(EtaEstimator.format(Duration.ofSeconds(12))).isEqualTo("12 s");
        assertThat(EtaEstimator.format(Duration.ofSeconds(200))).isEqualTo("3 min 20 s");
        assertThat(EtaEstimator.format(Duration.ofSeconds(3900))).isEqualTo("1 h 05 min");
        assertThat(EtaEstimator.formatRough(Duration.ofSeconds(663))).isEqualTo("11 min");
        assertThat(EtaEstimator.formatRough(Duration.ofSeconds(3590))).isEqualTo("1 h 00 min");
        assertThat(EtaEstimator.formatRough(Duration.ofSeconds(20))).isEqualTo("under a minute");
    }
}

package org.activemat.engine.stats;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedsNeededTest {
    @Test
    void followsTheNormalApproximation() {
        // (z_0.975 + z_0.8)² = 2.8015852180...² = 7.848879734349088 (scipy.stats.norm.ppf)
        assertThat(SeedsNeeded.of(5, 5)).hasValue(8);      // 7.8489 → 8
        assertThat(SeedsNeeded.of(10, 5)).hasValue(32);    // 4 · 7.8489 = 31.3955 → 32
        assertThat(SeedsNeeded.of(8.7, 5)).hasValue(24);   // 23.763 → 24
        assertThat(SeedsNeeded.of(8, 2.5)).hasValue(81);   // 80.373 → 81
    }

    @Test
    void neverFewerThanTwoAndUnknownWithoutASpread() {
        assertThat(SeedsNeeded.of(1, 5)).hasValue(2);      // 0.314 → 1 → at least 2
        assertThat(SeedsNeeded.of(0, 5)).hasValue(2);
        assertThat(SeedsNeeded.of(Double.NaN, 5)).isEqualTo(OptionalInt.empty());
        assertThat(SeedsNeeded.of(1e300, 1e-300)).hasValue(Integer.MAX_VALUE);
        assertThatThrownBy(() -> SeedsNeeded.of(5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeedsNeeded.of(-1, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.activemat.engine.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pool-adjacent-violators on arrays small enough to check by hand (every value exact in binary). */
class IsotonicTest {
    @Test void poolsEachViolatingPairIntoItsMean() {
        // y = 1, 3, 2, 4, 3.5: (3, 2) → 2.5, (4, 3.5) → 3.75
        Isotonic f = Isotonic.fit(new double[]{1, 2, 3, 4, 5}, new double[]{1, 3, 2, 4, 3.5});
        assertThat(f.x()).containsExactly(1, 2, 3, 4, 5);
        assertThat(f.y()).containsExactly(1, 2.5, 2.5, 3.75, 3.75);
        assertThat(f.at(1.5)).isEqualTo(1.75);      // halfway between the knots (1, 1) and (2, 2.5)
        assertThat(f.at(2.7)).isEqualTo(2.5);       // inside a block: flat
        assertThat(f.at(0)).isEqualTo(1);           // beyond the ends: the end values
        assertThat(f.at(9)).isEqualTo(3.75);
    }

    @Test void aViolationCanSpreadBackOverSeveralBlocks() {
        // 2, 4 are in order; −3 pools with 4 into 0.5, which is below 2, so all three pool: (2 + 4 − 3) / 3 = 1; 5 stays
        Isotonic f = Isotonic.fit(new double[]{10, 20, 30, 40}, new double[]{2, 4, -3, 5});
        assertThat(f.x()).containsExactly(10, 30, 40);   // one block 10…30, then 40
        assertThat(f.y()).containsExactly(1, 1, 5);
        assertThat(f.at(35)).isEqualTo(3);
    }

    @Test void equalNeighbouringMeansAreNotAViolation() {
        Isotonic f = Isotonic.fit(new double[]{10, 20, 30}, new double[]{1, 2, 0});   // (2 + 0) / 2 = 1, not above 1
        assertThat(f.x()).containsExactly(10, 20, 30);
        assertThat(f.y()).containsExactly(1, 1, 1);
    }

    @Test void tiedXShareOneValueTheMeanOfTheirY() {
        // x = 2 twice (3 and 10 → 6.5) is above x = 1's 5: no violation. Adding the tie to a pooled block would give 6.
        Isotonic f = Isotonic.fit(new double[]{2, 1, 2}, new double[]{3, 5, 10});
        assertThat(f.x()).containsExactly(1, 2);
        assertThat(f.y()).containsExactly(5, 6.5);
    }

    @Test void theInputOrderDoesNotMatterAndNonFinitePairsAreLeftOut() {
        Isotonic a = Isotonic.fit(new double[]{1, 2, 3, 4, 5}, new double[]{1, 3, 2, 4, 3.5});
        Isotonic b = Isotonic.fit(new double[]{4, Double.NaN, 2, 5, 1, 3}, new double[]{4, 7, 3, 3.5, 1, 2});
        assertThat(b.x()).containsExactly(a.x());
        assertThat(b.y()).containsExactly(a.y());
        assertThatThrownBy(() -> Isotonic.fit(new double[]{Double.NaN}, new double[]{1})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test void alreadyMonotoneDataIsKeptAsIs() {
        Isotonic f = Isotonic.fit(new double[]{1, 2, 3}, new double[]{0.5, 0.5, 2});
        assertThat(f.x()).containsExactly(1, 2, 3);
        assertThat(f.y()).containsExactly(0.5, 0.5, 2);
    }
}

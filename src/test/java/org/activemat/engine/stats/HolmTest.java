package org.activemat.engine.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class HolmTest {
    @Test
    void adjustsStepDownInTheOriginalOrder() {
        // sorted 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → running max 0.06
        assertThat(Holm.adjust(new double[]{0.01, 0.04, 0.03, 0.005}))
                .containsExactly(new double[]{0.03, 0.06, 0.06, 0.02}, within(1e-15));
    }

    @Test
    void capsAtOneAndGivesTiesTheSameValue() {
        // a hand Holm in Python (sort, (m − j)·p, running max, min 1): 0.08, 1, 1, 0.005, 0.08
        assertThat(Holm.adjust(new double[]{0.02, 0.5, 0.6, 0.001, 0.02}))
                .containsExactly(new double[]{0.08, 1, 1, 0.005, 0.08}, within(1e-15));
    }

    @Test
    void undefinedTestsStayUndefinedAndDoNotCount() {
        double[] adjusted = Holm.adjust(new double[]{0.01, Double.NaN, 0.04});
        assertThat(adjusted[0]).isCloseTo(0.02, within(1e-15));
        assertThat(adjusted[1]).isNaN();
        assertThat(adjusted[2]).isCloseTo(0.04, within(1e-15));
        assertThat(Holm.adjust(new double[0])).isEmpty();
    }

    @Test
    void severalArraysAreOneFamily() {
        List<double[]> out = Holm.adjust(List.of(new double[]{0.01, 0.04}, new double[]{0.03, 0.005}));
        assertThat(out.get(0)).containsExactly(new double[]{0.03, 0.06}, within(1e-15));
        assertThat(out.get(1)).containsExactly(new double[]{0.06, 0.02}, within(1e-15));
    }

    @Test
    void rejectsWhatIsNotAProbability() {
        assertThatThrownBy(() -> Holm.adjust(new double[]{1.5})).isInstanceOf(IllegalArgumentException.class);
    }
}

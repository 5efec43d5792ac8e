package org.activemat.engine.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

class CurveAreaTest {
    @Test
    void isTheMeanMaeOverTheSchedule() {
        // 15·(0.3+0.2)/2 + 15·(0.2+0.15)/2 + 30·(0.15+0.1)/2 = 3.75 + 2.625 + 3.75 = 10.125, over 90 − 30 = 60
        assertThat(CurveArea.normalised(new int[]{30, 45, 60, 90}, new double[]{0.3, 0.2, 0.15, 0.1}))
                .isCloseTo(0.16875, within(1e-12));
        assertThat(CurveArea.normalised(new int[]{30, 60}, new double[]{0.2, 0.2})).isCloseTo(0.2, within(1e-15));
        assertThat(CurveArea.normalised(new int[]{30}, new double[]{0.4})).isEqualTo(0.4);
    }

    @Test
    void pairsAucLikeFinalMae() {
        int[] labels = {30, 45, 60};
        double[][] s = {{0.3, 0.2, 0.1}, {0.3, 0.2, 0.1}}, b = {{0.3, 0.25, 0.2}, {0.3, 0.25, 0.2}};
        // AUC s = (3.75 + 2.25)/30 = 0.2, b = (4.125 + 3.375)/30 = 0.25 → −20 % on both seeds
        PairedDifference d = CurveArea.paired(labels, s, b);
        assertThat(d.mean()).isCloseTo(-20, withinPercentage(1e-7));
        assertThat(d.n()).isEqualTo(2);
    }

    @Test
    void rejectsSchedulesThatDoNotIncrease() {
        assertThatThrownBy(() -> CurveArea.normalised(new int[]{30, 30}, new double[]{0.1, 0.1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CurveArea.normalised(new int[]{30, 45}, new double[]{0.1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

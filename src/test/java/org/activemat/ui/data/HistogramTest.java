package org.activemat.ui.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistogramTest {
    @Test void countsEveryFiniteValueOnceAndSkipsTheRest() {
        double[] v = new double[100];
        for (int i = 0; i < v.length; i++) v[i] = i;
        v[7] = Double.NaN;
        v[8] = Double.POSITIVE_INFINITY;
        Histogram h = Histogram.of(v);
        assertThat(h.total()).isEqualTo(98);
        assertThat(h.counts()).hasSize(10);  // sqrt(98) ≈ 10 bins
        assertThat(h.edges()[0]).isEqualTo(0.0);
        assertThat(h.edges()[10]).isEqualTo(99.0);
    }

    @Test void aConstantTargetStillGivesOneVisibleBar() {
        Histogram h = Histogram.of(new double[]{-5.4, -5.4, -5.4});
        assertThat(h.total()).isEqualTo(3);
        assertThat(h.edges()[h.edges().length - 1]).isGreaterThan(h.edges()[0]);
    }
}

package org.activemat.engine.oracle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReferenceEnergiesTest {
    @Test void parabolaVertexOfAnEnergyScan() {
        double[] x = {0.96, 0.98, 1.00, 1.02, 1.04};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) y[i] = -5 + 3 * (x[i] - 1.013) * (x[i] - 1.013);
        assertThat(ReferenceEnergies.parabolaMinimum(x, y)).isCloseTo(1.013, within(1e-9));
    }

    @Test void vertexOutsideTheScanIsClampedToItsEdge() {
        double[] x = {0.96, 0.98, 1.00, 1.02, 1.04};
        double[] y = {5, 4, 3, 2, 1.5};
        assertThat(ReferenceEnergies.parabolaMinimum(x, y)).isEqualTo(1.04);
    }
}

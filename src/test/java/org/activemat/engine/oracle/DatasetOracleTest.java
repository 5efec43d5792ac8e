package org.activemat.engine.oracle;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetOracleTest {
    @Test void replaysStoredLabelsAndRefusesUnknownIds() throws Exception {
        Entry e = new Entry("Si-1", Fixtures.diamondSi(), null,
                Map.of("energy", -10.5, "stress_xx", 1.0, "stress_yy", 2.0, "stress_zz", 3.0, "stress_yz", 0.1, "stress_xz", 0.2, "stress_xy", 0.3, "wall_seconds", 4.0),
                Map.of("forces", new double[][]{{1, 0, 0}, {-1, 0, 0}}), Map.of(), "test");
        DatasetOracle o = new DatasetOracle(new Dataset("d", List.of(e), Map.of()));
        Label l = o.label("Si-1", e.structure());
        assertThat(l.energy()).isEqualTo(-10.5);
        assertThat(l.forces()[1]).containsExactly(-1, 0, 0);
        assertThat(l.stress()[0][1]).isEqualTo(0.3);
        assertThat(l.stress()[1][0]).isEqualTo(0.3);
        assertThat(l.stress()[2][1]).isEqualTo(0.1);
        assertThat(l.wallSeconds()).isEqualTo(4.0);
        assertThatThrownBy(() -> o.label("Si-2", e.structure())).isInstanceOf(OracleException.class).hasMessageContaining("Si-2");
    }
}

package org.activemat.engine.oracle;

import org.activemat.engine.task.CancellationToken;
import org.activemat.engine.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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

    /** The bundled samples' references are read where they lie (read-only when installed); a missing system goes elsewhere. */
    @Test void aPreferredCacheIsReadAndAMissingSystemFallsBackToTheWritableOne(@TempDir Path tmp) throws Exception {
        Path preferred = tmp.resolve("ro/references.json"), writable = tmp.resolve("rw/Si-references.json");
        Files.createDirectories(preferred.getParent());
        String si = "{\"Si\": {\"settings\": " + new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(ChemicalSystem.SI.settings().describe())
                + ", \"mu_eV_per_atom\": {\"Si\": -107.5}, \"calculations\": []}}";
        Files.writeString(preferred, si);
        // an oracle that cannot run: any computation would fail, so the answers below come from the caches
        QuantumEspressoOracle none = new QuantumEspressoOracle(ChemicalSystem.SI.settings(), tmp.resolve("no/pw.x").toString(), 1,
                Duration.ofSeconds(5), tmp);
        assertThat(ReferenceEnergies.loadOrCompute(ChemicalSystem.SI, none, preferred, writable, ProgressListener.NONE).mu())
                .containsEntry("Si", -107.5);
        assertThat(writable).doesNotExist();

        Files.writeString(preferred, "{}");
        Files.createDirectories(writable.getParent());
        Files.writeString(writable, si.replace("-107.5", "-107.25"));
        assertThat(ReferenceEnergies.loadOrCompute(ChemicalSystem.SI, none, preferred, writable, ProgressListener.NONE).mu())
                .containsEntry("Si", -107.25);
        assertThat(ReferenceEnergies.load(ChemicalSystem.SI, none.cancelledBy(new CancellationToken()), tmp.resolve("absent.json"))).isEmpty();
    }
}

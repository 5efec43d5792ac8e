package org.activemat.engine.oracle.qe;

import org.activemat.engine.oracle.Fixtures;

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
        assertThat(ReferenceEnergies.loadOrCompute(ChemicalSystem.SI, none, 1, preferred, writable, ProgressListener.NONE).mu())
                .containsEntry("Si", -107.5);
        assertThat(writable).doesNotExist();

        Files.writeString(preferred, "{}");
        Files.createDirectories(writable.getParent());
        Files.writeString(writable, si.replace("-107.5", "-107.25"));
        assertThat(ReferenceEnergies.loadOrCompute(ChemicalSystem.SI, none, 1, preferred, writable, ProgressListener.NONE).mu())
                .containsEntry("Si", -107.25);
        assertThat(ReferenceEnergies.load(ChemicalSystem.SI, none.cancelledBy(new CancellationToken()), tmp.resolve("absent.json"))).isEmpty();
    }
    /**
     * With --jobs 2 the scan points run two at a time and the reference is the same as one at a time. A stand-in pw.x
     * prints a real Si output whose total energy is a parabola in the cell's size (minimum at a/2 = 2.75 Å, i.e. scale
     * 2.75/2.735 of the built-in diamond cell) and records how many copies of itself run at once.
     */
    @Test void scanPointsRunJobsAtATimeAndGiveTheSameReference(@TempDir Path tmp) throws Exception {
        Path canned = tmp.resolve("si2.out"), running = Files.createDirectories(tmp.resolve("running"));
        Files.writeString(canned, Fixtures.text("si2-rattled.out"));
        Path pseudo = Files.createDirectories(tmp.resolve("pseudo"));
        Files.writeString(pseudo.resolve("Si.pbe-rrkj.UPF"), "fake");
        Path pw = tmp.resolve("pw.x");
        Files.writeString(pw, "#!/bin/sh\n"
                + "touch " + running + "/$$; ls " + running + " | wc -l >> " + tmp + "/concurrency; sleep 0.4\n"
                + "b=$(awk '/CELL_PARAMETERS/ {getline; print $2; exit}' pw.in)\n"
                + "awk -v b=\"$b\" '/^!/ && /total energy/ {printf \"!    total energy              = %.8f Ry\\n\", -15.8 + 4 * (b - 2.75)^2; next} {print}' "
                + canned + "\n"
                + "rm " + running + "/$$\n");
        Files.setPosixFilePermissions(pw, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        QuantumEspressoOracle oracle = new QuantumEspressoOracle(ChemicalSystem.SI.settings().withPseudoDir(pseudo),
                pw.toString(), 1, Duration.ofSeconds(30), tmp.resolve("scratch"));

        ReferenceEnergies.Result one = ReferenceEnergies.compute(ChemicalSystem.SI, oracle, 1, ProgressListener.NONE);
        assertThat(Files.readAllLines(tmp.resolve("concurrency"))).hasSize(6).allMatch(l -> l.trim().equals("1"));
        Files.delete(tmp.resolve("concurrency"));
        ReferenceEnergies.Result two = ReferenceEnergies.compute(ChemicalSystem.SI, oracle, 2, ProgressListener.NONE);
        assertThat(Files.readAllLines(tmp.resolve("concurrency"))).hasSize(6).anyMatch(l -> l.trim().equals("2"))
                .noneMatch(l -> Integer.parseInt(l.trim()) > 2);

        double vertex = -15.8 * PwOutput.RY_EV / 2;
        assertThat(one.mu().get("Si")).isCloseTo(vertex, within(1e-6));
        assertThat(two.mu()).isEqualTo(one.mu());
        assertThat(two.points()).extracting(ReferenceEnergies.Point::scale)
                .startsWith(0.96, 0.98, 1.00, 1.02, 1.04)
                .isEqualTo(one.points().stream().map(ReferenceEnergies.Point::scale).toList());
        assertThat(two.points().get(5).scale()).as("the vertex of the scan").isCloseTo(2.75 / 2.735, within(1e-8));
    }
}

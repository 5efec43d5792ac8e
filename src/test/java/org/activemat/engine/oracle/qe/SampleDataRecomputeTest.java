package org.activemat.engine.oracle.qe;

import org.activemat.engine.oracle.Label;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The bundled labels are real: one frame of each bundled file, drawn at random among the quicker half of its smallest
 * cells (to keep CI short), is recomputed with pw.x and must agree within 1 meV/atom in energy and 1 meV/Å in forces.
 */
class SampleDataRecomputeTest {

    @ParameterizedTest
    @ValueSource(strings = {"Si", "C", "Fe", "TiO"})
    void aBundledFrameRecomputesToTheSameLabel(String system, @TempDir Path tmp) throws Exception {
        Path file = Path.of("sample-data", system + ".extxyz");
        assumeTrue(Files.exists(file), file + " not bundled yet");
        assumeTrue(QuantumEspressoOracle.findOnPath("pw.x") != null, "pw.x not on PATH: install quantum-espresso to run this test");
        Dataset d = DatasetFormats.read(file);
        int smallest = d.entries().stream().mapToInt(Entry::sites).min().orElseThrow();
        List<Entry> small = d.entries().stream().filter(e -> e.sites() == smallest)
                .sorted(Comparator.comparingDouble((Entry e) -> e.property("wall_seconds").orElse(0)).thenComparing(Entry::id)).toList();
        small = small.subList(0, (small.size() + 1) / 2);   // the quicker half: spin-polarised Fe costs minutes otherwise
        Entry frame = small.get(new Random(2601).nextInt(small.size()));

        int[] mesh = Arrays.stream(frame.info().get("kpoints").split("x")).mapToInt(Integer::parseInt).toArray();
        QuantumEspressoOracle oracle = new QuantumEspressoOracle(ChemicalSystem.parse(system).settings(), "pw.x", 1,
                Duration.ofSeconds(600), tmp);
        Label label = oracle.label(frame.id(), frame.structure(), oracle.settings(), mesh);

        assertThat(label.energy() / frame.sites()).as(frame.id() + " energy per atom (eV)")
                .isCloseTo(frame.property("energy_per_atom").getAsDouble(), within(1e-3));
        double[][] stored = frame.siteArrays().get("forces");
        for (int i = 0; i < frame.sites(); i++)
            for (int k = 0; k < 3; k++)
                assertThat(label.forces()[i][k]).as(frame.id() + " force on atom " + i).isCloseTo(stored[i][k], within(1e-3));
    }
}

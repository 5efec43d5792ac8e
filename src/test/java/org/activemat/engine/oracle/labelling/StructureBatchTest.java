package org.activemat.engine.oracle.labelling;

import org.activemat.engine.oracle.qe.ChemicalSystem;
import org.activemat.engine.oracle.qe.QuantumEspressoOracle;

import org.activemat.engine.chem.Composition;
import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.task.CancellationToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A suggested batch labelled on the desktop: which settings apply, and real pw.x frames that are never computed twice. */
class StructureBatchTest {
    @TempDir Path dir;

    private static Entry cell(String id, String element, double a) {
        Element e = Element.of(element);
        return Entry.of(id, Structure.fromFractional(Lattice.cubic(a), List.of(e, e), new double[][]{{0, 0, 0}, {.5, .5, .5}}),
                Map.of(), "test");
    }

    @Test void theSystemIsTheOneWhosePseudopotentialsCoverTheElements() {
        assertThat(StructureBatch.systemFor(List.of(cell("a", "Si", 3), cell("b", "Si", 3.1)))).contains(ChemicalSystem.SI);
        assertThat(StructureBatch.systemFor(List.of(cell("a", "Fe", 2.8)))).contains(ChemicalSystem.FE);
        assertThat(StructureBatch.systemFor(List.of(cell("a", "O", 3), cell("b", "Ti", 3)))).contains(ChemicalSystem.TIO);
        assertThat(StructureBatch.systemFor(List.of(cell("a", "Si", 3), cell("b", "Fe", 2.8)))).isEmpty();
        assertThat(StructureBatch.systemFor(List.of(cell("a", "Cu", 3.6)))).isEmpty();
        assertThat(StructureBatch.whyNot(List.of(cell("a", "Cu", 3.6)))).isEqualTo("pw.x settings exist for [Si, C, Fe, TiO] only");
        Entry formulaOnly = Entry.ofComposition("mp-1", Composition.parse("Si"), Map.of(), "test");
        assertThat(StructureBatch.systemFor(List.of(formulaOnly))).isEmpty();
        assertThat(StructureBatch.whyNot(List.of(formulaOnly))).contains("no structure");
    }

    @Test void labelsWithTheBundledReferencesAndNeverTwice() throws Exception {
        assumeTrue(QuantumEspressoOracle.findOnPath("pw.x") != null, "pw.x not on PATH: install quantum-espresso to run this test");
        assumeTrue(Files.exists(Path.of("sample-data", "references.json")), "no bundled references in sample-data/");
        Element si = Element.of("Si");
        List<Entry> batch = new ArrayList<>();
        for (double a : new double[]{5.47, 5.80}) {
            double s = a / 2;
            batch.add(Entry.of("diamond-" + a, new Structure(new Lattice(new double[][]{{0, s, s}, {s, 0, s}, {s, s, 0}}),
                    List.of(si, si), new double[][]{{0, 0, 0}, {s / 2, s / 2, s / 2}}), Map.of(), "test"));
        }
        Path out = dir.resolve("labelled.extxyz");
        List<String> messages = new ArrayList<>();
        List<Entry> arrived = java.util.Collections.synchronizedList(new ArrayList<>());
        StructureBatch.Outcome o = StructureBatch.label(batch, out, 2, (d, t, m) -> messages.add(m), new CancellationToken(), arrived::add);
        assertThat(arrived).as("each frame handed over as it was written").extracting(Entry::id)
                .containsExactlyInAnyOrder("diamond-5.47", "diamond-5.8");

        assertThat(o.system()).isEqualTo(ChemicalSystem.SI);
        assertThat(o.labelledNow()).isEqualTo(2);
        assertThat(o.failures()).isEmpty();
        assertThat(o.frames()).containsOnlyKeys("diamond-5.47", "diamond-5.8");
        // μ(Si) is the bundled minimum of diamond Si: the equilibrium cell sits at the reference, the stretched one above
        double equilibrium = o.frames().get("diamond-5.47").property("formation_energy_per_atom").orElseThrow();
        double stretched = o.frames().get("diamond-5.8").property("formation_energy_per_atom").orElseThrow();
        assertThat(equilibrium).isCloseTo(0, within(0.01));
        assertThat(stretched).isGreaterThan(equilibrium + 0.03);
        assertThat(dir.resolve("references.json")).as("the bundled references were reused, none computed").doesNotExist();
        assertThat(messages).anyMatch(m -> m.startsWith("diamond-5.8 (2 atoms): E="));

        assumeTrue(Files.exists(Path.of("sample-data", "Si.extxyz")), "no bundled Si sample");
        assertThat(StructureBatch.sameCalculation(DatasetFormats.read(Path.of("sample-data", "Si.extxyz")).entries(), o))
                .as("the bundled sample was computed with the same settings").isTrue();
        assertThat(StructureBatch.sameCalculation(batch, o)).as("structures without a recorded calculation").isFalse();

        // the same labels through inputs run elsewhere: here pw.x runs one of them by hand, as a cluster job would
        Path runs = dir.resolve("runs");
        assertThat(StructureBatch.writeInputs(batch, runs)).isEqualTo(ChemicalSystem.SI);
        Process p = new ProcessBuilder("pw.x", "-in", "diamond-5.8.in").directory(runs.toFile())
                .redirectOutput(runs.resolve("diamond-5.8.out").toFile()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).isZero();
        StructureBatch.Outcome read = StructureBatch.readOutputs(batch, runs, (d, t, m) -> {}, new CancellationToken(), f -> {});
        assertThat(read.frames()).containsOnlyKeys("diamond-5.8");
        assertThat(read.waiting()).as("diamond-5.47 has no output yet").isEqualTo(1);
        assertThat(read.framesFile()).isEqualTo(runs.resolve("labelled.extxyz"));
        assertThat(read.frames().get("diamond-5.8").property("formation_energy_per_atom").orElseThrow())
                .as("the same number as pw.x run by the workbench").isCloseTo(stretched, within(1e-9));

        StructureBatch.Outcome again = StructureBatch.label(batch, out, 2, (d, t, m) -> {}, new CancellationToken(), arrived::add);
        assertThat(again.labelledNow()).as("already in the file").isZero();
        assertThat(arrived).hasSize(2);
        assertThat(again.frames().get("diamond-5.8").property("energy")).isEqualTo(o.frames().get("diamond-5.8").property("energy"));
    }
}

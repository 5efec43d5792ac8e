package org.activemat.engine.oracle.qe;

import org.activemat.engine.oracle.Fixtures;
import org.activemat.engine.oracle.Label;
import org.activemat.engine.oracle.OracleException;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Outputs of pw.x runs made elsewhere, read as labels: real outputs this project produced, right and wrong ones. */
class PwOutputFolderTest {
    @TempDir Path dir;

    private PwOutputFolder folder(QeSettings settings, String id, String resource) throws Exception {
        Files.writeString(dir.resolve(org.activemat.engine.data.DataFiles.fileStem(id) + ".out"), Fixtures.text(resource));
        return new PwOutputFolder(dir, settings);
    }

    /** ChemicalSystem.FE's settings at the 25/200 Ry the Fe fixtures were run with. */
    private static QeSettings fixtureFe() {
        QeSettings q = ChemicalSystem.FE.settings();
        return new QeSettings(q.functional(), q.pseudoDir(), q.pseudopotentials(), 25, 200, q.kSpacing(), q.smearing(),
                q.degauss(), q.startingMagnetization(), q.mixingBeta(), q.convThrPerAtom(), q.electronMaxstep());
    }

    @Test void theHeaderSaysHowTheRunWasMade() {
        PwOutput.Header si = PwOutput.Header.parse(Fixtures.text("si2.out"));
        assertThat(si.ecutwfc()).isEqualTo(20);
        assertThat(si.ecutrho()).isEqualTo(80);
        assertThat(si.pseudopotentials()).containsExactly("Si.pbe-rrkj.UPF");
        assertThat(si.spinPolarised()).isFalse();
        assertThat(si.atoms()).isEqualTo(2);
        Structure diamond = Fixtures.diamondSi();
        for (int k = 0; k < 3; k++)
            for (int c = 0; c < 3; c++) assertThat(si.cell()[k][c]).isCloseTo(diamond.lattice().matrix()[k][c], within(1e-4));
        assertThat(si.positions()[1]).containsExactly(new double[]{1.3675, 1.3675, 1.3675}, within(1e-4));
        assertThat(PwOutput.Header.parse(Fixtures.text("fe2.out")).spinPolarised()).isTrue();
    }

    @Test void aMatchingOutputBecomesTheLabelALocalRunWouldGive() throws Exception {
        Label l = folder(ChemicalSystem.SI.settings(), "md/1", "si2.out").label("md/1", Fixtures.diamondSi());
        assertThat(l.energy()).isCloseTo(-15.73953869 * PwOutput.RY_EV, within(1e-6));
        assertThat(l.wallSeconds()).as("the wall time pw.x printed").isPositive();
        assertThat(l.provenance()).containsEntry("code", "Quantum ESPRESSO pw.x v.6.7MaX").containsEntry("kpoints", "6x6x6")
                .containsEntry("mpi_ranks", "1");
    }

    /** One Latin-1 byte (a title or a path written on another machine) must not stop a --from-outputs batch. */
    @Test void anOutputWithANonUtf8ByteIsReadLeniently() throws Exception {
        String text = Fixtures.text("si2.out").replaceFirst("\n", "\n     title: caf\u00e9 run\n");
        Path out = dir.resolve(org.activemat.engine.data.DataFiles.fileStem("md/1") + ".out");
        Files.write(out, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        PwOutputFolder folder = new PwOutputFolder(dir, ChemicalSystem.SI.settings());
        var c = new org.activemat.engine.oracle.Candidate("md/1", 0, Fixtures.diamondSi(), "test", java.util.Map.of());
        assertThat(folder.ready(List.of(c)).ready()).containsExactly(c);
        assertThat(folder.label("md/1", Fixtures.diamondSi()).energy()).isCloseTo(-15.73953869 * PwOutput.RY_EV, within(1e-6));
        assertThat(PwOutput.readText(out)).contains("caf\uFFFD run");
    }

    @Test void anOutputOfAnotherStructureOrOtherSettingsIsRefusedSayingWhatDiffers() throws Exception {
        PwOutputFolder si = folder(ChemicalSystem.SI.settings(), "x", "si2.out");
        String text = Fixtures.text("si2.out");
        Element e = Element.of("Si");
        double s = 5.47 / 2;
        Structure moved = new Structure(new Lattice(new double[][]{{0, s, s}, {s, 0, s}, {s, s, 0}}), List.of(e, e),
                new double[][]{{0, 0, 0}, {s / 2 + 0.05, s / 2, s / 2}});
        assertThat(si.mismatch(text, moved)).isEqualTo("has other atomic positions: one differs by 0.0500 Å");
        assertThat(si.mismatch(text, Structure.fromFractional(Lattice.cubic(5.6), List.of(e, e), new double[][]{{0, 0, 0}, {.25, .25, .25}})))
                .startsWith("has another cell");
        assertThat(si.mismatch(Fixtures.text("si2-rattled.out"), Fixtures.diamondSi())).startsWith("has other atomic positions");
        assertThat(new PwOutputFolder(dir, ChemicalSystem.C.settings()).mismatch(text, Fixtures.diamondSi()))
                .isEqualTo("was run at 20/80 Ry; the settings use 30/240 Ry");
        assertThat(new PwOutputFolder(dir, ChemicalSystem.FE.settings()).mismatch(Fixtures.text("fe2.out"), Fixtures.displacedBccFe()))
                .isEqualTo("was run at 25/200 Ry; the settings use 50/400 Ry");
        assertThat(si.mismatch("hello", Fixtures.diamondSi())).startsWith("is not a pw.x output");
        assertThatThrownBy(() -> si.label("x", moved)).isInstanceOfSatisfying(OracleException.class,
                x -> assertThat(x.reason()).isEqualTo(OracleException.Reason.UNPARSABLE_OUTPUT)).hasMessageContaining("x.out has other atomic positions");
    }

    @Test void failedRunsAreTypedFailuresNeverLabels() throws Exception {
        assertThatThrownBy(() -> folder(fixtureFe(), "fe", "fe2-notconverged.out").label("fe", Fixtures.displacedBccFe()))
                .isInstanceOfSatisfying(OracleException.class, x -> assertThat(x.reason()).isEqualTo(OracleException.Reason.NOT_CONVERGED));
        assertThat(folder(fixtureFe(), "fe2", "fe2.out").label("fe2", Fixtures.displacedBccFe()).totalMagnetization()).isPositive();
        assertThatThrownBy(() -> new PwOutputFolder(dir, ChemicalSystem.SI.settings()).label("absent", Fixtures.diamondSi()))
                .isInstanceOfSatisfying(OracleException.class, x -> assertThat(x.reason()).isEqualTo(OracleException.Reason.NOT_AVAILABLE));
    }

    /** Only a run pw.x is done with becomes a frame or a failure; a truncated or empty output may still be running. */
    @Test void onlyFinishedOutputsCount() {
        assertThat(PwOutputFolder.finished(Fixtures.text("si2.out"))).isTrue();
        assertThat(PwOutputFolder.finished(Fixtures.text("fe2-notconverged.out"))).as("pw.x stopped and said why").isTrue();
        String whole = Fixtures.text("si2.out");
        assertThat(PwOutputFolder.finished(whole.substring(0, whole.length() / 2))).isFalse();
        assertThat(PwOutputFolder.finished("")).isFalse();
    }
}

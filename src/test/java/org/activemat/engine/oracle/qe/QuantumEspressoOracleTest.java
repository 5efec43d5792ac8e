package org.activemat.engine.oracle.qe;

import org.activemat.engine.oracle.Fixtures;
import org.activemat.engine.oracle.Label;
import org.activemat.engine.oracle.OracleException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class QuantumEspressoOracleTest {
    /** pw.x 6.7, Si.pbe-rrkj.UPF, 20/80 Ry, 6×6×6, M-V 0.02 Ry, diamond a = 5.47 Å (si2.out): −15.73953869 Ry per 2 atoms. */
    private static final double REFERENCE_EV_PER_ATOM = -15.73953869 * PwOutput.RY_EV / 2;

    @TempDir Path tmp;

    @Test void diamondSiRunsThroughPwxWithVanishingForcesAndTheReferenceEnergy() throws Exception {
        assumeTrue(QuantumEspressoOracle.findOnPath("pw.x") != null, "pw.x not on PATH: install quantum-espresso to run this test");
        assumeTrue(Files.exists(QeSettings.DEBIAN_PSEUDO_DIR.resolve("Si.pbe-rrkj.UPF")),
                "Si.pbe-rrkj.UPF not in /usr/share/espresso/pseudo (Debian quantum-espresso-data)");
        QuantumEspressoOracle oracle = new QuantumEspressoOracle(ChemicalSystem.SI.settings(), "pw.x", 1, Duration.ofSeconds(300), tmp);
        Label l = oracle.label("it-diamond-si", Fixtures.diamondSi());
        assertThat(l.energy() / 2).isCloseTo(REFERENCE_EV_PER_ATOM, within(1e-3));
        for (double[] f : l.forces()) for (double v : f) assertThat(v).isCloseTo(0, within(1e-4));   // inversion symmetry
        assertThat(l.stress()[0][0]).isCloseTo(l.stress()[1][1], within(1e-6)).isCloseTo(l.stress()[2][2], within(1e-6));
        assertThat(l.wallSeconds()).isPositive();
        assertThat(l.provenance()).containsEntry("functional", "PBE").containsEntry("kpoints", "6x6x6")
                .containsEntry("code", "Quantum ESPRESSO pw.x v.6.7MaX");
        try (var s = Files.list(tmp)) { assertThat(s).as("scratch folder removed").isEmpty(); }
    }

    @Test void missingPseudopotentialIsReportedBeforeAnythingRuns() {
        QuantumEspressoOracle oracle = new QuantumEspressoOracle(ChemicalSystem.SI.settings().withPseudoDir(tmp), "pw.x", 1,
                Duration.ofSeconds(10), tmp);
        assertThatThrownBy(() -> oracle.label("x", Fixtures.diamondSi()))
                .isInstanceOfSatisfying(OracleException.class, e -> assertThat(e.reason()).isEqualTo(OracleException.Reason.MISSING_PSEUDOPOTENTIAL))
                .hasMessageContaining("Si.pbe-rrkj.UPF");
    }

    @Test void missingPwxIsReportedWithItsPath() throws IOException {
        Path pseudo = fakePseudo();
        QuantumEspressoOracle oracle = new QuantumEspressoOracle(ChemicalSystem.SI.settings().withPseudoDir(pseudo),
                tmp.resolve("no/such/pw.x").toString(), 1, Duration.ofSeconds(10), tmp);
        assertThatThrownBy(() -> oracle.label("x", Fixtures.diamondSi()))
                .isInstanceOfSatisfying(OracleException.class, e -> assertThat(e.reason()).isEqualTo(OracleException.Reason.MISSING_EXECUTABLE))
                .hasMessageContaining("no/such/pw.x");
    }

    /** No folder can be made under the scratch root: the machine's problem (ENVIRONMENT), pw.x never starts. */
    @Test void anUnusableScratchFolderIsAnErrorOfTheEnvironment() throws IOException {
        Path calls = tmp.resolve("calls"), notAFolder = Files.writeString(tmp.resolve("file"), "x");
        Path pw = script("ok-pw.x", "#!/bin/sh\necho run >> " + calls + "\n");
        QuantumEspressoOracle oracle = new QuantumEspressoOracle(ChemicalSystem.SI.settings().withPseudoDir(fakePseudo()),
                pw.toString(), 1, Duration.ofSeconds(10), notAFolder.resolve("scratch"));
        assertThatThrownBy(() -> oracle.label("si", Fixtures.diamondSi()))
                .isInstanceOfSatisfying(OracleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(OracleException.Reason.ENVIRONMENT);
                    assertThat(e.stopsTheRun()).isTrue();
                })
                .hasMessageContaining("cannot use the scratch folder " + notAFolder.resolve("scratch"));
        assertThat(calls).doesNotExist();
    }

    @Test void aRunLongerThanTheTimeoutIsKilledAndReported() throws IOException {
        Path pw = script("sleepy-pw.x", "#!/bin/sh\necho 'Program PWSCF v.6.7MaX starts'\nsleep 30\n");
        QuantumEspressoOracle oracle = new QuantumEspressoOracle(ChemicalSystem.SI.settings().withPseudoDir(fakePseudo()),
                pw.toString(), 1, Duration.ofMillis(700), tmp.resolve("scratch"));
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> oracle.label("slow", Fixtures.diamondSi()))
                .isInstanceOfSatisfying(OracleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(OracleException.Reason.TIMEOUT);
                    assertThat(e.outputTail()).contains("Program PWSCF");
                });
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(15);
    }

    @Test void unconvergedScfIsAFailureNotALabel() throws IOException {
        Path out = tmp.resolve("nc.out");
        Files.writeString(out, Fixtures.text("fe2-notconverged.out"));
        Path pw = script("nc-pw.x", "#!/bin/sh\ncat " + out + "\nexit 0\n");
        QuantumEspressoOracle oracle = new QuantumEspressoOracle(ChemicalSystem.FE.settings().withPseudoDir(fakePseudo()),
                pw.toString(), 1, Duration.ofSeconds(20), tmp.resolve("scratch"));
        assertThatThrownBy(() -> oracle.label("fe", Fixtures.displacedBccFe()))
                .isInstanceOfSatisfying(OracleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(OracleException.Reason.NOT_CONVERGED);
                    assertThat(e.outputTail()).contains("convergence NOT achieved");
                });
    }

    @Test void crashIsReportedWithTheTailOfTheOutput() throws IOException {
        Path out = tmp.resolve("crash.out");
        Files.writeString(out, Fixtures.text("si2-crash.out"));
        Path pw = script("crash-pw.x", "#!/bin/sh\ncat " + out + "\nexit 2\n");
        QuantumEspressoOracle oracle = new QuantumEspressoOracle(ChemicalSystem.SI.settings().withPseudoDir(fakePseudo()),
                pw.toString(), 1, Duration.ofSeconds(20), tmp.resolve("scratch"));
        assertThatThrownBy(() -> oracle.label("si", Fixtures.diamondSi()))
                .isInstanceOfSatisfying(OracleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(OracleException.Reason.CRASHED);
                    assertThat(e.getMessage()).contains("exited with code 2");
                    assertThat(e.outputTail()).contains("tag PP_HEADER not found");
                });
    }

    @Test void aCompleteOutputBecomesALabelInEvAndGpa() throws IOException {
        Path out = tmp.resolve("si.out");
        Files.writeString(out, Fixtures.text("si2-rattled.out"));
        Path pw = script("ok-pw.x", "#!/bin/sh\ntest -f pw.in || exit 3\ncat " + out + "\n");
        QuantumEspressoOracle oracle = new QuantumEspressoOracle(ChemicalSystem.SI.settings().withPseudoDir(fakePseudo()),
                pw.toString(), 1, Duration.ofSeconds(20), tmp.resolve("scratch"));
        Label l = assertNoThrow(() -> oracle.label("si", Fixtures.diamondSi()));
        assertThat(l.energy()).isCloseTo(-15.73427494 * PwOutput.RY_EV, within(1e-9));
        assertThat(l.forces()[0][0]).isCloseTo(-0.04606501 * PwOutput.RY_PER_BOHR_TO_EV_PER_A, within(1e-9));
        assertThat(l.spinPolarised()).isFalse();
    }

    private interface Call { Label run() throws Exception; }

    private static Label assertNoThrow(Call c) {
        try {
            return c.run();
        } catch (Exception e) {
            throw new AssertionError("expected a label, got " + e, e);
        }
    }

    private Path fakePseudo() throws IOException {
        Path d = Files.createDirectories(tmp.resolve("pseudo"));
        for (String f : new String[]{"Si.pbe-rrkj.UPF", ChemicalSystem.FE.settings().pseudopotential(org.activemat.engine.chem.Element.of("Fe"))}) Files.writeString(d.resolve(f), "fake");
        return d;
    }

    private Path script(String name, String body) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }
}

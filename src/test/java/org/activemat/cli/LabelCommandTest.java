package org.activemat.cli;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.oracle.qe.ChemicalSystem;
import org.activemat.engine.oracle.qe.PwOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LabelCommandTest {
    @TempDir Path tmp;

    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        return ActiveMatCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test void unknownSystemIsBadInput() {
        assertThat(run("label", "--system", "Xx", "--count", "3", "--out", tmp.resolve("x.extxyz").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown system 'Xx'", "Si, C, Fe or TiO");
    }

    @Test void missingPwxIsBadInputAndWritesNothing() {
        Path outFile = tmp.resolve("Si.extxyz");
        int code = run("label", "--system", "Si", "--count", "3", "--out", outFile.toString(),
                "--pw", tmp.resolve("bin/pw.x").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("MISSING_EXECUTABLE", "bin/pw.x");
        // found before the references' header is printed and before the frames file is locked
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(outFile).doesNotExist();
        assertThat(tmp.resolve("Si.extxyz.lock")).doesNotExist();
    }
    @Test void aMistypedOutputsFolderOrANonPositiveTimeoutIsRefusedUpFront() {
        Path outFile = tmp.resolve("Si.extxyz");
        assertThat(run("label", "--system", "Si", "--count", "3", "--out", outFile.toString(),
                "--from-outputs", tmp.resolve("no-such-folder").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--from-outputs", "no such folder");
        assertThat(run("label", "--system", "Si", "--count", "3", "--out", outFile.toString(), "--timeout", "-5")).isEqualTo(2);
        assertThat(err.toString()).contains("--timeout must be at least 1 second, got -5");
        assertThat(outFile).doesNotExist();
    }

    @Test void eitherACountOrAStructuresFile() {
        assertThat(run("label", "--system", "Si", "--out", tmp.resolve("x.extxyz").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("give either --count", "--structures FILE");
    }

    /** For a cluster: the inputs pw.x would run, one per structure and named by id, and nothing computed. */
    @Test void writeInputsWritesOnePwxInputPerStructureAndRunsNothing() throws Exception {
        Path mine = tmp.resolve("mine.extxyz"), dir = tmp.resolve("inputs");
        Files.writeString(mine, frame("md/0001", "Si", "Si") + frame("md/0002", "Si", "Si"));
        assertThat(run("label", "--system", "Si", "--structures", mine.toString(), "--write-inputs", dir.toString(),
                "--pseudo-dir", "/cluster/pseudo", "--pw", tmp.resolve("no/pw.x").toString())).isEqualTo(0);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(stem("md/0001") + ".in", stem("md/0002") + ".in", "ids.tsv");
        assertThat(Files.readString(dir.resolve("ids.tsv"))).contains(stem("md/0001") + ".in\tmd/0001");
        }
        assertThat(Files.readString(dir.resolve(stem("md/0002") + ".in"))).contains("pseudo_dir = '/cluster/pseudo'", "nat = 2",
                "ecutwfc = 20", "Si.pbe-rrkj.UPF", "CELL_PARAMETERS angstrom", "K_POINTS automatic");
        assertThat(out.toString()).contains("wrote 2 pw.x inputs to", "PBE, 20/80 Ry, k-spacing 0.35 Å⁻¹", "/cluster/pseudo");

        assertThat(run("label", "--system", "C", "--count", "3", "--write-inputs", tmp.resolve("c").toString())).isZero();
        try (var files = Files.list(tmp.resolve("c"))) { assertThat(files.filter(f -> f.toString().endsWith(".in"))).hasSize(3); }
    }

    @Test void eitherAnOutputFileOrAnInputsFolder() {
        assertThat(run("label", "--system", "Si", "--count", "3")).isEqualTo(2);
        assertThat(err.toString()).contains("give either --out FILE (run pw.x here) or --write-inputs DIR (inputs only)");
    }

    @Test void ownStructuresWithAForeignElementAreRefusedByFileAndEntry() throws Exception {
        Path mine = tmp.resolve("mine.extxyz");
        Files.writeString(mine, frame("si-1", "Si", "Si") + frame("sige-2", "Si", "Ge"));
        assertThat(run("label", "--system", "Si", "--structures", mine.toString(), "--out", tmp.resolve("o.extxyz").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("mine.extxyz", "entry 'sige-2'", "contains Ge", "Si settings");
        assertThat(tmp.resolve("o.extxyz")).doesNotExist();
    }

    /**
     * The user's own cells are labelled under their own ids, with forces, formation energy and provenance, and a second
     * run computes nothing. A stand-in pw.x prints a real 2-atom Si output.
     */
    @Test void ownStructuresAreLabelledOnceUnderTheirIds() throws Exception {
        Path canned = tmp.resolve("si2.out"), pseudo = Files.createDirectories(tmp.resolve("pseudo"));
        try (var in = getClass().getResourceAsStream("/org/activemat/engine/oracle/si2-rattled.out")) {
            Files.write(canned, in.readAllBytes());
        }
        Files.writeString(pseudo.resolve("Si.pbe-rrkj.UPF"), "fake");
        Path pw = tmp.resolve("pw.x"), calls = tmp.resolve("calls");
        Files.writeString(pw, "#!/bin/sh\necho run >> " + calls + "\ncat " + canned + "\n");
        Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path mine = tmp.resolve("snapshots.extxyz"), labelled = tmp.resolve("labelled.extxyz"), refs = tmp.resolve("refs.json");
        Files.writeString(mine, frame("md-0001", "Si", "Si") + frame("md-0002", "Si", "Si"));
        Files.writeString(refs, "{\"Si\": {\"settings\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                ChemicalSystem.SI.settings().withPseudoDir(pseudo).describe())
                + ", \"mu_eV_per_atom\": {\"Si\": -107.0}, \"calculations\": []}}");
        String[] args = {"label", "--system", "Si", "--structures", mine.toString(), "--out", labelled.toString(),
                "--pw", pw.toString(), "--pseudo-dir", pseudo.toString(), "--references", refs.toString(), "--jobs", "2"};

        assertThat(run(args)).as(err.toString()).isZero();
        Dataset d = DatasetFormats.read(labelled);
        assertThat(d.entries()).extracting(Entry::id).containsExactlyInAnyOrder("md-0001", "md-0002");
        Entry e = d.entries().get(0);
        double energy = -15.73427494 * PwOutput.RY_EV;
        assertThat(e.property("energy").orElseThrow()).isCloseTo(energy, within(1e-6));
        assertThat(e.property("formation_energy_per_atom").orElseThrow()).isCloseTo(energy / 2 + 107.0, within(1e-6));
        assertThat(e.siteArrays().get("forces")).hasDimensions(2, 3);
        assertThat(e.info()).containsEntry("prototype", "user").containsEntry("transformation", "from snapshots.extxyz");
        assertThat(out.toString()).contains("Si: 2 converged frames", "2 new");
        assertThat(Files.readAllLines(calls)).hasSize(2);

        assertThat(run(args)).isZero();
        assertThat(Files.readAllLines(calls)).as("nothing is computed twice").hasSize(2);
        assertThat(DatasetFormats.read(labelled).entries()).hasSize(2);
    }

    /**
     * The round trip for a cluster: inputs written here, run elsewhere (a real pw.x output of the diamond cell), read
     * back as frames with formation energies; a structure without an output waits, a wrong output is refused.
     */
    @Test void outputsComputedElsewhereAreReadBackAsFramesAndCheckedAgainstTheirStructures() throws Exception {
        Path mine = tmp.resolve("mine.extxyz"), outputs = tmp.resolve("outputs"), labelled = tmp.resolve("labelled.extxyz");
        Path refs = tmp.resolve("refs.json");
        Files.writeString(mine, frame("md/0001", "Si", "Si") + "2\nLattice=\"0 2.8 2.8 2.8 0 2.8 2.8 2.8 0\" "
                + "Properties=species:S:1:pos:R:3 id=md-0002\nSi 0 0 0\nSi 1.4 1.4 1.4\n");
        Files.writeString(refs, "{\"Si\": {\"settings\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                ChemicalSystem.SI.settings().describe()) + ", \"mu_eV_per_atom\": {\"Si\": -107.0}, \"calculations\": []}}");
        assertThat(run("label", "--system", "Si", "--structures", mine.toString(), "--write-inputs", outputs.toString())).isZero();
        try (var in = getClass().getResourceAsStream("/org/activemat/engine/oracle/si2.out")) {
            Files.write(outputs.resolve(stem("md/0001") + ".out"), in.readAllBytes());   // what pw.x -in that input printed
        }
        String[] args = {"label", "--system", "Si", "--structures", mine.toString(), "--from-outputs", outputs.toString(),
                "--out", labelled.toString(), "--references", refs.toString(), "--pw", tmp.resolve("no/pw.x").toString()};

        assertThat(run(args)).as(err.toString()).isZero();
        Entry e = DatasetFormats.read(labelled).entries().get(0);
        assertThat(e.id()).isEqualTo("md/0001");
        double energy = -15.73953869 * PwOutput.RY_EV;
        assertThat(e.property("energy").orElseThrow()).isCloseTo(energy, within(1e-6));
        assertThat(e.property("formation_energy_per_atom").orElseThrow()).isCloseTo(energy / 2 + 107.0, within(1e-6));
        assertThat(e.property("wall_seconds").orElseThrow()).isPositive();
        assertThat(err.toString()).contains("pw.x outputs in", "1 of the structures have no output in");

        String whole = Files.readString(outputs.resolve(stem("md/0001") + ".out"));   // a run still going, or killed by the queue
        Files.writeString(outputs.resolve("md-0002.out"), whole.substring(0, whole.indexOf("End of self-consistent")));
        assertThat(run(args)).as(err.toString()).isZero();
        assertThat(err.toString()).contains("1 outputs have no JOB DONE yet", "md-0002.out");
        assertThat(tmp.resolve("labelled.failed.tsv")).as("not a failure: it may still finish").doesNotExist();

        Files.copy(outputs.resolve(stem("md/0001") + ".out"), outputs.resolve("md-0002.out"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);   // the wrong file
        assertThat(run(args)).isEqualTo(2);
        assertThat(err.toString()).contains("md-0002.out", "has another cell", "(structure 'md-0002')");
        assertThat(DatasetFormats.read(labelled).entries()).as("nothing written from a wrong output").hasSize(1);
    }

    /** A stand-in pw.x printing a real 2-atom Si output (after running script), and references for its settings. */
    private String[] fakePwx(String script) throws Exception {
        Path canned = tmp.resolve("si2.out"), pseudo = Files.createDirectories(tmp.resolve("pseudo"));
        try (var in = getClass().getResourceAsStream("/org/activemat/engine/oracle/si2-rattled.out")) {
            Files.write(canned, in.readAllBytes());
        }
        Files.writeString(pseudo.resolve("Si.pbe-rrkj.UPF"), "fake");
        Path pw = tmp.resolve("pw.x"), refs = tmp.resolve("refs.json");
        Files.writeString(pw, "#!/bin/sh\n" + script + "\ncat " + canned + "\n");
        Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(refs, "{\"Si\": {\"settings\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                ChemicalSystem.SI.settings().withPseudoDir(pseudo).describe())
                + ", \"mu_eV_per_atom\": {\"Si\": -107.0}, \"calculations\": []}}");
        Path mine = tmp.resolve("mine.extxyz");
        Files.writeString(mine, frame("md-0001", "Si", "Si") + frame("md-0002", "Si", "Si"));
        return new String[]{"label", "--system", "Si", "--structures", mine.toString(), "--pw", pw.toString(),
                "--pseudo-dir", pseudo.toString(), "--references", refs.toString()};
    }

    private static String[] with(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    /** A frames file the reader cannot parse (here a # line between frames) is refused in one line, and not touched. */
    @Test void aFramesFileThatDoesNotParseIsRefusedWithFileAndLineAndLeftAsItWas() throws Exception {
        Path labelled = tmp.resolve("labelled.extxyz");
        String content = frame("a", "Si", "Si") + "# second batch\n" + frame("b", "Si", "Si");
        Files.writeString(labelled, content);
        assertThat(run(with(fakePwx("echo run >> " + tmp.resolve("calls")), "--out", labelled.toString()))).isEqualTo(2);
        assertThat(err.toString()).contains("activemat: labelled.extxyz:5: expected the number of atoms of frame 2");
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
        assertThat(Files.readString(labelled)).isEqualTo(content);
        assertThat(tmp.resolve("calls")).as("pw.x never ran").doesNotExist();
    }

    /**
     * Each pw.x run gets a folder of its own under --scratch: a new name, owner-only, gone afterwards. A scratch folder
     * that cannot be made stops the command (exit 2, saying so) and marks no structure as failed.
     */
    @Test void scratchFoldersArePrivateAndAnUnusableOneStopsTheRunWithoutRecordingFailures() throws Exception {
        Path scratch = Files.createDirectories(tmp.resolve("scratch")), seen = tmp.resolve("seen");
        String[] args = fakePwx("echo run >> " + tmp.resolve("calls") + "\n(pwd; stat -c %a .) >> " + seen);
        Path labelled = tmp.resolve("labelled.extxyz");
        assertThat(run(with(args, "--out", labelled.toString(), "--scratch", scratch.toString()))).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(seen);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isNotEqualTo(lines.get(2));
        for (int i = 0; i < 4; i += 2) {
            assertThat(Path.of(lines.get(i)).getParent()).isEqualTo(scratch.toRealPath());
            assertThat(Path.of(lines.get(i)).getFileName().toString()).startsWith("activemat-pwx-md-000");
            assertThat(lines.get(i + 1)).isEqualTo("700");
        }
        try (var left = Files.list(scratch)) { assertThat(left).as("removed afterwards").isEmpty(); }

        Path notAFolder = Files.writeString(tmp.resolve("file"), "x"), other = tmp.resolve("other.extxyz");
        err.getBuffer().setLength(0);
        assertThat(run(with(args, "--out", other.toString(), "--scratch", notAFolder.resolve("sub").toString()))).isEqualTo(2);
        assertThat(err.toString()).contains("ENVIRONMENT", "cannot use the scratch folder", "not of the structure");
        assertThat(tmp.resolve("other.failed.tsv")).as("no structure is to blame").doesNotExist();
        assertThat(other).doesNotExist();
    }

    /** A 2-atom diamond-Si-like extended XYZ frame. */
    private static String frame(String id, String a, String b) {
        return "2\nLattice=\"0 2.735 2.735 2.735 0 2.735 2.735 2.735 0\" Properties=species:S:1:pos:R:3 id=" + id + "\n"
                + a + " 0 0 0\n" + b + " 1.3675 1.3675 1.3675\n";
    }

    /** The file name a structure's input and output get: not its id, which may hold any character. */
    private static String stem(String id) { return org.activemat.engine.data.DataFiles.fileStem(id); }
}

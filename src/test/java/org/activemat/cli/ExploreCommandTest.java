package org.activemat.cli;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.io.ResultsFile;
import org.activemat.engine.loop.RoundResult;
import org.activemat.engine.oracle.qe.QuantumEspressoOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ExploreCommandTest {
    @TempDir Path tmp;

    private static final Path SI_SAMPLE = Path.of("sample-data", "Si.extxyz");

    private static DescribeCommandTest.Run run(String... args) { return DescribeCommandTest.run(args); }

    @Test void thePoolMayNotBeDrawnWithTheSamplesSeed() {
        var r = run("explore", "--system", "Si", "--pool-seed", "2601", "--out", tmp.resolve("x.extxyz").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--pool-seed 2601", "choose another seed");
    }

    @Test void aTestSetOfAnotherSystemIsBadInput() throws Exception {
        Path test = tmp.resolve("gaas.csv");
        Files.writeString(test, "id,formula,formation_energy_per_atom\nm1,GaAs,-0.4\n");
        var r = run("explore", "--system", "Si", "--test", test.toString(), "--out", tmp.resolve("x.extxyz").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("gaas.csv", "outside Si");
        assertThat(tmp.resolve("x.extxyz")).doesNotExist();
    }

    @Test void aProtocolLargerThanThePoolIsBadInput() {
        assumeTrue(Files.exists(SI_SAMPLE), "no bundled Si sample");
        var r = run("explore", "--system", "Si", "--pool", "10", "--initial", "8", "--queries", "2", "--batch", "5",
                "--out", tmp.resolve("x.extxyz").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("needs 18 labels");
    }

    /** Three real pw.x runs on 2-atom Si cells (pool seed 3 draws only 2-atom cells first), about half a minute. */
    @Test void labelsThePicksWithPwxScoresOnTheSampleAndResumesWithoutRecomputing() throws Exception {
        assumeTrue(Files.exists(SI_SAMPLE), "no bundled Si sample");
        assumeTrue(QuantumEspressoOracle.findOnPath("pw.x") != null, "pw.x not on PATH: install quantum-espresso to run this test");
        Path out = tmp.resolve("si-live.extxyz"), results = tmp.resolve("si-live.activemat"), csv = tmp.resolve("c.csv");
        String[] args = {"explore", "--system", "Si", "--pool", "4", "--pool-seed", "3", "--initial", "2", "--queries", "1",
                "--batch", "1", "--strategies", "uncertainty", "--members", "2", "--hidden", "8", "--epochs", "20",
                "--out", out.toString(), "--results", results.toString(), "--csv", csv.toString()};
        var first = run(args);
        assertThat(first.code()).as(first.err()).isZero();

        Dataset labels = DatasetFormats.read(out);
        assertThat(labels.entries()).hasSize(3).allSatisfy(e -> {
            assertThat(e.id()).startsWith("Si-s3-");
            assertThat(e.sites()).isEqualTo(2);
            assertThat(e.property("formation_energy_per_atom")).isPresent();
        });
        ResultsDocument doc = ResultsFile.read(results);
        assertThat(doc.runs()).hasSize(1);
        assertThat(doc.toResult().runs().get(0).rounds()).extracting(RoundResult::labelled).containsExactly(2, 3);
        assertThat(doc.toResult().runs().get(0).testPredictions().ids()).hasSize(DatasetFormats.read(SI_SAMPLE).size());
        assertThat(first.out()).contains("uncertainty", "3 of the pool's 4 structures are labelled");
        assertThat(first.err()).containsPattern("at most 3 new pw.x runs, about [0-9hms]+ at the test set's mean time per structure");
        assertThat(doc.exploration()).as("how to regenerate the pool").satisfies(e -> {
            assertThat(e.system()).isEqualTo("Si");
            assertThat(e.poolSize()).isEqualTo(4);
            assertThat(e.poolSeed()).isEqualTo(3);
            assertThat(e.testSet().sha256()).isEqualTo(DatasetFormats.read(SI_SAMPLE).fingerprint());
            assertThat(e.oracle()).containsEntry("functional", "PBE");
        });
        assertThat(doc.toResult().runs().get(0).rounds().get(1).addedIds())
                .isSubsetOf(org.activemat.engine.oracle.labelling.ExplorationRun.pool(org.activemat.engine.oracle.qe.ChemicalSystem.SI, 4, 3)
                        .stream().map(org.activemat.engine.oracle.Candidate::id).toList());

        String curves = Files.readString(csv);
        var second = run(args);
        assertThat(second.code()).isZero();
        assertThat(second.err()).doesNotContain("E=");   // no new pw.x run
        assertThat(Files.readString(csv)).isEqualTo(curves);
        assertThat(DatasetFormats.read(out).entries()).extracting(Entry::id)
                .containsExactlyElementsOf(labels.entries().stream().map(Entry::id).toList());
    }
    /**
     * The pool can be the user's own structures: the picks come from the file, keep its ids, and the results file names
     * the file with its fingerprint so the workbench can read the pool again. A stand-in pw.x prints a real 2-atom Si
     * output (every label the same energy, which is all the wiring needs).
     */
    @Test void thePoolCanBeTheUsersOwnStructures() throws Exception {
        assumeTrue(Files.exists(SI_SAMPLE), "no bundled Si sample");
        Path canned = tmp.resolve("si2.out"), pseudo = Files.createDirectories(tmp.resolve("pseudo"));
        try (var in = getClass().getResourceAsStream("/org/activemat/engine/oracle/si2-rattled.out")) {
            Files.write(canned, in.readAllBytes());
        }
        Files.writeString(pseudo.resolve("Si.pbe-rrkj.UPF"), "fake");
        Path pw = tmp.resolve("pw.x");
        Files.writeString(pw, "#!/bin/sh\ncat " + canned + "\n");
        Files.setPosixFilePermissions(pw, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Path refs = tmp.resolve("refs.json");
        Files.writeString(refs, "{\"Si\": {\"settings\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                org.activemat.engine.oracle.qe.ChemicalSystem.SI.settings().withPseudoDir(pseudo).describe())
                + ", \"mu_eV_per_atom\": {\"Si\": -107.0}, \"calculations\": []}}");
        Path mine = tmp.resolve("md.extxyz");
        StringBuilder frames = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            double a = 2.6 + 0.05 * i, d = a / 2 + 0.02 * i;   // six different 2-atom cells
            frames.append(String.format(java.util.Locale.ROOT, "2%nLattice=\"0 %.3f %.3f %.3f 0 %.3f %.3f %.3f 0\" "
                    + "Properties=species:S:1:pos:R:3 id=md-%d%nSi 0 0 0%nSi %.3f %.3f %.3f%n", a, a, a, a, a, a, i, d, d, d));
        }
        Files.writeString(mine, frames);
        Path out = tmp.resolve("labels.extxyz"), results = tmp.resolve("md.activemat");

        var r = run("explore", "--system", "Si", "--pool-file", mine.toString(), "--initial", "2", "--queries", "1",
                "--batch", "2", "--strategies", "uncertainty", "--members", "2", "--hidden", "4", "--epochs", "5",
                "--pw", pw.toString(), "--pseudo-dir", pseudo.toString(), "--references", refs.toString(),
                "--out", out.toString(), "--results", results.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("pool: 6 structures (from " + mine);
        assertThat(DatasetFormats.read(out).entries()).hasSize(4).allSatisfy(e -> assertThat(e.id()).startsWith("md-"));
        var e = ResultsFile.read(results).exploration();
        assertThat(e.poolSize()).isEqualTo(6);
        assertThat(e.poolFile().sha256()).isEqualTo(DatasetFormats.read(mine).fingerprint());
        assertThat(org.activemat.engine.oracle.labelling.ExplorationRun.pool(e)).extracting(org.activemat.engine.oracle.Candidate::id)
                .containsExactly("md-0", "md-1", "md-2", "md-3", "md-4", "md-5");

        var both = run("explore", "--system", "Si", "--pool-file", mine.toString(), "--pool", "50", "--out", out.toString());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("--pool-file replaces --pool");

        Path overlapping = tmp.resolve("overlap.extxyz");   // two of the test set's own cells
        var sample = DatasetFormats.read(SI_SAMPLE).entries().subList(0, 2);
        try (var w = Files.newBufferedWriter(overlapping)) {
            org.activemat.engine.data.formats.ExtXyzWriter.write(w, sample);
        }
        var overlap = run("explore", "--system", "Si", "--pool-file", overlapping.toString(), "--initial", "1", "--queries", "1",
                "--batch", "1", "--out", out.toString());
        assertThat(overlap.code()).isEqualTo(2);
        assertThat(overlap.err()).contains("overlap.extxyz shares 2 structure id(s) with the test set", sample.get(0).id());
    }
}

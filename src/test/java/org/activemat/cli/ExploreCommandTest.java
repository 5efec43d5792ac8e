package org.activemat.cli;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.io.ResultsFile;
import org.activemat.engine.loop.RoundResult;
import org.activemat.engine.oracle.QuantumEspressoOracle;
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
                .isSubsetOf(org.activemat.engine.oracle.ExplorationRun.pool(org.activemat.engine.oracle.ChemicalSystem.SI, 4, 3)
                        .stream().map(org.activemat.engine.oracle.generator.Candidate::id).toList());

        String curves = Files.readString(csv);
        var second = run(args);
        assertThat(second.code()).isZero();
        assertThat(second.err()).doesNotContain("E=");   // no new pw.x run
        assertThat(Files.readString(csv)).isEqualTo(curves);
        assertThat(DatasetFormats.read(out).entries()).extracting(Entry::id)
                .containsExactlyElementsOf(labels.entries().stream().map(Entry::id).toList());
    }
}

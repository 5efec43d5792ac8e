package org.activemat.engine.io;

import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.ExperimentRunner;
import org.activemat.engine.loop.ExperimentSummary;
import org.activemat.engine.loop.LoopFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultsFileTest {
    @TempDir Path dir;

    private static ExperimentResult small() {
        return new ExperimentRunner().run(LoopFixtures.synthetic(80), LoopFixtures.reduced(2), null, null);
    }

    @Test
    void writesAndReadsBackEveryNumber() throws Exception {
        ExperimentResult r = small();
        ResultsDocument doc = ResultsDocument.of(r, new DatasetInfo("synthetic", "s.xyz", "extxyz", "ab12", 80),
                "paper-17", List.of("f0", "f1"), "energy_per_atom", "0.1.0");
        Path file = dir.resolve("out/results.json");
        ResultsFile.write(file, doc);
        ResultsDocument back = ResultsFile.read(file);
        assertThat(back.schemaVersion()).isEqualTo(ResultsFile.SCHEMA_VERSION);
        assertThat(back.settings()).isEqualTo(r.plan());
        assertThat(back.dataset()).isEqualTo(doc.dataset());
        assertThat(ResultsFile.toJson(back)).isEqualTo(ResultsFile.toJson(doc));
        assertThat(back.runs().get(3).rounds().get(2).addedIds()).isEqualTo(r.runs().get(3).rounds().get(2).addedIds());
        assertThat(back.runs().get(1).testPredictions().std()).containsExactly(r.runs().get(1).testPredictions().std());
    }

    /** A live experiment records how to regenerate its pool and what it was scored on; a replayed one records none. */
    @Test
    void keepsALiveExperimentsPoolAndTestSet() throws Exception {
        DatasetInfo test = new DatasetInfo("Si sample", "sample-data/Si.extxyz", "extxyz", "cd34", 320);
        ResultsDocument doc = ResultsDocument.of(small(), new DatasetInfo("labels", "Si-pool7.extxyz", "extxyz", "ab12", 12),
                "paper-17", List.of("f0", "f1"), "energy_per_atom", "0.1.0")
                .withExploration(new ExplorationInfo("Si", 40, 7, test, java.util.Map.of("ecutwfc_Ry", "20")));
        Path file = dir.resolve("live.activemat");
        ResultsFile.write(file, doc);
        ExplorationInfo back = ResultsFile.read(file).exploration();
        assertThat(back).isEqualTo(doc.exploration());
        assertThat(back.testSet().sha256()).isEqualTo("cd34");
        assertThat(ResultsFile.read(Path.of(getClass().getResource("/results/results-v1.json").toURI())).exploration()).isNull();
    }

    /** A file saved by schema version 1 must keep opening (src/test/resources/results/results-v1.json). */
    @Test
    void loadsASavedSchemaVersion1File() throws Exception {
        Path saved = Path.of(getClass().getResource("/results/results-v1.json").toURI());
        ResultsDocument doc = ResultsFile.read(saved);
        assertThat(doc.schemaVersion()).isEqualTo(1);
        assertThat(doc.settings().strategyNames()).containsExactly("random", "hybrid");
        assertThat(doc.settings().strategy("hybrid").params()).containsEntry("alpha", 0.6);
        assertThat(doc.settings().model().backend()).isEqualTo("smile-mlp");
        assertThat(doc.settings().pairing()).isEqualTo(org.activemat.engine.loop.Pairing.PER_STRATEGY);
        assertThat(doc.runs()).hasSize(4);
        assertThat(doc.runs().get(0).rounds()).hasSize(3);
        assertThat(doc.dataset().sha256()).isEqualTo("0123456789abcdef");
        ExperimentSummary s = ExperimentSummary.of(doc.toResult());
        assertThat(s.curves().get("hybrid").labelled()).containsExactly(10, 15, 20);
        assertThat(s.comparisons().get("hybrid").finalMae()).isPositive();
    }

    /** A file saved by schema version 2 (strategy specs with parameters, model backend, pairing) reopens as saved. */
    @Test
    void loadsASavedSchemaVersion2File() throws Exception {
        ResultsDocument doc = ResultsFile.read(Path.of(getClass().getResource("/results/results-v2.json").toURI()));
        assertThat(doc.schemaVersion()).isEqualTo(2);
        assertThat(doc.settings().strategyNames()).containsExactly("random", "hybrid");
        assertThat(doc.settings().strategy("hybrid").value("alpha")).isEqualTo(0.4);
        assertThat(doc.settings().model().backend()).isEqualTo("smile-mlp");
        assertThat(doc.settings().model().settings().hiddenLayers()).containsExactly(8);
        assertThat(doc.settings().pairing()).isEqualTo(org.activemat.engine.loop.Pairing.SHARED);
        assertThat(doc.runs()).hasSize(4);
        assertThat(ExperimentSummary.of(doc.toResult()).curves().get("hybrid").labelled()).containsExactly(10, 15, 20);
        Path again = dir.resolve("again.activemat");
        ResultsFile.write(again, doc);
        assertThat(ResultsFile.read(again).settings()).isEqualTo(doc.settings());
    }

    @Test
    void refusesNewerSchemasAndForeignFilesNamingThePlace() throws Exception {
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, "{\"schemaVersion\": 99}");
        assertThatThrownBy(() -> ResultsFile.read(newer)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("newer.json:$.schemaVersion").hasMessageContaining("newer ActiveMat");
        Path foreign = dir.resolve("foreign.json");
        Files.writeString(foreign, "[1, 2]");
        assertThatThrownBy(() -> ResultsFile.read(foreign)).isInstanceOf(DataFormatException.class).hasMessageContaining("foreign.json:$");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n\"schemaVersion\": 1,\n\"runs\": [ {\"seed\": \"x\"} ]\n}");
        assertThatThrownBy(() -> ResultsFile.read(broken)).isInstanceOf(DataFormatException.class).hasMessageContaining("broken.json:$.runs[0].seed");
        Path noRounds = dir.resolve("norounds.json");
        Files.writeString(noRounds, "{\"schemaVersion\": 1, \"settings\": {\"strategies\": [\"random\"], \"seeds\": [0]},"
                + " \"runs\": [ {\"strategy\": \"random\", \"seed\": 0, \"rounds\": []} ]}");
        assertThatThrownBy(() -> ResultsFile.read(noRounds)).isInstanceOf(DataFormatException.class)
                .hasMessageContaining("norounds.json:$.runs[0].rounds").hasMessageContaining("at least one round");
        Path truncated = dir.resolve("truncated.json");
        Files.writeString(truncated, "{\n\"schemaVersion\": 1,\n\"runs\": [");
        assertThatThrownBy(() -> ResultsFile.read(truncated)).isInstanceOf(DataFormatException.class).hasMessageContaining("truncated.json:3");
    }

    @Test
    void curvesCsvHasOneRowPerRunAndRound() throws Exception {
        StringWriter w = new StringWriter();
        CurvesCsv.write(w, small());
        String[] lines = w.toString().split("\n");
        assertThat(lines[0]).isEqualTo("strategy,seed,round,labeled,mae,rmse,r2");
        assertThat(lines).hasSize(1 + 4 * 3);
        assertThat(lines[1]).startsWith("random,0,0,10,");
        assertThat(lines[12]).startsWith("hybrid,1,2,20,");
    }
}

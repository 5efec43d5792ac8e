package org.activemat.cli;

import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.io.ResultsFile;
import org.activemat.engine.loop.ExperimentSummary;
import org.activemat.engine.loop.RoundResult;
import org.activemat.engine.loop.RunResult;
import org.activemat.engine.stats.LearningCurve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class RunCommandTest {
    @TempDir Path dir;
    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        return ActiveMatCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static Path shared(String file) {
        Path p = Path.of(System.getProperty("activemat.sharedData", "../shared/data")).resolve(file);
        assumeTrue(Files.isRegularFile(p), "shared DFT data not found at " + p + " (set -Dactivemat.sharedData); skipping");
        return p;
    }

    /** End to end on real DFT data (MP Li-Fe-O entries, energy per atom), reduced protocol: the curve must go down. */
    @Test
    void reducedRunOnRealDataLearnsAndSavesEverything() throws Exception {
        Path data = shared("emmet/Li-Fe-O.json.gz");
        Path json = dir.resolve("results.json"), csv = dir.resolve("curves.csv");
        int code = run("run", "--data", data.toString(), "--target", "energy_per_atom", "--strategies", "random,diversity",
                "--seeds", "2", "--members", "2", "--hidden", "32,32", "--epochs", "30", "--threads", "2",
                "--out", json.toString(), "--csv", csv.toString());
        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("random").contains("diversity").contains("final MAE");
        assertThat(err.toString()).contains("kept 313 of 375").contains("done: 4 of 4 runs");

        ResultsDocument doc = ResultsFile.read(json);
        assertThat(doc.dataset().sha256()).hasSize(64);
        assertThat(doc.target()).isEqualTo("energy_per_atom");
        assertThat(doc.featureNames()).hasSize(17);
        for (RunResult r : doc.runs()) {
            assertThat(r.rounds()).extracting(RoundResult::labelled).containsExactly(30, 45, 60, 75, 90, 105);
            assertThat(r.testPredictions().ids()).hasSize(63); // 20 % of 313
        }
        LearningCurve random = ExperimentSummary.of(doc.toResult()).curves().get("random");
        assertThat(random.maeMean()[5]).as("MAE at 105 labels vs 30").isLessThan(random.maeMean()[0]);
        assertThat(Files.readAllLines(csv)).hasSize(1 + 4 * 6).first().isEqualTo("strategy,seed,round,labeled,mae,rmse,r2");
    }

    /** The bundled samples record each structure's pw.x time, so the summary also says what each strategy's labels cost. */
    @Test
    void summaryAddsTheDftTimeOfEachStrategysLabelsWhenTheDataRecordsIt() throws Exception {
        Path si = Path.of("sample-data", "Si.extxyz");
        assumeTrue(Files.exists(si), "no bundled Si sample");
        int code = run("run", "--data", si.toString(), "--target", "formation_energy_per_atom", "--strategies", "random,uncertainty",
                "--seeds", "2", "--initial", "10", "--queries", "1", "--batch", "5", "--members", "2", "--hidden", "8",
                "--epochs", "10", "--out", dir.resolve("r.json").toString());
        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("DFT time of labels").containsPattern("uncertainty .* \\d+ ± \\d+ (s|min)");
        assertThat(out.toString().lines().filter(l -> l.startsWith("random")).findFirst().orElseThrow()).containsPattern("\\d+ ± \\d+ (s|min)$");
    }

    /** After the summary, where each stopping rule would have stopped, with the test MAE of the recorded curve there. */
    @Test
    void runPrintsTheStoppingTableAndTheRecalibratedCoverage() throws Exception {
        Path si = Path.of("sample-data", "Si.extxyz");
        assumeTrue(Files.exists(si), "no bundled Si sample");
        Path json = dir.resolve("r.json");
        int code = run("run", "--data", si.toString(), "--target", "formation_energy_per_atom", "--strategies", "random,uncertainty",
                "--seeds", "2", "--initial", "10", "--queries", "3", "--batch", "5", "--members", "2", "--hidden", "8",
                "--epochs", "10", "--stop-budget", "20", "--stop-window", "1", "--quiet", "--out", json.toString());
        assertThat(code).as(err.toString()).isEqualTo(0);
        String o = out.toString();
        assertThat(o).contains("within 2σ raw→recal", "recal: the std recalibrated without the test set (scale, prequential residuals)");
        assertThat(o).contains("stopping rules", "budget           stop at 20 labels",
                "plateau          held-out MAE improves < 5 % over 1 round", "predicted error  mean calibrated σ of the pool < 0.3");
        java.util.List<String> table = o.lines().dropWhile(l -> !l.startsWith("strategy     rule")).toList();
        assertThat(table.get(0)).contains("labels at stop", "stopped early", "test MAE then", "final MAE", "vs final");
        // labels 10, 15, 20, 25: the budget stops both runs of each strategy at round 2, before the end
        double[] atStop = ResultsFile.read(json).runs().stream().filter(r -> r.strategy().equals("random"))
                .mapToDouble(r -> r.rounds().get(2).metrics().mae()).toArray();
        String mae = String.format(java.util.Locale.ROOT, "%.4g", (atStop[0] + atStop[1]) / 2);
        assertThat(table.get(1)).startsWith("random").contains("budget").containsPattern(" 20 +2/2 +" + mae.replace(".", "\\.") + " ");
        assertThat(table.get(2)).contains("plateau");
        assertThat(table.get(3)).contains("predicted error");
        assertThat(table.get(4)).startsWith("uncertainty").contains("budget").containsPattern(" 20 +2/2 ");

        assertThat(run("run", "--data", si.toString(), "--target", "formation_energy_per_atom", "--recalibration", "guess",
                "--out", json.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--recalibration guess: expected one of off, scale, isotonic");
    }

    @Test
    void unknownTargetIsBadInputNamingTheFile() {
        Path data = shared("pymatgen-core/TiO2_entries.json");
        assertThat(run("run", "--data", data.toString(), "--target", "enthalpy", "--out", dir.resolve("r.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("TiO2_entries.json").contains("no property 'enthalpy'").doesNotContain("Exception");
    }

    @Test
    void tooFewEntriesForTheProtocolIsBadInputThatSaysWhy() {
        Path data = shared("pymatgen-core/TiO2_entries.json");
        assertThat(run("run", "--data", data.toString(), "--target", "data.formation_energy_per_atom", "--out", dir.resolve("r.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("TiO2_entries.json").contains("needs 105 labels");
        assertThat(dir.resolve("r.json")).doesNotExist();
    }

    @Test
    void badOptionsAreBadInput() {
        assertThat(run("run", "--data", "x.json", "--target", "y", "--out", "r.json", "--strategies", "greedy")).isEqualTo(2);
        assertThat(run("run", "--data", dir.resolve("missing.xyz").toString(), "--target", "y", "--out", "r.json")).isEqualTo(2);
        assertThat(err.toString()).contains("missing.xyz");
        assertThat(run("bench", "--synthetic", "--preset", "fast")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown preset 'fast'");
        assertThat(run("bench", "--synthetic", "--data", "x.extxyz")).isEqualTo(2);
        assertThat(err.toString()).contains("--synthetic and --data: give one or the other");
        assertThat(run("bench", "--all-samples", "--data", "x.extxyz")).isEqualTo(2);
        assertThat(err.toString()).contains("--all-samples times the bundled systems: leave out --data");
        // 0 is the settings' "default", but typed by a user it is a mistake
        assertThat(run("bench", "--synthetic", "--calibration-residuals", "cv", "--cv-folds", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--cv-folds must be at least 2, got 0");
        assertThat(run("bench", "--synthetic", "--stop-window", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--stop-window must be at least 1, got 0");
    }

    @Test
    void benchReportsWallTimeAndThroughput() {
        int code = run("bench", "--synthetic", "--quiet", "--strategies", "random,uncertainty", "--seeds", "1", "--members", "2",
                "--hidden", "16", "--epochs", "5", "--threads", "2");
        assertThat(code).as(err.toString()).isEqualTo(0);
        // 2 runs × (30+45+60+75+90+105 = 405) labelled × 2 members × 5 epochs, less round 0 (30 labels) of the run that shared it
        assertThat(out.toString()).contains("built-in synthetic set").contains("7800 sample-epochs trained").containsPattern("wall: [0-9.]+ s");
    }
}

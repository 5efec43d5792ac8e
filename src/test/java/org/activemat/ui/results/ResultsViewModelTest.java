package org.activemat.ui.results;

import org.activemat.engine.io.DatasetInfo;
import org.activemat.engine.io.ExplorationInfo;
import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.io.ResultsFile;
import org.activemat.engine.loop.ExperimentRunner;
import org.activemat.engine.loop.LoopFixtures;
import org.activemat.engine.oracle.qe.ChemicalSystem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsViewModelTest {
    private static ResultsDocument doc() {
        var result = new ExperimentRunner().run(LoopFixtures.synthetic(80), LoopFixtures.reduced(2), null, null);
        return ResultsDocument.of(result, new DatasetInfo("Si-pool3", "Si-pool3.extxyz", "extxyz", "ab", 10), "paper-17",
                List.of(), "formation_energy_per_atom", "test");
    }

    /** Numbers from pw.x on generated structures and numbers replayed from a file must not read alike. */
    @Test void theHeadlineSaysWhereTheLabelsCameFrom() {
        ResultsViewModel vm = new ResultsViewModel();
        vm.show(doc());
        assertThat(vm.headlineProperty().get()).startsWith("Labels replayed from Si-pool3 (10 entries). 4 runs");
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.cost()).isNull());
        // random is the baseline; the other strategy is compared with it, paired by seed, and the verdict says so in words
        assertThat(vm.rows()).filteredOn(r -> r.strategy().equals("random")).singleElement()
                .satisfies(r -> assertThat(r.vsBaseline()).isEqualTo("—"));
        assertThat(vm.rows()).filteredOn(r -> !r.strategy().equals("random")).allSatisfy(r -> {
            assertThat(r.vsBaseline()).matches("[+-]\\d+\\.\\d % \\([+-]\\d+\\.\\d … [+-]\\d+\\.\\d\\)");
            assertThat(r.finalMaeText()).contains("±");
        });
        assertThat(vm.verdictProperty().get()).contains("random").contains("2 seeds");
        java.util.Map<String, Double> seconds = new java.util.HashMap<>();
        for (int i = 0; i < 80; i++) seconds.put("s-" + i, 30.0);   // every structure cost 30 s
        vm.setLabelSeconds(seconds);
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.cost().formatted()).isEqualTo("10 ± 0 min"));   // 20 labels × 30 s

        vm.show(doc().withExploration(new ExplorationInfo("Si", 30, 3, new DatasetInfo("Si", "Si.extxyz", "extxyz", "cd", 320),
                ChemicalSystem.SI.settings().describe())));
        assertThat(vm.headlineProperty().get()).startsWith("Labels computed live with pw.x (PBE, 20/80 Ry) for a pool of 30 "
                + "generated Si structures (seed 3); every round scored on Si (320 entries). 4 runs");

        vm.show(doc().withExploration(new ExplorationInfo("Si", 12, 0, new DatasetInfo("Si", "Si.extxyz", "extxyz", "cd", 320),
                ChemicalSystem.SI.settings().describe(), new DatasetInfo("md-snapshots", "/x/md-snapshots.extxyz", "extxyz", "ab", 12))));
        assertThat(vm.headlineProperty().get()).startsWith("Labels computed live with pw.x (PBE, 20/80 Ry) for a pool of the 12 "
                + "structures of md-snapshots.extxyz; every round scored on Si (320 entries).");
    }

    /** The share of a run's test errors no larger than 2 × scale × its std, counted by hand. */
    private static double within2Sigma(org.activemat.engine.loop.RunResult run, double scale) {
        var p = run.testPredictions();
        int in = 0;
        for (int i = 0; i < p.truth().length; i++) if (Math.abs(p.truth()[i] - p.mean()[i]) <= 2 * scale * p.std()[i]) in++;
        return (double) in / p.truth().length;
    }

    /** Within 2σ: the share of test errors the ensemble's spread covers, per run and then averaged over seeds. */
    @Test void calibrationSaysHowManyTestErrorsTheSpreadCovers() {
        ResultsDocument d = doc();
        ResultsViewModel vm = new ResultsViewModel();
        vm.show(d);
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> {
            double expected = d.runs().stream().filter(run -> run.strategy().equals(r.strategy()))
                    .mapToDouble(run -> within2Sigma(run, 1)).average().orElseThrow();
            assertThat(r.within2Sigma()).isBetween(0.0, 1.0).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-12));
            // widened by its factor, each run's spread covers at least 95 % of its errors; a little less wide, fewer
            double covered = d.runs().stream().filter(run -> run.strategy().equals(r.strategy())).mapToDouble(run -> {
                var p = run.testPredictions();
                double k = org.activemat.engine.stats.Coverage.widening95(p.truth(), p.mean(), p.std());
                assertThat(org.activemat.engine.stats.Coverage.within(2 * k * 0.999, p.truth(), p.mean(), p.std())).isLessThan(0.95);
                return org.activemat.engine.stats.Coverage.within(2 * k, p.truth(), p.mean(), p.std());
            }).min().orElseThrow();
            assertThat(covered).isGreaterThanOrEqualTo(0.95);
            assertThat(r.widening95()).isNotNegative();
        });
        vm.strategyProperty().set(vm.rows().get(0).strategy());
        var pooled = vm.predictionsProperty().get();
        assertThat(pooled.within2Sigma()).isBetween(0.0, 1.0);
        // each point knows its structure, for the plots' hover text
        var first = d.runs().stream().filter(run -> run.strategy().equals(pooled.strategy())).findFirst().orElseThrow().testPredictions();
        assertThat(pooled.ids()).hasSize(pooled.truth().length).startsWith(first.ids().get(0));
        assertThat(pooled.truth()[0]).isEqualTo(first.truth()[0]);
    }

    /** Next to the raw coverage, the coverage of each run's test std through the scale its last round fitted without the test set. */
    @Test void theRecalibratedCoverageUsesTheFinalRoundsFactorOnTheTestStd() {
        ResultsDocument d = doc();
        ResultsViewModel vm = new ResultsViewModel();
        vm.show(d);
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> {
            double expected = d.runs().stream().filter(run -> run.strategy().equals(r.strategy()))
                    .mapToDouble(run -> within2Sigma(run, run.lastRound().estimates().calibration().scale())).average().orElseThrow();
            assertThat(r.within2SigmaRecalibrated()).isEqualTo(expected);
            assertThat(r.within2SigmaText()).isEqualTo(Math.round(100 * r.within2Sigma()) + "→" + Math.round(100 * expected));
            assertThat(r.widening95Text()).matches("×\\d+\\.\\d→×\\d+\\.\\d");
        });
        vm.strategyProperty().set("random");
        assertThat(vm.predictionsProperty().get().within2SigmaRecalibrated()).isBetween(0.0, 1.0);
    }

    /** One row per strategy; for each rule the labels at its stop, the test MAE then against the final, and early stops. */
    @Test void theStoppingTabSaysWhereEachRuleWouldHaveStopped() throws Exception {
        ResultsDocument d = doc();   // 10 + 2 × 5 labels, 2 seeds
        ResultsViewModel vm = new ResultsViewModel();
        vm.show(d);
        StoppingRows s = vm.stopping();
        assertThat(s.rules()).containsExactly("budget", "plateau", "predicted error");
        assertThat(s.descriptions().get(0)).isEqualTo("stop at 20 labels");   // the schedule's total by default
        assertThat(s.noteProperty().get()).contains("without the test set", "prequential");
        assertThat(s.rows()).extracting(StoppingRows.Row::strategy).containsExactly("random", "hybrid");
        StoppingRows.Row random = s.rows().get(0);
        double finalMae = d.runs().stream().filter(r -> r.strategy().equals("random")).mapToDouble(r -> r.lastRound().metrics().mae())
                .average().orElseThrow();
        assertThat(random.finalMae()).isEqualTo(finalMae);
        assertThat(random.labels(0)).isEqualTo("20");
        assertThat(random.mae(0)).isEqualTo(String.format(java.util.Locale.ROOT, "%.4g (+0.0 %%)", finalMae));
        assertThat(random.early(0)).isEqualTo("0/2");
        // with window 2 the plateau needs 4 held-out errors: 2 query rounds never give them, so the runs go to the end
        assertThat(random.labels(1)).isEqualTo("20");
        assertThat(random.early(1)).isEqualTo("0/2");

        // a file written before the estimates were recorded: the budget is judged, the others are not
        vm.show(ResultsFile.read(java.nio.file.Path.of(getClass().getResource("/results/results-v2.json").toURI())));
        assertThat(vm.stopping().rows().get(0).mae(1)).isEqualTo("not recorded");
        assertThat(vm.stopping().rows().get(0).labels(0)).isEqualTo("20");
        assertThat(vm.rows().get(0).within2SigmaText()).endsWith("→—");
        vm.clear();
        assertThat(vm.stopping().rows()).isEmpty();
    }
}

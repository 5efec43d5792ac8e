package org.activemat.ui.study;

import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.model.MlpSettings;
import org.activemat.engine.model.Optimizer;
import org.activemat.engine.task.CancellationToken;
import org.activemat.engine.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Study panel's logic without a toolkit: planning problems, runs as the listener reports them, a study file reopened. */
class StudyViewModelTest {
    @TempDir Path dir;

    static final List<Path> TWO = List.of(Path.of("sample-data", "Si.extxyz"), Path.of("sample-data", "C.extxyz"));

    /** 2 strategies × 2 seeds, 8 + 2×4 labels, 2 MLPs of 8 units for 3 epochs: a study in about a second. */
    static void tiny(StudyViewModel vm) {
        vm.basePlanProperty().set(ExperimentPlan.paper().withSchedule(8, 2, 4)
                .withModel(new MlpSettings(2, List.of(8), 3, 8, 0.01, 0.9, Optimizer.SGD_MOMENTUM)).withThreads(2));
        vm.strategies().setAll("random", "uncertainty");
        vm.seedsProperty().set(2);
    }

    @Test void twoDatasetsOfOneNameBecomeTwoSystems(@TempDir Path dir) throws Exception {
        StudyViewModel vm = new StudyViewModel(List.of());
        Path a = Files.createDirectories(dir.resolve("a")).resolve("Si.extxyz"), b = Files.createDirectories(dir.resolve("b")).resolve("Si.extxyz");
        Files.copy(Path.of("sample-data/Si.extxyz"), a);
        Files.copy(Path.of("sample-data/Si.extxyz"), b);
        vm.addSystem(a);
        vm.addSystem(b);
        vm.addSystem(a);   // once only
        assertThat(vm.systems()).extracting(StudyViewModel.SystemChoice::name).containsExactly("Si", "Si-2");
    }

    @Test void aBadSweepShowsItsProblemInsteadOfRunning() throws Exception {
        StudyViewModel vm = new StudyViewModel(TWO);
        tiny(vm);
        vm.sweepTextProperty().set("batch");
        assertThat(vm.problemsProperty().get()).startsWith("Sweep: ");   // as it is typed
        vm.sweepTextProperty().set("batch=5,10");
        assertThat(vm.problemsProperty().get()).isEmpty();
        vm.sweepTextProperty().set("batch");
        StudyViewModel.Prepared p = vm.prepare();
        assertThat(vm.begin(p)).isFalse();
        assertThat(vm.problemsProperty().get()).isNotEmpty();
        // parses, but the strategy is not in the study: Sweep.apply says so when planning
        vm.sweepTextProperty().set("hybrid.alpha=0.2,0.6");
        assertThat(vm.begin(vm.prepare())).isFalse();
        assertThat(vm.problemsProperty().get()).contains("not among the strategies");
        vm.systems().forEach(s -> s.selectedProperty().set(false));
        vm.sweepTextProperty().set("");
        assertThat(vm.begin(vm.prepare())).isFalse();
        assertThat(vm.problemsProperty().get()).contains("at least one system");
    }

    @Test void runsAppearAsTheListenerReportsThemAndTheStudyReopens() throws Exception {
        StudyViewModel vm = new StudyViewModel(TWO);
        tiny(vm);
        assertThat(vm.systems()).extracting(StudyViewModel.SystemChoice::name).containsExactly("Si", "C");
        StudyViewModel.Prepared p = vm.prepare();
        assertThat(vm.begin(p)).isTrue();
        long[] last = {0};
        var listener = vm.listener((done, total, m) -> last[0] = done, org.activemat.engine.study.Study.totalMembers(p.planned()));
        var runs = p.study().run(p.planned(), new org.activemat.engine.study.StudyListener() {
            @Override public void memberTrained(String s, int seed, int round, int member) { listener.memberTrained(s, seed, round, member); }

            @Override public void experimentStarted(int i, int n, String system, String v) { listener.experimentStarted(i, n, system, v); }

            @Override public void experimentFinished(org.activemat.engine.study.StudyRun run) {
                listener.experimentFinished(run);
                if (run.system().equals("Si")) {   // the first system shows before the second finishes
                    assertThat(vm.drain()).isTrue();
                    assertThat(vm.verdicts()).singleElement().asString().startsWith("Si: ");
                    assertThat(vm.figures()).hasSize(2);
                }
            }
        }, new CancellationToken(), "test");
        assertThat(last[0]).isEqualTo(org.activemat.engine.study.Study.totalMembers(p.planned()));
        vm.finish(runs);
        assertThat(vm.runs()).hasSize(2);
        assertThat(vm.verdicts()).hasSize(2).anySatisfy(v -> assertThat(v).startsWith("C: "));
        assertThat(vm.rows()).hasSize(4);   // 2 systems × 2 strategies
        assertThat(vm.cells(vm.rows().get(0))).first().isEqualTo("Si");
        List<String> verdicts = List.copyOf(vm.verdicts());

        Path file = vm.save(dir, "test");
        StudyViewModel back = new StudyViewModel(List.of());
        back.open(file);
        assertThat(back.systems()).extracting(StudyViewModel.SystemChoice::name).containsExactly("Si", "C");
        assertThat(back.systems()).allMatch(StudyViewModel.SystemChoice::isSelected);
        assertThat(back.verdicts()).containsExactlyElementsOf(verdicts);
        assertThat(back.seedsProperty().get()).isEqualTo(2);
        assertThat(back.report("activemat study", "test").summaries()).hasSize(2);
    }
}

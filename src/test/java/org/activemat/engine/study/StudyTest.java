package org.activemat.engine.study;

import org.activemat.engine.data.DatasetFilters;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.experiment.ReplaySpec;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.model.MlpSettings;
import org.activemat.engine.model.Optimizer;
import org.activemat.engine.task.CancellationToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Several systems, one operation: paired per system, Holm across the study, saved and reopened, swept. */
class StudyTest {
    @TempDir Path dir;

    private static final String TARGET = "formation_energy_per_atom";

    private static ExperimentPlan tiny() {
        return ExperimentPlan.paper().withStrategies(List.of("random", "uncertainty")).withSeeds(List.of(0, 1, 2))
                .withSchedule(8, 2, 4).withModel(new MlpSettings(2, List.of(8), 3, 8, 0.01, 0.9, Optimizer.SGD_MOMENTUM))
                .withThreads(2);
    }

    private static StudySystem system(String name) throws Exception {
        Path f = Path.of("sample-data", name + ".extxyz");
        return new StudySystem(name, new ReplaySpec(DatasetFormats.read(f), f.toString(), TARGET, "paper-17", List.of(),
                DatasetFilters.Settings.paper(TARGET), tiny()));
    }

    @Test void runsEverySystemPairsBySeedAndReopensFromItsFile() throws Exception {
        Study study = new Study(List.of(system("Si"), system("C")), null);
        List<Study.Planned> planned = study.plan();
        assertThat(Study.problems(planned)).isEmpty();
        assertThat(Study.totalMembers(planned)).isEqualTo(2L * 2 * 3 * 3 * 2);   // systems × strategies × seeds × rounds × members
        List<StudyRun> runs = study.run(planned, null, new CancellationToken(), "test");
        assertThat(runs).extracting(StudyRun::system).containsExactly("Si", "C");
        for (StudyRun r : runs) {
            assertThat(r.results().runs()).hasSize(6);
            assertThat(r.summary().comparison("uncertainty")).get().satisfies(c -> assertThat(c.seeds()).containsExactly(0, 1, 2));
            assertThat(r.summary().verdict()).contains(r.system());
        }
        // Holm across the study: the family is both systems' comparisons, so each adjusted p is at least its raw p
        double rawSi = runs.get(0).summary().comparison("uncertainty").orElseThrow().finalMae().p();
        assertThat(runs.get(0).summary().comparison("uncertainty").orElseThrow().holmP()).isGreaterThanOrEqualTo(rawSi);

        Path file = StudyFile.write(dir, runs, null, "activemat study", "test");
        assertThat(dir.resolve("Si.activemat")).exists();
        List<StudyRun> back = StudyFile.read(file);
        assertThat(back).extracting(StudyRun::system).containsExactly("Si", "C");
        assertThat(back.get(1).summary()).isEqualTo(runs.get(1).summary());
    }

    @Test void aSweepRunsEachValueWithTheSameSeeds() throws Exception {
        Study study = new Study(List.of(system("Si")), Sweep.parse("batch=2,4"));
        List<StudyRun> runs = study.run(study.plan(), null, new CancellationToken(), "test");
        assertThat(runs).extracting(StudyRun::sweepValue).containsExactly("2", "4");
        assertThat(runs.get(0).results().settings().batchSize()).isEqualTo(2);
        assertThat(runs.get(1).results().runs().get(0).lastRound().labelled()).isEqualTo(8 + 2 * 4);
        // same seeds, same split and initial labels: round 0 does not depend on the swept batch size
        assertThat(runs.get(0).results().runs().get(0).rounds().get(0)).usingRecursiveComparison().ignoringFields("trainSeconds")
                .withComparatorForType(Double::compare, Double.class)   // the same bits; NaN (not recorded at round 0) too
                .isEqualTo(runs.get(1).results().runs().get(0).rounds().get(0));
        assertThat(StudyFile.resultsName(runs.get(1), Sweep.parse("batch=2,4"))).isEqualTo("Si-batch-4.activemat");
    }

    @Test void sweepsNameWhatTheyCannotDo() throws Exception {
        ReplaySpec si = system("Si").replay();
        assertThat(Sweep.parse("hybrid.alpha=0.2").setting()).isEqualTo("hybrid.alpha");
        assertThatThrownBy(() -> Sweep.parse("hybrid.alpha=0.2").apply(si, "0.2")).hasMessageContaining("not among the strategies");
        assertThatThrownBy(() -> Sweep.parse("batch=2.5").apply(si, "2.5")).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> Sweep.parse("colour=red").apply(si, "red")).hasMessageContaining("cannot sweep 'colour'");
        assertThatThrownBy(() -> Sweep.parse("batch")).hasMessageContaining("SETTING=V1,V2");
        assertThat(Sweep.parse("members=3").apply(si, "3").plan().model().members()).isEqualTo(3);
        assertThat(Sweep.parse("descriptors=composition-8").apply(si, "composition-8").descriptors()).isEqualTo("composition-8");
    }
}

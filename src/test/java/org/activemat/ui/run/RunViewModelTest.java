package org.activemat.ui.run;

import org.activemat.engine.loop.ExperimentListener;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.RoundResult;
import org.activemat.engine.model.MlpSettings;
import org.activemat.engine.stats.Metrics;
import org.activemat.ui.common.ProgressTracker;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Live curves and pick replay from engine events, without a JavaFX toolkit. */
class RunViewModelTest {
    private static final ExperimentPlan PLAN = new ExperimentPlan(
            org.activemat.engine.strategy.StrategySpec.of(List.of("random", "diversity")), List.of(0, 1), 0.2, 2, 2, 1,
            org.activemat.engine.model.ModelSpec.standard().withSettings(MlpSettings.paper().withMembers(2)), 2,
            org.activemat.engine.loop.Pairing.SHARED);

    private static RoundResult round(int r, double mae, String... ids) {
        return new RoundResult(r, 2 + r, new Metrics(mae, mae * 1.2, 1 - mae), List.of(ids),
                java.util.Arrays.stream(ids).map(i -> r == 0 ? "initial random label" : "variance rank 1").toList(), 0.1);
    }

    @Test void eventsFromWorkerThreadsShowUpOnlyWhenDrained() throws Exception {
        RunViewModel vm = new RunViewModel();
        vm.start(PLAN);
        ProgressTracker progress = new ProgressTracker();
        ExperimentListener l = vm.listener(progress);
        Thread worker = new Thread(() -> {
            l.memberTrained("random", 0, 0, 0);
            l.roundFinished("random", 0, round(0, 0.30, "a", "b"));
            l.roundFinished("random", 1, round(0, 0.50, "c", "d"));
            l.roundFinished("random", 0, round(1, 0.20, "e"));
        });
        worker.start();
        worker.join();
        assertThat(vm.curvesProperty().get()).isEmpty();          // nothing touched the properties from the worker
        assertThat(progress.sample().done()).isEqualTo(1);
        assertThat(progress.sample().total()).isEqualTo(2L * 2 * 3 * 2);   // runs × rounds × members
        vm.drain();
        CurveSeries random = vm.curvesProperty().get().get(0);
        assertThat(random.labels()).containsExactly(2, 3);         // round 1 reached by one seed so far
        assertThat(random.maeMean()[0]).isCloseTo(0.40, within(1e-12));
        assertThat(random.maeStd()[0]).isCloseTo(Math.sqrt(0.02), within(1e-12));   // sample std of 0.3, 0.5
        assertThat(random.seedsPerRound()).containsExactly(2, 1);
    }

    @Test void theRoundSliderReplaysTheLabelledSetAndExplainsPicks() {
        RunViewModel vm = new RunViewModel();
        vm.start(PLAN);
        ExperimentListener l = vm.listener(new ProgressTracker());
        l.roundFinished("random", 0, round(0, 0.3, "a", "b"));
        l.roundFinished("random", 0, round(1, 0.2, "c"));
        l.roundFinished("random", 0, round(2, 0.1, "d"));
        vm.drain();
        assertThat(vm.maxRoundProperty().get()).isEqualTo(2);
        assertThat(vm.picksProperty().get().labelled()).containsExactlyInAnyOrder("a", "b", "c", "d");
        vm.viewRoundProperty().set(1);
        PickView p = vm.picksProperty().get();
        assertThat(p.labelled()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(p.batch()).containsExactly("c");
        assertThat(p.explain("c")).contains("round 1").contains("variance rank 1");
        assertThat(p.explain("a")).contains("initial random draw");
        assertThat(p.explain("d")).isNull();                       // picked later than the round shown
        assertThat(vm.pickRounds("random", 0)).containsEntry("d", 2);
    }

    private static RoundResult adaptiveRound(int r, String arm, String why, String id) {
        String reason = r == 0 ? "initial random label" : new org.activemat.engine.strategy.AdaptiveChoice(arm, why).prefix() + "random draw: …";
        return new RoundResult(r, 2 + r, new Metrics(0.1, 0.12, 0.9), List.of(id), List.of(reason), 0.1);
    }

    /** The bandit's choice of each round shows under the curves as rounds arrive, and behind the batch being viewed. */
    @Test void theAdaptiveStrategysChoiceOfEachRoundIsShownLive() {
        ExperimentPlan plan = PLAN.withStrategies(List.of("random", "adaptive"));
        RunViewModel vm = new RunViewModel();
        vm.start(plan);
        ExperimentListener l = vm.listener(new ProgressTracker());
        l.roundFinished("adaptive", 0, adaptiveRound(0, null, null, "a"));
        l.roundFinished("adaptive", 0, adaptiveRound(1, "lcmd", "p = 0.25; no reward observed yet", "b"));
        assertThat(vm.adaptiveLineProperty().get()).isEmpty();   // not drained yet
        vm.drain();
        assertThat(vm.adaptiveLineProperty().get()).isEqualTo("adaptive, seed 0, the strategy behind each round's batch — round 1: lcmd  (hover for why)");
        l.roundFinished("adaptive", 0, adaptiveRound(2, "random", "p = 0.31; mean reward: random 0.55 over 1 round", "c"));
        vm.drain();
        assertThat(vm.adaptiveLineProperty().get()).contains("round 1: lcmd · 2: random");
        assertThat(vm.adaptiveDetailsProperty().get()).startsWith("round 1: lcmd (p = 0.25; no reward observed yet)\n"
                + "round 2: random (p = 0.31; mean reward: random 0.55 over 1 round)\n").contains("0.5 = no change");
        // the map shows random: its batches were not chosen by a bandit
        assertThat(vm.viewStrategyProperty().get()).isEqualTo("random");
        assertThat(vm.batchChoiceProperty().get()).isEmpty();
        vm.viewStrategyProperty().set("adaptive");
        assertThat(vm.batchChoiceProperty().get()).isEqualTo("Batch chosen by random: p = 0.31; mean reward: random 0.55 over 1 round.");
        vm.viewRoundProperty().set(1);
        assertThat(vm.batchChoiceProperty().get()).startsWith("Batch chosen by lcmd");
        vm.viewRoundProperty().set(0);
        assertThat(vm.batchChoiceProperty().get()).isEmpty();     // the initial random draw
        vm.viewSeedProperty().set(1);                               // nothing reported for seed 1 yet
        assertThat(vm.adaptiveLineProperty().get()).isEmpty();
    }
}

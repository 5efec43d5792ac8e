package org.activemat.engine.loop;

import org.activemat.engine.stats.Metrics;
import org.activemat.engine.stats.SpreadCalibration;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping rules judged from recorded rounds: the stop each rule names, and the test MAE of that round. */
class StoppingSummaryTest {
    private static final double NaN = Double.NaN;
    // 30 + 5 × 15 labels; budget 60, plateau window 1 at 10 %, predicted-error threshold 0.05
    private static final ExperimentPlan PLAN = ExperimentPlan.paper().withStrategies(List.of("random")).withSeeds(List.of(0, 1))
            .withStopping(new StoppingSettings(60, 1, 0.10, 0.05));

    private static RunResult run(int seed, double[] testMae, double[] heldOut, double[] poolSigma) {
        List<RoundResult> rounds = new ArrayList<>();
        SpreadCalibration fit = new SpreadCalibration(SpreadCalibration.SCALE, 2, null, null, 15);
        for (int r = 0; r < testMae.length; r++)
            rounds.add(new RoundResult(r, 30 + 15 * r, new Metrics(testMae[r], testMae[r], 0.5), List.of(), List.of(), 0,
                    new RoundEstimates(15, heldOut[r], poolSigma[r] / 2, poolSigma[r], 0.2, Double.isNaN(poolSigma[r]) ? null : fit)));
        return new RunResult("random", seed, rounds, new TestPredictions(List.of(), new double[0], new double[0], new double[0]), 0);
    }

    @Test void eachRuleStopsWhereItsSignalSaysAndTheTestMaeIsTakenFromThatRound() {
        double[] mae0 = {0.40, 0.30, 0.20, 0.16, 0.15, 0.14}, mae1 = {0.50, 0.40, 0.30, 0.25, 0.22, 0.20};
        // seed 0: held-out 0.3 → 0.2 (−33 %) → 0.19 (−5 % < 10 %): plateau at round 3; σ below 0.05 at round 4
        RunResult a = run(0, mae0, new double[]{NaN, 0.3, 0.2, 0.19, 0.18, 0.17}, new double[]{NaN, 0.2, 0.1, 0.06, 0.04, 0.03});
        // seed 1: every round improves by 20 % or more; σ never below 0.05
        RunResult b = run(1, mae1, new double[]{NaN, 0.5, 0.4, 0.3, 0.2, 0.1}, new double[]{NaN, 0.3, 0.2, 0.1, 0.08, 0.06});
        var outcomes = StoppingSummary.of(new ExperimentResult(PLAN, List.of(a, b), true, 0)).get("random");
        assertThat(outcomes).extracting(o -> o.rule().name()).containsExactly("budget", "plateau", "predicted error");

        StoppingSummary.Outcome budget = outcomes.get(0), plateau = outcomes.get(1), sigma = outcomes.get(2);
        assertThat(budget.runs()).isEqualTo(2);
        assertThat(budget.stoppedEarly()).isEqualTo(2);
        assertThat(budget.labelsAtStop()).isEqualTo(60);                 // round 2 of both
        assertThat(budget.maeAtStop()).isEqualTo((0.20 + 0.30) / 2);
        assertThat(budget.finalLabels()).isEqualTo(105);
        assertThat(budget.finalMae()).isEqualTo((0.14 + 0.20) / 2);

        assertThat(plateau.stoppedEarly()).isEqualTo(1);
        assertThat(plateau.labelsAtStop()).isEqualTo((75 + 105) / 2.0);   // round 3 of seed 0; seed 1 runs to the end
        assertThat(plateau.maeAtStop()).isEqualTo((0.16 + 0.20) / 2);

        assertThat(sigma.stoppedEarly()).isEqualTo(1);
        assertThat(sigma.labelsAtStop()).isEqualTo((90 + 105) / 2.0);      // round 4 of seed 0
        assertThat(sigma.maeAtStop()).isEqualTo((0.15 + 0.20) / 2);
        assertThat(sigma.threshold()).isEqualTo(0.05);
        assertThat(sigma.setting("eV/atom")).isEqualTo("mean calibrated σ of the pool < 0.05 eV/atom");
        assertThat(budget.labelsSavedPercent()).isEqualTo((105 - 60) * 100.0 / 105);
    }

    @Test void theAutomaticThresholdIsAFractionOfTheInitialLabelsStdAndRoundsWithoutEstimatesAreNotJudged() {
        ExperimentPlan auto = PLAN.withStopping(StoppingSettings.DEFAULT);
        RunResult a = run(0, new double[]{0.4, 0.3, 0.2, 0.16, 0.15, 0.14}, new double[6], new double[]{NaN, 0.2, 0.1, 0.07, 0.05, 0.04});
        var outcomes = StoppingSummary.of(new ExperimentResult(auto, List.of(a), true, 0)).get("random");
        // 0.3 × 0.2 = 0.06: first below at round 4 (0.05)
        assertThat(outcomes.get(2).threshold()).isEqualTo(0.3 * 0.2);
        assertThat(outcomes.get(2).labelsAtStop()).isEqualTo(90);
        assertThat(outcomes.get(2).setting("eV/atom")).endsWith("(0.0600 eV/atom on average)");
        assertThat(outcomes.get(0).labelsAtStop()).isEqualTo(105);   // budget 0 = the schedule's total

        List<RoundResult> bare = a.rounds().stream().map(r -> new RoundResult(r.round(), r.labelled(), r.metrics(), List.of(), List.of(), 0)).toList();
        RunResult old = new RunResult("random", 0, bare, a.testPredictions(), 0);
        var judged = StoppingSummary.of(new ExperimentResult(auto, List.of(old), true, 0)).get("random");
        assertThat(judged.get(0).runs()).isEqualTo(1);
        assertThat(judged.get(1).runs()).isZero();
        assertThat(judged.get(2).runs()).isZero();
    }
}

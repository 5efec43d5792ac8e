package org.activemat.engine.study;

import org.activemat.engine.stats.*;

import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.RoundResult;
import org.activemat.engine.loop.RunResult;
import org.activemat.engine.loop.TestPredictions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

class PairedSummaryTest {
    private static final double REL = 1e-7; // per cent, i.e. 1e-9 relative

    // final MAE per seed; uncertainty did not finish seed 4. Rounds at 30, 45, 60 labels:
    // random 0.30, 0.20, r; diversity 0.30, 0.19, s; uncertainty 0.31, 0.21, u
    private static final double[] R = {0.100, 0.120, 0.090, 0.110, 0.105}, S = {0.092, 0.105, 0.088, 0.097, 0.099},
            U = {0.108, 0.125, 0.097, 0.118};

    static ExperimentResult result() {
        ExperimentPlan plan = ExperimentPlan.paper().withStrategies(List.of("random", "uncertainty", "diversity"))
                .withSchedule(30, 2, 15);
        List<RunResult> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) runs.add(run("random", i, 0.30, 0.20, R[i]));
        for (int i = 0; i < 4; i++) runs.add(run("uncertainty", i, 0.31, 0.21, U[i]));
        for (int i = 0; i < 5; i++) runs.add(run("diversity", i, 0.30, 0.19, S[i]));
        return new ExperimentResult(plan, runs, false, 1);
    }

    static RunResult run(String strategy, int seed, double... mae) {
        List<RoundResult> rounds = new ArrayList<>();
        for (int r = 0; r < mae.length; r++)
            rounds.add(new RoundResult(r, 30 + 15 * r, new Metrics(mae[r], mae[r], 0.5), List.of(), List.of(), 0));
        return new RunResult(strategy, seed, rounds, new TestPredictions(List.of(), new double[0], new double[0], new double[0]), 0);
    }

    @Test
    void comparesEachStrategyWithRandomOverPairedSeeds() {
        PairedSummary sum = PairedSummary.of("Ti–O", result());
        assertThat(sum.comparisons()).extracting(PairedSummary.Comparison::strategy).containsExactly("uncertainty", "diversity");

        // scipy 1.17 on d = 100·(s − r)/r: mean, sd (ddof 1), CI with t.ppf(0.975, 4), ttest_rel(d, 0), d_z
        PairedSummary.Comparison div = sum.comparison("diversity").orElseThrow();
        assertThat(div.seeds()).containsExactly(0, 1, 2, 3, 4);
        assertThat(div.finalMae().mean()).isCloseTo(-8.050937950937952, withinPercentage(REL));
        assertThat(div.finalMae().low()).isCloseTo(-13.37066563642173, withinPercentage(REL));
        assertThat(div.finalMae().high()).isCloseTo(-2.7312102654541723, withinPercentage(REL));
        assertThat(div.finalMae().p()).isCloseTo(0.013674848472289834, withinPercentage(REL));
        assertThat(div.finalMae().dz()).isCloseTo(-1.8791487828841644, withinPercentage(REL));
        // AUC per run = trapezoid over 30–60 / 30; paired in % like final MAE
        assertThat(div.auc().mean()).isCloseTo(-3.571398109635896, withinPercentage(REL));
        assertThat(div.auc().low()).isCloseTo(-4.326377670507108, withinPercentage(REL));
        assertThat(div.auc().p()).isCloseTo(0.00019408045816137932, withinPercentage(REL));
        // the mean curve 0.30, 0.19, 0.0962 reaches random's final 0.105 between 45 and 60 labels
        assertThat(div.labelsSaved().percent()).isCloseTo(2.345415778251597, withinPercentage(REL));
        assertThat(div.labelsSaved().low()).isLessThanOrEqualTo(div.labelsSaved().percent());
        assertThat(div.labelsSaved().high()).isGreaterThanOrEqualTo(div.labelsSaved().percent());
        assertThat(div.seedsNeeded()).hasValue(SeedsNeeded.of(4.284353652179244, 5).getAsInt());

        // seed 4 is missing for uncertainty, so it pairs over seeds 0–3 only
        PairedSummary.Comparison unc = sum.comparison("uncertainty").orElseThrow();
        assertThat(unc.seeds()).containsExactly(0, 1, 2, 3);
        assertThat(unc.finalMae().mean()).isCloseTo(6.804292929292929, withinPercentage(REL));
        assertThat(unc.finalMae().p()).isCloseTo(0.004681311209245033, withinPercentage(REL));
        assertThat(unc.labelsSaved().reached()).isFalse();

        // hand Holm over the two: 0.00468·2 = 0.00936, then max(0.00936, 0.01367·1)
        assertThat(unc.holmP()).isCloseTo(0.009362622418490067, withinPercentage(REL));
        assertThat(div.holmP()).isCloseTo(0.013674848472289834, withinPercentage(REL));
        assertThat(div.significant()).isTrue();
    }

    @Test
    void summarisesEveryStrategyOverItsOwnRuns() {
        PairedSummary sum = PairedSummary.of("Ti–O", result());
        PairedSummary.StrategyStats random = sum.stats("random").orElseThrow(), unc = sum.stats("uncertainty").orElseThrow();
        assertThat(random.runs()).isEqualTo(5);
        assertThat(random.finalMaeMean()).isCloseTo(0.105, within(1e-12));
        assertThat(random.aucMean()).isCloseTo(0.20125, withinPercentage(REL));
        assertThat(random.aucStd()).isCloseTo(0.00279508497187473, withinPercentage(REL));
        assertThat(unc.runs()).isEqualTo(4);
        assertThat(unc.finalMaeMean()).isCloseTo(0.112, within(1e-12));
        assertThat(unc.finalMaeStd()).isCloseTo(0.012192894105447919, withinPercentage(REL));
    }

    @Test
    void saysInWordsWhatWasSignificant() {
        PairedSummary sum = PairedSummary.of("Ti–O", result());
        assertThat(sum.seeds()).isEqualTo(4);
        assertThat(sum.verdict()).isEqualTo(
                "uncertainty is worse than random on Ti–O: +6.8 % MAE (95 % CI +4.0 … +9.6 %, p = 0.0093 after Holm); "
                        + "diversity beats random on Ti–O: −8.1 % MAE (95 % CI −13.4 … −2.7 %, p = 0.013 after Holm)");
        assertThat(sum.comparison("diversity").orElseThrow().line())
                .isEqualTo("diversity beats random on Ti–O: −8.1 % MAE (95 % CI −13.4 … −2.7 %, p = 0.013 after Holm)");
    }

    @Test
    void holmAcrossAStudyTreatsEveryComparisonAsOneFamily() {
        List<PairedSummary> study = PairedSummary.holmAcross(List.of(PairedSummary.of("A", result()), PairedSummary.of("B", result())));
        // hand Holm over (0.00468, 0.01367, 0.00468, 0.01367): 4·p, 3·p, then 2·p and 1·p under the running max
        for (PairedSummary s : study) {
            assertThat(s.comparison("uncertainty").orElseThrow().holmP()).isCloseTo(0.018725244836980133, withinPercentage(REL));
            assertThat(s.comparison("diversity").orElseThrow().holmP()).isCloseTo(0.027349696944579668, withinPercentage(REL));
            assertThat(s.verdict()).contains("p = 0.018 after Holm").contains("p = 0.027 after Holm");
        }
        assertThat(study.get(1).system()).isEqualTo("B");
    }

    @Test
    void withoutRandomThereIsNothingToCompare() {
        ExperimentResult r = result();
        ExperimentResult noRandom = new ExperimentResult(r.plan(), r.runs().stream().filter(x -> !x.strategy().equals("random")).toList(), false, 1);
        PairedSummary sum = PairedSummary.of("C", noRandom);
        assertThat(sum.comparisons()).isEmpty();
        assertThat(sum.strategies()).hasSize(2);
        assertThat(sum.verdict()).isEqualTo("random has no finished run on C: nothing to compare with");
    }

    @Test
    void undecidedWithSeedsNeededFromTheLargestSpread() {
        ExperimentPlan plan = ExperimentPlan.paper().withStrategies(List.of("random", "hybrid")).withSchedule(30, 2, 15);
        // hybrid's final MAE: +5 % and −4 % of random's on two seeds (scipy: sd 6.363961030678922, p 0.93)
        ExperimentResult r = new ExperimentResult(plan, List.of(run("random", 0, 0.3, 0.25, 0.2), run("random", 1, 0.3, 0.27, 0.25),
                run("hybrid", 0, 0.3, 0.25, 0.21), run("hybrid", 1, 0.3, 0.27, 0.24)), false, 1);
        PairedSummary sum = PairedSummary.of("Si", r);
        PairedSummary.Comparison c = sum.comparison("hybrid").orElseThrow();
        assertThat(c.finalMae().p()).isCloseTo(0.9295534250454461, withinPercentage(REL));
        // (2.8016 · 6.364 / 5)² = 12.72 → 13
        assertThat(c.seedsNeeded()).hasValue(13);
        assertThat(sum.verdict()).isEqualTo("no strategy differs from random on Si at 2 seeds; about 13 seeds would detect a 5 % difference");
    }
    @Test
    void seedsThatCannotPairDropOut() {
        ExperimentPlan plan = ExperimentPlan.paper().withStrategies(List.of("random", "hybrid", "diversity")).withSchedule(30, 2, 15);
        // hybrid ran seed 7 only, which random did not; diversity's seed 1 diverged (NaN), so only seeds 0 and 2 pair
        ExperimentResult r = new ExperimentResult(plan, List.of(run("random", 0, 0.3, 0.2, 0.10), run("random", 1, 0.3, 0.2, 0.10),
                run("random", 2, 0.3, 0.2, 0.10), run("hybrid", 7, 0.3, 0.2, 0.1), run("diversity", 0, 0.3, 0.2, 0.09),
                run("diversity", 1, 0.3, 0.2, Double.NaN), run("diversity", 2, 0.3, 0.2, 0.08)), false, 1);
        PairedSummary sum = PairedSummary.of("Fe", r);
        PairedSummary.Comparison hybrid = sum.comparison("hybrid").orElseThrow(), div = sum.comparison("diversity").orElseThrow();
        assertThat(hybrid.seeds()).isEmpty();
        assertThat(hybrid.finalMae().n()).isZero();
        assertThat(hybrid.holmP()).isNaN();
        assertThat(hybrid.seedsNeeded()).isEmpty();
        assertThat(hybrid.labelsSaved().describe()).isEqualTo("no paired seeds");
        assertThat(hybrid.line()).isEqualTo("hybrid shares no seed with random on Fe");
        assertThat(div.seeds()).containsExactly(0, 2);
        assertThat(div.finalMae().mean()).isCloseTo(-15, within(1e-9)); // −10 % and −20 %
        // d = −10, −20 %: t = −3 at 1 df, p = 0.205 (not significant); s_d = 7.071 → (2.8016 · 7.071 / 5)² = 15.7 → 16
        assertThat(div.finalMae().p()).isCloseTo(0.20483276469913325, withinPercentage(REL));
        assertThat(sum.seeds()).isEqualTo(2);
        assertThat(sum.verdict()).isEqualTo("no strategy differs from random on Fe at 2 seeds; about 16 seeds would detect a 5 % difference");
    }
}

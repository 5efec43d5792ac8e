package org.activemat.engine.loop;

import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.io.DatasetInfo;
import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.io.ResultsFile;
import org.activemat.engine.task.CancellationToken;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExperimentRunnerTest {
    private final FeatureMatrix data = LoopFixtures.synthetic(80);

    @Test
    void sameSeedsGiveTheSameNumbersWhateverTheThreadCount() throws Exception {
        ExperimentResult one = new ExperimentRunner().run(data, LoopFixtures.reduced(1), null, null);
        ExperimentResult two = new ExperimentRunner().run(data, LoopFixtures.reduced(2), null, null);
        assertThat(numbers(one)).isEqualTo(numbers(two));
        assertThat(one.runs()).hasSize(4);
        assertThat(one.complete()).isTrue();
    }

    @Test
    void aSingleRunTrainsItsMembersInParallelWithTheSameNumbers() throws Exception {
        ExperimentPlan plan = LoopFixtures.reduced(1).withStrategies(List.of("uncertainty")).withSeeds(List.of(3));
        Set<String> threads = Collections.synchronizedSet(new HashSet<>());
        ExperimentListener seen = new ExperimentListener() {
            @Override public void memberTrained(String s, int seed, int round, int member) { threads.add(Thread.currentThread().getName()); }
        };
        ExperimentResult one = new ExperimentRunner().run(data, plan, null, null);
        ExperimentResult two = new ExperimentRunner().run(data, plan.withThreads(2), seen, null);
        assertThat(threads).allSatisfy(n -> assertThat(n).startsWith("activemat-member-"));
        assertThat(numbers(one)).isEqualTo(numbers(two));
    }

    /** Common random numbers: the strategies of a seed share the split, the initial labels and the member seeds. */
    @Test
    void roundZeroIsIdenticalAcrossStrategiesOfASeed() {
        ExperimentPlan plan = LoopFixtures.reduced(2).withStrategies(List.of("random", "uncertainty", "diversity", "hybrid"));
        assertThat(plan.pairing()).isEqualTo(Pairing.SHARED);
        ExperimentResult r = new ExperimentRunner().run(data, plan, null, null);
        for (int seed : plan.seeds()) {
            List<RunResult> runs = r.runs().stream().filter(x -> x.seed() == seed).toList();
            assertThat(runs).hasSize(4);
            for (RunResult run : runs) {
                assertThat(run.rounds().get(0).metrics()).isEqualTo(runs.get(0).rounds().get(0).metrics());
                assertThat(run.rounds().get(0).addedIds()).isEqualTo(runs.get(0).rounds().get(0).addedIds());
            }
            // after round 0 the picks differ, and so may the numbers
            assertThat(runs.stream().map(x -> x.rounds().get(1).addedIds()).distinct().count()).isGreaterThan(1);
        }
    }

    /** Round 0 is trained once per seed and shared: every run's numbers are those it gets alone, and progress counts every member. */
    @Test
    void sharingRoundZeroChangesNoNumberAndProgressStillCountsEveryMember() throws Exception {
        ExperimentPlan plan = LoopFixtures.reduced(2).withStrategies(List.of("random", "uncertainty", "diversity"));
        assertThat(SharedRoundZero.applies(plan)).isTrue();
        AtomicInteger members = new AtomicInteger();
        ExperimentResult shared = new ExperimentRunner().run(data, plan, new ExperimentListener() {
            @Override public void memberTrained(String s, int seed, int round, int member) { members.incrementAndGet(); }
        }, null);
        assertThat((long) members.get()).isEqualTo(ExperimentRunner.totalMembers(plan));
        List<RunResult> alone = new ArrayList<>();
        for (RunResult run : shared.runs())
            alone.add(new ActiveLearningRun(data, plan, run.strategy(), run.seed()).run(ExperimentListener.NONE, null));
        assertThat(numbers(shared)).isEqualTo(numbers(new ExperimentResult(plan, alone, true, 0)));
        long perRound = (long) plan.model().members() * plan.model().settings().epochs();
        long all = shared.runs().stream().flatMap(r -> r.rounds().stream()).mapToLong(RoundResult::labelled).sum() * perRound;
        assertThat(ExperimentRunner.trainedSampleEpochs(shared)).as("round 0 once per seed")
                .isEqualTo(all - 2L * plan.seeds().size() * plan.initialLabels() * perRound);
    }

    @Test
    void diversityIsReproducibleToo() throws Exception {
        // k-means (Smile, parallel inside) seeded from (seed, strategy, round): same picks whatever our thread count
        ExperimentPlan plan = LoopFixtures.reduced(1).withStrategies(List.of("diversity", "uncertainty"));
        ExperimentResult one = new ExperimentRunner().run(data, plan, null, null);
        ExperimentResult two = new ExperimentRunner().run(data, plan.withThreads(2), null, null);
        assertThat(numbers(one)).isEqualTo(numbers(two));
        assertThat(one.runs().get(0).rounds().get(1).reasons()).allSatisfy(s -> assertThat(s).contains("cluster"));
    }

    @Test
    void aRunIsScoredOnExactlyTheTestSetDataSplitGivesForItsSeed() {
        ExperimentPlan plan = LoopFixtures.reduced(1).withStrategies(List.of("random")).withSeeds(List.of(2));
        RunResult run = new ActiveLearningRun(data, plan, "random", 2).run(new ExperimentListener() {}, null);
        DataSplit split = DataSplit.of(data.rows(), 2, plan.testFraction());
        List<String> expected = new ArrayList<>();
        for (int t : split.test()) expected.add(data.ids().get(t));
        assertThat(run.testPredictions().ids()).containsExactlyElementsOf(expected);
        // the pool is the rest, and the initial labels come from it only
        Set<String> poolIds = new HashSet<>();
        for (int p : split.trainPool()) poolIds.add(data.ids().get(p));
        assertThat(poolIds).hasSize(data.rows() - expected.size()).doesNotContainAnyElementsOf(expected);
        assertThat(poolIds).containsAll(run.rounds().get(0).addedIds());
        // another seed splits differently
        assertThat(DataSplit.of(data.rows(), 3, plan.testFraction()).test()).isNotEqualTo(split.test());
    }

    /** The results JSON without the fields that legitimately differ (timings, thread count, creation time). */
    private static String numbers(ExperimentResult r) throws Exception {
        List<RunResult> runs = r.runs().stream().map(run -> new RunResult(run.strategy(), run.seed(),
                run.rounds().stream().map(x -> new RoundResult(x.round(), x.labelled(), x.metrics(), x.addedIds(), x.reasons(), 0, x.estimates())).toList(),
                run.testPredictions(), 0)).toList();
        ExperimentResult clean = new ExperimentResult(r.plan().withThreads(1), runs, r.complete(), 0);
        String json = ResultsFile.toJson(ResultsDocument.of(clean, new DatasetInfo("d", "", "", "", 80), "paper-17", List.of(), "y", "test"));
        return json.replaceAll("\"created\" : \"[^\"]*\"", "");
    }

    @Test
    void runsFollowTheScheduleAndRecordWhatTheyPicked() {
        ExperimentResult r = new ExperimentRunner().run(data, LoopFixtures.reduced(2), null, null);
        RunResult run = r.runs().stream().filter(x -> x.strategy().equals("hybrid") && x.seed() == 0).findFirst().orElseThrow();
        assertThat(run.rounds()).extracting(RoundResult::labelled).containsExactly(10, 15, 20);
        List<String> all = new ArrayList<>();
        run.rounds().forEach(x -> all.addAll(x.addedIds()));
        assertThat(new HashSet<>(all)).hasSize(20);
        assertThat(run.testPredictions().ids()).hasSize(16).doesNotContainAnyElementsOf(all);
        // the split and the initial labels depend on the seed only: every strategy starts from the same point
        assertThat(r.runs()).filteredOn(x -> x.seed() == 0)
                .allSatisfy(x -> assertThat(x.rounds().get(0).addedIds()).isEqualTo(run.rounds().get(0).addedIds()));
        assertThat(run.rounds().get(1).reasons()).allSatisfy(s -> assertThat(s).contains("variance rank"));
    }

    @Test
    void cancellingKeepsTheRunsThatFinished() {
        CancellationToken token = new CancellationToken();
        List<RunResult> finished = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger members = new AtomicInteger();
        ExperimentListener cancelAfterFirstRun = new ExperimentListener() {
            @Override public void runFinished(RunResult run) {
                finished.add(run);
                token.cancel();
            }

            @Override public void memberTrained(String strategy, int seed, int round, int member) {
                members.incrementAndGet();
            }
        };
        ExperimentResult r = new ExperimentRunner().run(data, LoopFixtures.reduced(1), cancelAfterFirstRun, token);
        assertThat(r.complete()).isFalse();
        assertThat(r.runs()).hasSize(1).containsExactlyElementsOf(finished);
        assertThat(members.get()).isEqualTo(3 * 2); // one run: 3 rounds × 2 members, then nothing
    }

    @Test
    void progressCountsEveryMember() {
        AtomicInteger members = new AtomicInteger(), rounds = new AtomicInteger();
        ExperimentListener l = new ExperimentListener() {
            @Override public void memberTrained(String s, int seed, int round, int m) { members.incrementAndGet(); }

            @Override public void roundFinished(String s, int seed, RoundResult x) { rounds.incrementAndGet(); }
        };
        ExperimentPlan plan = LoopFixtures.reduced(2);
        new ExperimentRunner().run(data, plan, l, null);
        assertThat((long) members.get()).isEqualTo(ExperimentRunner.totalMembers(plan));
        java.util.concurrent.atomic.AtomicLong last = new java.util.concurrent.atomic.AtomicLong();
        new ExperimentRunner().run(data, plan.withThreads(1), ExperimentListener.progress((d, t, m) -> last.set(d * 1000 + t), 24), null);
        assertThat(last.get()).isEqualTo(24 * 1000 + 24);
        assertThat(rounds.get()).isEqualTo(4 * 3);
    }

    @Test
    void planValidationSaysWhyInWords() {
        assertThat(ExperimentPlan.paper().problems(200)).isEmpty();
        assertThat(ExperimentPlan.paper().problems(100)).singleElement().asString()
                .contains("needs 105 labels").contains("only 80 of 100");
        assertThat(ExperimentPlan.paper().withStrategies(List.of("greedy")).withThreads(0).problems(500))
                .anySatisfy(s -> assertThat(s).contains("unknown strategy 'greedy'"))
                .anySatisfy(s -> assertThat(s).contains("threads"));
        assertThatThrownBy(() -> new ExperimentRunner().run(LoopFixtures.synthetic(20), LoopFixtures.reduced(1), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("training pool holds only 16");
    }

    @Test
    void paperPresetIsThePaperProtocol() {
        ExperimentPlan p = ExperimentPlan.paper();
        assertThat(p.labelCounts()).containsExactly(30, 45, 60, 75, 90, 105);
        assertThat(p.seeds()).containsExactly(0, 1, 2, 3, 4);
        assertThat(p.model().members()).isEqualTo(5);
        assertThat(p.model().settings().hiddenLayers()).containsExactly(128, 128);
        assertThat(p.strategyNames()).containsExactly("random", "uncertainty", "diversity", "hybrid");
        assertThat(p.strategy("hybrid").value("alpha")).isEqualTo(0.6);
        assertThat(p.strategy("diversity").value("k")).isEqualTo(15);
        assertThat(p.testFraction()).isEqualTo(0.2);
    }
}

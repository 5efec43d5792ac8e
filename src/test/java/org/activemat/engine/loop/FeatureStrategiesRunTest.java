package org.activemat.engine.loop;

import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.io.DatasetInfo;
import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.io.ResultsFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The feature-space strategies and the adaptive one inside the real loop: trained ensembles, replayed labels. */
class FeatureStrategiesRunTest {
    private final FeatureMatrix data = LoopFixtures.synthetic(80);

    /** 4 queries, so the adaptive strategy observes rewards (from its third query on). */
    private static ExperimentPlan plan(int threads) {
        return LoopFixtures.reduced(threads).withStrategies(List.of("maxdist", "lcmd", "adaptive")).withSchedule(10, 4, 5);
    }

    @Test
    void sameSeedsGiveTheSameNumbersWithOneAndTwoThreads() throws Exception {
        ExperimentResult one = new ExperimentRunner().run(data, plan(1), null, null);
        ExperimentResult two = new ExperimentRunner().run(data, plan(2), null, null);
        assertThat(one.complete()).isTrue();
        assertThat(one.runs()).hasSize(6);
        assertThat(numbers(one)).isEqualTo(numbers(two));

        RunResult adaptive = one.runs().stream().filter(r -> r.strategy().equals("adaptive")).findFirst().orElseThrow();
        assertThat(adaptive.rounds()).extracting(RoundResult::labelled).containsExactly(10, 15, 20, 25, 30);
        for (int round = 1; round < adaptive.rounds().size(); round++)
            assertThat(adaptive.rounds().get(round).reasons()).allSatisfy(s -> assertThat(s).startsWith("adaptive → "));
        assertThat(adaptive.rounds().get(3).reasons().get(0)).contains("reward");
        RunResult lcmd = one.runs().stream().filter(r -> r.strategy().equals("lcmd")).findFirst().orElseThrow();
        assertThat(lcmd.rounds().get(1).reasons()).allSatisfy(s -> assertThat(s).startsWith("farthest point of the largest cluster"));
    }

    @Test
    void everyFeatureSpaceStrategyRunsInTheLoopAndExplainsItsPicks() {
        List<String> names = List.of("maxdist", "kmeanspp", "maxdet", "lcmd", "bait", "adaptive");
        ExperimentPlan p = LoopFixtures.reduced(2).withStrategies(names).withSeeds(List.of(3));
        ExperimentResult r = new ExperimentRunner().run(data, p, null, null);
        assertThat(r.runs()).hasSize(6).allSatisfy(run -> {
            List<String> added = new java.util.ArrayList<>();
            run.rounds().forEach(x -> added.addAll(x.addedIds()));
            assertThat(added).hasSize(20).doesNotHaveDuplicates();
            assertThat(run.rounds().get(1).reasons()).allSatisfy(s -> assertThat(s).contains("variance rank"));
        });
        assertThat(r.runs().stream().filter(x -> x.strategy().equals("bait")).findFirst().orElseThrow().rounds().get(2).reasons())
                .allSatisfy(s -> assertThat(s).contains("BAIT"));
    }

    private static String numbers(ExperimentResult r) throws Exception {
        List<RunResult> runs = r.runs().stream().map(run -> new RunResult(run.strategy(), run.seed(),
                run.rounds().stream().map(x -> new RoundResult(x.round(), x.labelled(), x.metrics(), x.addedIds(), x.reasons(), 0, x.estimates())).toList(),
                run.testPredictions(), 0)).toList();
        ExperimentResult clean = new ExperimentResult(r.plan().withThreads(1), runs, r.complete(), 0);
        String json = ResultsFile.toJson(ResultsDocument.of(clean, new DatasetInfo("d", "", "", "", 80), "paper-17", List.of(), "y", "test"));
        return json.replaceAll("\"created\" : \"[^\"]*\"", "");
    }
}

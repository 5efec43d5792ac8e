package org.activemat.engine.strategy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class AdaptiveStrategyTest {
    /** Random draws under a name of its own. */
    private record Named(String name) implements QueryStrategy {
        @Override public List<Pick> select(SelectionContext ctx, int batch, Random rng) {
            return new RandomStrategy().select(ctx, batch, rng);
        }
    }

    /**
     * A run in miniature: pool row i has label i; the model of round t predicts i ± err_t, and the batch an arm picks
     * changes the next model's error: ×0.7 after "good", ×1.1 after "bad". Returns every round's picks.
     */
    private static List<List<Pick>> simulate(long seed, int rounds) {
        AdaptiveStrategy adaptive = new AdaptiveStrategy(List.of(new Named("good"), new Named("bad")), 0.3, 2);
        int n = 400;
        double[][] pool = new double[n][];
        for (int i = 0; i < n; i++) pool[i] = new double[]{i};
        List<Integer> labelled = new ArrayList<>(List.of(0, 1, 2, 3, 4));
        double err = 1;
        List<List<Pick>> out = new ArrayList<>();
        for (int t = 0; t < rounds; t++) {
            int[] cand = java.util.stream.IntStream.range(0, n).filter(i -> !labelled.contains(i)).toArray();
            double[] mean = new double[cand.length], y = new double[labelled.size()];
            for (int c = 0; c < cand.length; c++) mean[c] = cand[c] + err * (cand[c] % 2 == 0 ? 1 : -1);
            for (int i = 0; i < y.length; i++) y[i] = labelled.get(i);
            SelectionContext ctx = new SelectionContext(pool, labelled.stream().mapToInt(Integer::intValue).toArray(), cand,
                    new double[cand.length]).withOutcomes(mean, y);
            // mixed seeds, as Seeds.derive gives the loop: java.util.Random's first draws of consecutive seeds are correlated
            List<Pick> picks = adaptive.select(ctx, 3, new Random(new java.util.SplittableRandom(seed * 1000 + t).nextLong()));
            picks.forEach(p -> labelled.add(p.index()));
            err *= picks.get(0).rule().startsWith("adaptive → good") ? 0.7 : 1.1;
            out.add(picks);
        }
        return out;
    }

    @Test
    void isReproducibleForAFixedSeedAndSaysWhichStrategyItUsedAndWhy() {
        List<List<Pick>> a = simulate(1, 12), b = simulate(1, 12);
        assertThat(a.stream().map(r -> r.stream().map(Pick::explanation).toList()).toList())
                .isEqualTo(b.stream().map(r -> r.stream().map(Pick::explanation).toList()).toList());
        assertThat(a.get(0)).allSatisfy(p -> assertThat(p.rule()).matches("adaptive → (good|bad) \\(p = 0\\.50; no reward observed yet\\): random draw"));
        assertThat(a.get(2).get(0).rule()).containsPattern(
                "adaptive → (good|bad) \\(p = 0\\.\\d\\d; mean reward: (good|bad) (0\\.\\d\\d over 1 round|not yet rewarded, best other (good|bad) 0\\.\\d\\d over 1 round)\\)");
        assertThat(a.get(11).get(0).rule()).containsPattern("over \\d+ rounds?, best other (good|bad) 0\\.\\d\\d over \\d+ rounds?\\): random draw");
        assertThat(a).allSatisfy(r -> assertThat(r).extracting(Pick::index).doesNotHaveDuplicates().hasSize(3));
    }

    @Test
    void learnsToPreferTheStrategyWhoseBatchesImproveTheModel() {
        for (long seed = 0; seed < 5; seed++) {
            List<List<Pick>> run = simulate(seed, 60);
            long good = run.subList(20, 60).stream().filter(r -> r.get(0).rule().startsWith("adaptive → good")).count();
            assertThat(good).as("seed " + seed).isGreaterThan(26); // uniform would be 20 of 40
        }
    }

    @Test
    void withoutOutcomesItStillPicksButObservesNoReward() {
        SelectionContext ctx = FeatureContexts.of(FeatureContexts.gaussian(50, 3, 1), 5);
        AdaptiveStrategy s = (AdaptiveStrategy) StrategySpec.of("adaptive").create();
        assertThat(s.armNames()).containsExactly("random", "uncertainty", "diversity", "lcmd");
        for (int t = 0; t < 4; t++)
            assertThat(s.select(ctx, 4, new Random(t))).hasSize(4).allSatisfy(p -> assertThat(p.rule()).contains("no reward observed yet"));
    }

    @Test
    void theSetOfStrategiesIsConfigurableAndMustNotBeEmpty() {
        StrategySpec spec = StrategySpec.of("adaptive").with("random", 0).with("uncertainty", 0).with("diversity", 0).with("lcmd", 0);
        assertThat(spec.problems()).singleElement().asString().contains("at least one strategy");
        AdaptiveStrategy s = (AdaptiveStrategy) spec.with("bait", 1).with("maxdet", 1).create();
        assertThat(s.armNames()).containsExactly("maxdet", "bait");
    }
}

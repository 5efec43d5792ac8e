package org.activemat.engine.strategy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KMeansPlusPlusStrategyTest {
    private static List<Integer> indices(List<Pick> picks) {
        return picks.stream().map(Pick::index).toList();
    }

    @Test
    void aFixedSeedGivesTheSamePicksAndAnotherSeedOthers() {
        SelectionContext ctx = FeatureContexts.of(FeatureContexts.gaussian(80, 6, 1), 4);
        List<Integer> a = indices(new KMeansPlusPlusStrategy(0).select(ctx, 10, new Random(42)));
        assertThat(a).isEqualTo(indices(new KMeansPlusPlusStrategy(0).select(ctx, 10, new Random(42))));
        assertThat(a).isNotEqualTo(indices(new KMeansPlusPlusStrategy(0).select(ctx, 10, new Random(43))));
        assertThat(a).doesNotHaveDuplicates().allSatisfy(i -> assertThat(i).isGreaterThanOrEqualTo(4));
    }

    @Test
    void neverPicksACandidateThatDuplicatesALabelledPoint() {
        double[][] phi = FeatureContexts.gaussian(40, 5, 2);
        for (int i = 0; i < 5; i++) phi[5 + i] = phi[i].clone(); // candidates 5–9 repeat labelled rows 0–4
        SelectionContext ctx = FeatureContexts.of(phi, 5);
        for (long seed = 0; seed < 200; seed++)
            assertThat(indices(new KMeansPlusPlusStrategy(0).select(ctx, 12, new Random(seed)))).noneMatch(i -> i >= 5 && i < 10);
    }

    @Test
    void drawsInProportionToTheSquaredDistance() {
        double[][] phi = {{0}, {1}, {-2}}; // squared distances 1 and 4: the far one 4 times in 5
        SelectionContext ctx = FeatureContexts.of(phi, 1);
        int far = 0, draws = 4000;
        Random rng = new Random(11); // one stream: java.util.Random's first draws of consecutive seeds are correlated
        for (int i = 0; i < draws; i++)
            if (new KMeansPlusPlusStrategy(0).select(ctx, 1, rng).get(0).index() == 2) far++;
        assertThat(far / (double) draws).isCloseTo(0.8, within(0.03));
        Pick p = new KMeansPlusPlusStrategy(0).select(ctx, 1, new Random(0)).get(0);
        assertThat(p.score()).isIn(0.2, 0.8);
        assertThat(p.rule()).startsWith("k-means++ draw ∝ squared feature distance");
    }
}

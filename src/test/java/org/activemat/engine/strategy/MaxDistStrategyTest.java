package org.activemat.engine.strategy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MaxDistStrategyTest {
    /** Labelled (0, 0); candidates (1, 0), (3, 0), (0, 2), (3, 0.1) as pool rows 1–4. */
    private static final double[][] PHI = {{0, 0}, {1, 0}, {3, 0}, {0, 2}, {3, 0.1}};

    @Test
    void picksTheFarthestPointFirstThenTheFarthestFromLabelledAndPicked() {
        List<Pick> picks = new MaxDistStrategy(0).select(FeatureContexts.of(PHI, 1), 4, new Random(0));
        assertThat(picks).extracting(Pick::index).containsExactly(4, 3, 1, 2);
        assertThat(picks.get(0).score()).isCloseTo(Math.sqrt(9.01), within(1e-12)); // labelled row has norm 0: no scaling
        assertThat(picks.get(1).score()).isCloseTo(2, within(1e-12));
        assertThat(picks.get(3).score()).isCloseTo(0.1, within(1e-12));
        assertThat(picks.get(0).explanation()).startsWith("farthest in feature space from labelled ∪ picked (nearest: labelled #1)");
        assertThat(picks.get(3).rule()).contains("nearest: pick 1 of this batch");
    }

    @Test
    void withNothingLabelledItStartsFromTheLargestNorm() {
        double[][] phi = {{1, 0}, {0, 5}, {2, 2}};
        SelectionContext ctx = FeatureContexts.of(phi, 0);
        assertThat(new MaxDistStrategy(0).select(ctx, 2, new Random(0))).extracting(Pick::index).containsExactly(1, 0);
    }

    @Test
    void projectedFeaturesStillFindTheFarOutlier() {
        double[][] phi = FeatureContexts.gaussian(60, 200, 3);
        for (int j = 0; j < 200; j++) phi[37][j] *= 6;
        assertThat(new MaxDistStrategy(32).select(FeatureContexts.of(phi, 5), 1, new Random(0)).get(0).index()).isEqualTo(37);
    }
}

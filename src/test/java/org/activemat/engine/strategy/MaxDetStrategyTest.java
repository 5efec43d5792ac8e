package org.activemat.engine.strategy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MaxDetStrategyTest {
    /** Labelled e1; candidates: a duplicate of e1, (0.6, 0.8, 0), and e3 (orthogonal to the label). */
    private static final double[][] PHI = {{1, 0, 0}, {1, 0, 0}, {0.6, 0.8, 0}, {0, 0, 1}};

    @Test
    void prefersTheOrthogonalDirectionAndLeavesTheDuplicateForLast() {
        for (MaxDetStrategy.Mode mode : MaxDetStrategy.Mode.values()) {
            List<Pick> picks = new MaxDetStrategy(0, 0.01, mode).select(FeatureContexts.of(PHI, 1), 3, new Random(0));
            assertThat(picks).as(mode.name()).extracting(Pick::index).containsExactly(3, 2, 1);
            assertThat(picks.get(0).score()).isCloseTo(1, within(1e-9));                   // nothing explains e3
            assertThat(picks.get(1).score()).isCloseTo(1 - 0.36 / 1.01, within(1e-9));      // e1 explains 0.6 of it
            assertThat(picks.get(2).score()).isBetween(0.0, 0.02);                           // ≲ 2σ²: a duplicate
        }
    }

    @Test
    void neverPicksADuplicateOfALabelledPointWhileNewDirectionsRemain() {
        double[][] phi = FeatureContexts.gaussian(40, 30, 4);
        for (int i = 0; i < 5; i++) phi[5 + i] = phi[i].clone(); // candidates 5–9 repeat labelled rows 0–4
        List<Pick> picks = new MaxDetStrategy(0, 0.01).select(FeatureContexts.of(phi, 5), 15, new Random(0));
        assertThat(picks).extracting(Pick::index).noneMatch(i -> i >= 5 && i < 10).doesNotHaveDuplicates();
        assertThat(picks.get(0).rule()).contains("greedy log-det");
    }

    @Test
    void kernelAndFeatureSpaceGiveTheSamePicks() {
        SelectionContext ctx = FeatureContexts.of(FeatureContexts.gaussian(120, 12, 5), 20);
        List<Pick> kernel = new MaxDetStrategy(0, 0.05, MaxDetStrategy.Mode.KERNEL).select(ctx, 15, new Random(0));
        List<Pick> feature = new MaxDetStrategy(0, 0.05, MaxDetStrategy.Mode.FEATURE).select(ctx, 15, new Random(0));
        assertThat(feature).extracting(Pick::index).isEqualTo(kernel.stream().map(Pick::index).toList());
        for (int i = 0; i < 15; i++) assertThat(feature.get(i).score()).isCloseTo(kernel.get(i).score(), within(1e-9));
    }
}

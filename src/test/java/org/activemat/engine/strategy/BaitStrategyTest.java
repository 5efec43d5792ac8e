package org.activemat.engine.strategy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BaitStrategyTest {
    /**
     * Labelled e1; candidates: a duplicate of e1, one point on e3, then five on e2. e2 and e3 are equally unknown, but
     * five pool points need e2 and one needs e3: BAIT's pool-variance criterion takes e2, MaxDet (variance alone) the
     * first of the two.
     */
    private static final double[][] PHI = {{1, 0, 0}, {1, 0, 0}, {0, 0, 1}, {0, 1, 0}, {0, 1, 0}, {0, 1, 0}, {0, 1, 0}, {0, 1, 0}};

    @Test
    void prefersTheDirectionMostOfThePoolNeeds() {
        SelectionContext ctx = FeatureContexts.of(PHI, 1);
        List<Pick> bait = new BaitStrategy(0, 0.01).select(ctx, 2, new Random(0));
        assertThat(bait.get(0).index()).isBetween(3, 7);
        assertThat(bait.get(1).index()).isEqualTo(2); // then the direction nobody has covered
        assertThat(new MaxDetStrategy(0, 0.01).select(ctx, 1, new Random(0)).get(0).index()).isEqualTo(2);
        // Δ = φᵀA⁻¹CA⁻¹φ / (1 + φᵀA⁻¹φ) with A = σ²I + e1e1ᵀ, C = 2e1e1ᵀ + e3e3ᵀ + 5e2e2ᵀ: 5/σ⁴ / (1 + 1/σ²)
        assertThat(bait.get(0).score()).isCloseTo(5 / 1e-4 / (1 + 100), within(1e-6));
        assertThat(bait.get(0).rule()).contains("BAIT");
    }

    @Test
    void picksDistinctPointsEvenWhenTheyRepeat() {
        List<Pick> bait = new BaitStrategy(0, 0.01).select(FeatureContexts.of(PHI, 1), 7, new Random(0));
        assertThat(bait).extracting(Pick::index).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
    }

    /** The greedy gain equals the actual drop of tr(A⁻¹C), computed from scratch. */
    @Test
    void theGainIsTheDropOfTheTraceCriterion() {
        double[][] phi = FeatureContexts.gaussian(30, 4, 6);
        SelectionContext ctx = FeatureContexts.of(phi, 3);
        FeatureSpace f = ctx.features(0);
        List<Pick> picks = new BaitStrategy(0, 0.1).select(ctx, 3, new Random(0));
        double[][] a = new double[4][4], c = new double[4][4];
        for (int j = 0; j < 4; j++) a[j][j] = 0.1;
        for (double[] x : f.labelled()) { FeaturePosterior.addOuter(a, x, 1); FeaturePosterior.addOuter(c, x, 1); }
        for (double[] x : f.candidates()) FeaturePosterior.addOuter(c, x, 1);
        double before = trace(a, c);
        for (Pick p : picks) {
            FeaturePosterior.addOuter(a, f.candidates()[p.index() - 3], 1);
            double after = trace(a, c);
            assertThat(p.score()).isCloseTo(before - after, within(1e-9 * before));
            before = after;
        }
    }

    private static double trace(double[][] a, double[][] c) {
        double[][] inv = SpdInverse.of(a);
        double t = 0;
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a.length; j++) t += inv[i][j] * c[j][i];
        return t;
    }
}

package org.activemat.engine.strategy;

import org.activemat.engine.loop.EnsembleFeatures;
import org.activemat.engine.model.RandomReluEnsemble;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FeatureSpaceTest {
    /** Two blocks of 2 features per row: row i's block b is (i + b, 10·b). */
    private static final FeatureSource TWO_BLOCKS = new FeatureSource() {
        @Override public int blocks() { return 2; }

        @Override public double[][] block(int b, int[] rows) {
            double[][] out = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) out[i] = new double[]{rows[i] + b, 10 * b};
            return out;
        }

        @Override public long projectionSeed() { return 7; }
    };

    @Test
    void blocksAreConcatenatedAndScaledToUnitMeanKernelOnTheLabelledRows() {
        FeatureSpace f = FeatureSpace.build(TWO_BLOCKS, new int[]{1, 2}, new int[]{0, 3}, 0);
        assertThat(f.dim()).isEqualTo(4);
        // raw labelled rows (1,0,2,10) and (2,0,3,10): mean squared norm (105 + 113) / 2 = 109
        assertThat(f.scale()).isCloseTo(Math.sqrt(109), within(1e-12));
        double s = f.scale();
        assertThat(f.labelled()[0]).containsExactly(new double[]{1 / s, 0, 2 / s, 10 / s}, within(1e-12));
        assertThat(f.candidates()[1]).containsExactly(new double[]{3 / s, 0, 4 / s, 10 / s}, within(1e-12));
        double mean = (FeatureSpace.dot(f.labelled()[0], f.labelled()[0]) + FeatureSpace.dot(f.labelled()[1], f.labelled()[1])) / 2;
        assertThat(mean).isCloseTo(1, within(1e-12));
    }

    @Test
    void theRandomProjectionIsSeededAndKeepsDistancesRoughly() {
        Random r = new Random(1);
        double[][] x = new double[40][300];
        for (double[] row : x) for (int j = 0; j < row.length; j++) row[j] = r.nextGaussian();
        int[] labelled = {0, 1, 2}, candidates = new int[37];
        for (int i = 0; i < 37; i++) candidates[i] = i + 3;
        FeatureSpace full = FeatureSpace.build(FeatureSource.given(x), labelled, candidates, 0);
        FeatureSpace a = FeatureSpace.build(FeatureSource.given(x), labelled, candidates, 256);
        FeatureSpace b = FeatureSpace.build(FeatureSource.given(x), labelled, candidates, 256);
        assertThat(a.dim()).isEqualTo(256);
        assertThat(a.candidates()[5]).containsExactly(b.candidates()[5]);
        for (int i = 0; i < 36; i++) {
            double exact = FeatureSpace.sqDist(full.candidates()[i], full.candidates()[i + 1]);
            assertThat(FeatureSpace.sqDist(a.candidates()[i], a.candidates()[i + 1]) / exact).isBetween(0.6, 1.4);
        }
    }

    @Test
    void ensembleFeaturesAreEveryMembersLastHiddenLayerWithTheBiasOne() {
        RandomReluEnsemble e = new RandomReluEnsemble(3, 4, 6, 2);
        double[][] pool = new double[5][4];
        for (int i = 0; i < 5; i++) pool[i][i % 4] = 1 + i;
        FeatureSpace f = FeatureSpace.build(new EnsembleFeatures(e, pool, 3), new int[]{0}, new int[]{1, 2, 3, 4}, 0);
        assertThat(f.dim()).isEqualTo(3 * 7);
        double[] row = f.candidates()[2]; // pool row 3
        for (int m = 0; m < 3; m++) {
            double[] h = e.lastHidden(m, new double[][]{pool[3]})[0];
            for (int j = 0; j < 6; j++) assertThat(row[m * 7 + j] * f.scale()).isCloseTo(h[j], within(1e-12));
            assertThat(row[m * 7 + 6] * f.scale()).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void featuresAreComputedOnlyWhenAStrategyAsksAndOncePerDimension() {
        RandomReluEnsemble e = new RandomReluEnsemble(2, 3, 5, 4);
        Random r = new Random(5);
        double[][] pool = new double[30][3];
        for (double[] row : pool) for (int j = 0; j < 3; j++) row[j] = r.nextGaussian();
        int[] candidates = new int[27];
        for (int i = 0; i < 27; i++) candidates[i] = i + 3;
        SelectionContext ctx = new SelectionContext(pool, new int[]{0, 1, 2}, candidates, new double[27])
                .withNetwork(new EnsembleFeatures(e, pool, 9));
        for (String paper : Strategies.paper()) StrategySpec.of(paper).create().select(ctx, 5, new Random(1));
        assertThat(e.lastHiddenCalls()).isZero();
        assertThat(ctx.network().computed()).isZero();
        new MaxDistStrategy(0).select(ctx, 5, new Random(1));
        new LcmdStrategy(0).select(ctx, 5, new Random(1));
        assertThat(ctx.network().computed()).isEqualTo(1);
        assertThat(e.lastHiddenCalls()).isEqualTo(2); // one forward pass per member
        new BaitStrategy(8, 0.01).select(ctx, 5, new Random(1));
        assertThat(ctx.network().computed()).isEqualTo(2);
        assertThat(ctx.network().fromNetwork()).isTrue();
    }

    @Test
    void withoutANetworkTheDescriptorsStandIn() {
        double[][] pool = {{0, 0}, {3, 4}, {1, 0}};
        SelectionContext ctx = new SelectionContext(pool, new int[]{0}, new int[]{1, 2}, new double[2]);
        assertThat(ctx.network().fromNetwork()).isFalse();
        assertThat(ctx.features(0).candidates()[0]).containsExactly(3, 4); // nothing to scale: the labelled row is 0
    }
}

package org.activemat.engine.strategy;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrategiesTest {

    /** 15 tight, well-separated blobs of 8 points in 3-D; point i belongs to blob i / 8. The first point is labelled. */
    private static SelectionContext blobs(double[] variance) {
        Random r = new Random(3);
        int blobs = 15, per = 8;
        double[][] pool = new double[blobs * per][];
        for (int b = 0; b < blobs; b++)
            for (int k = 0; k < per; k++)
                pool[b * per + k] = new double[]{10 * b + 0.1 * r.nextGaussian(), 10 * (b % 3) + 0.1 * r.nextGaussian(), 0.1 * r.nextGaussian()};
        int[] candidates = new int[pool.length - 1];
        for (int i = 1; i < pool.length; i++) candidates[i - 1] = i;
        return new SelectionContext(pool, new int[]{0}, candidates, variance == null ? new double[candidates.length] : variance);
    }

    private static double[] randomVariance(int n, long seed) {
        Random r = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = r.nextDouble();
        return v;
    }

    private static List<Integer> indices(List<Pick> picks) {
        return picks.stream().map(Pick::index).toList();
    }

    @Test
    void uncertaintyPicksTheHighestVarianceCandidatesInOrder() {
        double[] v = randomVariance(119, 1);
        SelectionContext ctx = blobs(v);
        List<Pick> picks = new UncertaintyStrategy().select(ctx, 15, new Random(0));
        Integer[] byVariance = new Integer[v.length];
        for (int i = 0; i < v.length; i++) byVariance[i] = i;
        java.util.Arrays.sort(byVariance, (a, b) -> Double.compare(v[b], v[a]));
        for (int k = 0; k < 15; k++) {
            assertThat(picks.get(k).index()).isEqualTo(ctx.candidates()[byVariance[k]]);
            assertThat(picks.get(k).varianceRank()).isEqualTo(k + 1);
        }
    }

    @Test
    void diversitySpreadsPicksOverEveryCluster() {
        SelectionContext ctx = blobs(null);
        List<Pick> picks = new DiversityStrategy(15).select(ctx, 15, new Random(5));
        Set<Integer> blobsHit = new HashSet<>();
        for (Pick p : picks) blobsHit.add(p.index() / 8);
        assertThat(blobsHit).hasSize(15);
        assertThat(picks).allSatisfy(p -> assertThat(p.cluster()).isBetween(0, 14));
        assertThat(new HashSet<>(picks.stream().map(Pick::cluster).toList())).hasSize(15);
    }

    @Test
    void diversityTopsUpByFarthestPointWhenThereAreFewerClustersThanPicks() {
        SelectionContext ctx = blobs(null);
        List<Pick> picks = new DiversityStrategy(3).select(ctx, 10, new Random(5));
        assertThat(new HashSet<>(indices(picks))).hasSize(10);
        Set<Integer> blobsHit = new HashSet<>();
        for (Pick p : picks) blobsHit.add(p.index() / 8);
        assertThat(blobsHit).hasSizeGreaterThanOrEqualTo(9); // farthest-point keeps going to new blobs
    }

    @Test
    void diversityClustersWithTheEngineKMeansSeededFromItsRng() {
        SelectionContext ctx = blobs(null);
        double[][] rows = new double[ctx.candidates().length][];
        for (int i = 0; i < rows.length; i++) rows[i] = ctx.pool()[ctx.candidates()[i]];
        int[] labels = org.activemat.engine.descriptor.Clusters.kmeans(rows, 4, new Random(11).nextLong());
        List<Pick> picks = new DiversityStrategy(4).select(ctx, 4, new Random(11));
        for (Pick p : picks) assertThat(p.cluster()).isEqualTo(labels[p.index() - 1]); // candidate i is pool row i + 1
        assertThat(new HashSet<>(picks.stream().map(Pick::cluster).toList())).hasSize(4);
    }

    @Test
    void diversityIsReproducibleForTheSameRng() {
        SelectionContext ctx = blobs(null);
        assertThat(indices(new DiversityStrategy().select(ctx, 15, new Random(9))))
                .isEqualTo(indices(new DiversityStrategy().select(ctx, 15, new Random(9))));
    }

    @Test
    void hybridWithAlphaOneIsUncertaintySampling() {
        SelectionContext ctx = blobs(randomVariance(119, 2));
        assertThat(indices(new HybridStrategy(1).select(ctx, 15, new Random(0))))
                .isEqualTo(indices(new UncertaintyStrategy().select(ctx, 15, new Random(0))));
    }

    @Test
    void hybridWithAlphaZeroIsFarthestPointSampling() {
        SelectionContext ctx = blobs(randomVariance(119, 2));
        assertThat(indices(new HybridStrategy(0).select(ctx, 12, new Random(0)))).isEqualTo(farthestPoint(ctx, 12));
    }

    @Test
    void hybridDefaultBlendsBothAndDiffersFromEither() {
        SelectionContext ctx = blobs(randomVariance(119, 2));
        List<Integer> hybrid = indices(new HybridStrategy().select(ctx, 15, new Random(0)));
        assertThat(new HybridStrategy().alpha()).isEqualTo(0.6);
        assertThat(hybrid).isNotEqualTo(indices(new UncertaintyStrategy().select(ctx, 15, new Random(0))));
        assertThat(hybrid).isNotEqualTo(farthestPoint(ctx, 15));
    }

    /** Reference farthest-point sampling from the labelled set, written independently of the strategies. */
    private static List<Integer> farthestPoint(SelectionContext ctx, int k) {
        List<Integer> chosen = new java.util.ArrayList<>();
        Set<Integer> centres = new HashSet<>();
        for (int l : ctx.labelled()) centres.add(l);
        for (int step = 0; step < k; step++) {
            int best = -1;
            double bestD = -1;
            for (int c : ctx.candidates()) {
                if (centres.contains(c)) continue;
                double d = Double.POSITIVE_INFINITY;
                for (int z : centres) d = Math.min(d, SelectionContext.distance(ctx.pool()[c], ctx.pool()[z]));
                if (d > bestD) { bestD = d; best = c; }
            }
            chosen.add(best);
            centres.add(best);
        }
        return chosen;
    }

    @Test
    void randomPicksDistinctCandidatesReproducibly() {
        SelectionContext ctx = blobs(null);
        List<Integer> a = indices(new RandomStrategy().select(ctx, 15, new Random(4)));
        assertThat(new HashSet<>(a)).hasSize(15);
        assertThat(a).isEqualTo(indices(new RandomStrategy().select(ctx, 15, new Random(4))));
        assertThat(a).isNotEqualTo(indices(new RandomStrategy().select(ctx, 15, new Random(5))));
        assertThat(a).doesNotContain(0); // the labelled row
    }

    @Test
    void batchLargerThanThePoolTakesEveryCandidate() {
        double[][] pool = {{0}, {1}, {2}, {3}};
        SelectionContext ctx = new SelectionContext(pool, new int[]{0}, new int[]{1, 2, 3}, new double[]{0.1, 0.3, 0.2});
        for (String s : Strategies.names())
            assertThat(indices(StrategySpec.of(s).create().select(ctx, 10, new Random(1)))).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void everyRegisteredStrategyReturnsMinOfBatchAndCandidatesDistinctCandidates() {
        SelectionContext ctx = blobs(randomVariance(119, 3));
        double[][] phi = new double[ctx.pool().length][];
        Random r = new Random(8);
        for (int i = 0; i < phi.length; i++) { // network-like features: ReLU of a random map of the descriptors
            phi[i] = new double[24];
            for (int j = 0; j < 24; j++) phi[i][j] = Math.max(0, ctx.pool()[i][j % 3] * r.nextGaussian() + r.nextGaussian());
        }
        double[] mean = randomVariance(119, 4), y = {0.5};
        SelectionContext withNetwork = ctx.withOutcomes(mean, y).withNetwork(FeatureSource.given(phi));
        for (String s : Strategies.names())
            for (SelectionContext c : List.of(ctx, withNetwork))
                for (int batch : new int[]{1, 15, 119, 200}) {
                    List<Integer> picked = indices(StrategySpec.of(s).create().select(c, batch, new Random(2)));
                    assertThat(picked).as(s + " batch " + batch).hasSize(Math.min(batch, 119)).doesNotHaveDuplicates()
                            .allSatisfy(i -> assertThat(i).isBetween(1, 119));
                }
    }

    @Test
    void theStrategiesBeyondThePaperAreRegisteredWithTheirParameters() {
        assertThat(Strategies.names()).containsSubsequence("random", "uncertainty", "diversity", "hybrid",
                "maxdist", "kmeanspp", "maxdet", "lcmd", "bait", "adaptive");
        assertThat(Strategies.paper()).containsExactly("random", "uncertainty", "diversity", "hybrid");
        assertThat(StrategySpec.of("maxdet").resolved()).containsOnlyKeys("dim", "sigma2");
        assertThat(StrategySpec.of("bait").value("dim")).isEqualTo(128);
        assertThat(StrategySpec.of("adaptive").value("lcmd")).isEqualTo(1);
        assertThat(StrategySpec.of("adaptive").value("bait")).isZero();
        assertThat(StrategySpec.of("maxdist").with("dim", -1).problems()).isNotEmpty();
        for (String s : List.of("maxdist", "kmeanspp", "maxdet", "lcmd", "bait", "adaptive"))
            assertThat(Strategies.REGISTRY.get(s).inPaper()).isFalse();
    }

    @Test
    void picksExplainThemselves() {
        Pick p = new HybridStrategy().select(blobs(randomVariance(119, 2)), 1, new Random(0)).get(0);
        assertThat(p.explanation()).startsWith("best α·variance + (1−α)·distance: ").contains("variance rank").contains("distance to labelled").contains("score");
        assertThat(new DiversityStrategy().select(blobs(null), 1, new Random(0)).get(0).explanation()).startsWith("farthest").contains("cluster");
        assertThat(new RandomStrategy().select(blobs(null), 1, new Random(0)).get(0).explanation()).startsWith("random draw: ");
        assertThat(new UncertaintyStrategy().select(blobs(randomVariance(119, 2)), 1, new Random(0)).get(0).explanation())
                .startsWith("most uncertain: variance rank 1 ");
    }

    @Test
    void unknownNamesAreRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> StrategySpec.of("greedy").create())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("random, uncertainty, diversity, hybrid");
    }
}

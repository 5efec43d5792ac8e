package org.activemat.engine.strategy;

import org.activemat.engine.descriptor.Clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Covers the descriptor space: k-means (k = 15 by default) on the standardized candidates; from each cluster the
 * candidate farthest from labelled ∪ already-picked (clusters visited greedily, farthest first); when there are fewer
 * clusters than B, the rest is topped up by plain farthest-point selection.
 */
public final class DiversityStrategy implements QueryStrategy {
    private final int clusters;

    public DiversityStrategy(int clusters) {
        if (clusters < 1) throw new IllegalArgumentException("k-means needs at least 1 cluster (got " + clusters + ")");
        this.clusters = clusters;
    }

    public DiversityStrategy() { this(15); }

    public int clusters() { return clusters; }

    @Override public String name() { return "diversity"; }

    @Override public List<Pick> select(SelectionContext ctx, int batch, Random rng) {
        int n = ctx.candidates().length, k = Math.min(batch, n);
        int[] label = clusterLabels(ctx, rng);
        int nClusters = 0;
        for (int l : label) nClusters = Math.max(nClusters, l + 1);

        PickBuilder pb = new PickBuilder(ctx);
        double[] dist = pb.distanceToLabelled().clone();
        boolean[] taken = new boolean[n];
        boolean[] clusterUsed = new boolean[nClusters];
        List<Pick> picks = new ArrayList<>(k);
        while (picks.size() < k) {
            boolean clustersLeft = false;
            for (boolean u : clusterUsed) clustersLeft |= !u;
            int best = -1;
            for (int c = 0; c < n; c++) {
                if (taken[c] || (clustersLeft && clusterUsed[label[c]])) continue;
                if (best < 0 || dist[c] > dist[best]) best = c;
            }
            if (best < 0) { // every remaining cluster is exhausted: fall back to farthest-point
                java.util.Arrays.fill(clusterUsed, true);
                continue;
            }
            taken[best] = true;
            clusterUsed[label[best]] = true;
            picks.add(pb.pick("farthest point of its k-means cluster", best, label[best], dist[best]));
            ctx.updateMinDistance(dist, ctx.pool()[ctx.candidates()[best]]);
            dist[best] = Double.NEGATIVE_INFINITY;
        }
        return picks;
    }

    /** k-means cluster of each candidate (standardized pool rows). */
    private int[] clusterLabels(SelectionContext ctx, Random rng) {
        int n = ctx.candidates().length;
        double[][] data = new double[n][];
        for (int i = 0; i < n; i++) data[i] = ctx.pool()[ctx.candidates()[i]];
        return Clusters.kmeans(data, clusters, rng.nextLong()); // rng is this round's own: nothing else draws from it
    }
}

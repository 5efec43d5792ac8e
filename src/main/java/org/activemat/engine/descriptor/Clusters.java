package org.activemat.engine.descriptor;

import smile.clustering.KMeans;
import smile.math.MathEx;

/**
 * Seeded k-means (Smile, k-means++ start, at most 100 iterations, tolerance 1e-4): the one clustering call shared by
 * the diversity strategy and the descriptor map, so both see the same clusters for the same rows and seed.
 */
public final class Clusters {
    private Clusters() {}

    /**
     * Cluster label (0..k-1) of each row of x. With no more rows than clusters every row is its own cluster.
     * Smile's k-means++ draws from MathEx's per-thread RNG, so seeding it here in the calling thread makes the labels
     * depend on (x, k, seed) only, whatever thread runs it.
     */
    public static int[] kmeans(double[][] x, int k, long seed) {
        if (k < 1) throw new IllegalArgumentException("k-means needs at least 1 cluster (got " + k + ")");
        int n = x.length;
        int[] labels = new int[n];
        if (n <= k) {
            for (int i = 0; i < n; i++) labels[i] = i;
            return labels;
        }
        MathEx.setSeed(seed);
        KMeans km = KMeans.fit(x, k, 100, 1e-4);
        System.arraycopy(km.y, 0, labels, 0, n);
        return labels;
    }
}

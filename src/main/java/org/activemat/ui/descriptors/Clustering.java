package org.activemat.ui.descriptors;

import smile.clustering.KMeans;
import smile.math.MathEx;

/**
 * k-means labels of standardized rows for colouring the map, seeded so the same data always gives the same colours.
 * (The diversity strategy clusters the pool inside the engine; the engine does not expose a clustering call, so
 * the map uses Smile's k-means directly with the same k.)
 */
public final class Clustering {
    private Clustering() {}

    public static int[] kmeans(double[][] x, int k, long seed) {
        int n = x.length;
        int[] labels = new int[n];
        if (n <= k) {
            for (int i = 0; i < n; i++) labels[i] = i;
            return labels;
        }
        synchronized (Clustering.class) {  // MathEx's RNG is per thread, but keep seeding and fitting together
            MathEx.setSeed(seed);
            KMeans km = KMeans.fit(x, k, 100, 1e-4);
            System.arraycopy(km.y, 0, labels, 0, n);
        }
        return labels;
    }
}

package org.activemat.engine.strategy;

import java.util.Arrays;

/**
 * What a strategy may look at: the standardized features of the whole training pool, which pool rows are labelled,
 * which are candidates, and the ensemble's variance for each candidate (aligned with candidates).
 */
public record SelectionContext(double[][] pool, int[] labelled, int[] candidates, double[] candidateVariance) {
    public SelectionContext {
        if (candidates.length != candidateVariance.length)
            throw new IllegalArgumentException("one variance per candidate is needed");
    }

    /** Distance from each candidate to its nearest labelled row (Euclidean, standardized units). */
    public double[] distanceToLabelled() {
        double[] d = new double[candidates.length];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        for (int l : labelled) updateMinDistance(d, pool[l]);
        return d;
    }

    /** Lowers d[c] to the distance between candidate c and point where that is closer. */
    void updateMinDistance(double[] d, double[] point) {
        for (int c = 0; c < candidates.length; c++) {
            double dist = distance(pool[candidates[c]], point);
            if (dist < d[c]) d[c] = dist;
        }
    }

    /** 1-based rank of each candidate by variance (1 = highest), ties broken by candidate order. */
    public int[] varianceRanks() {
        Integer[] idx = new Integer[candidates.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, (a, b) -> {
            int c = Double.compare(candidateVariance[b], candidateVariance[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] rank = new int[candidates.length];
        for (int r = 0; r < idx.length; r++) rank[idx[r]] = r + 1;
        return rank;
    }

    static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double t = a[i] - b[i];
            s += t * t;
        }
        return Math.sqrt(s);
    }
}

package org.activemat.engine.strategy;

import java.util.Arrays;

/**
 * What a strategy may look at: the standardized features of the whole training pool, which pool rows are labelled,
 * which are candidates, the ensemble's variance for each candidate (aligned with candidates) and, when the round
 * provides them, the ensemble's mean for each candidate, the labels of the labelled rows (aligned with labelled) and
 * the trained network's features of those rows ({@link #features(int)}, computed only when a strategy asks).
 *
 * <p>candidateMean and labelledTargets are null when unknown (a context built from descriptors alone); network is then
 * the descriptors themselves, so the feature-space strategies still run.
 */
public record SelectionContext(double[][] pool, int[] labelled, int[] candidates, double[] candidateVariance,
                               double[] candidateMean, double[] labelledTargets, NetworkFeatures network) {
    public SelectionContext {
        if (candidates.length != candidateVariance.length)
            throw new IllegalArgumentException("one variance per candidate is needed");
        if (candidateMean != null && candidateMean.length != candidates.length)
            throw new IllegalArgumentException("one mean per candidate is needed");
        if (labelledTargets != null && labelledTargets.length != labelled.length)
            throw new IllegalArgumentException("one target per labelled row is needed");
        if (network == null) network = NetworkFeatures.descriptors(pool);
    }

    /** Descriptors, labelled rows, candidates and their variance only (no outcomes, descriptors as features). */
    public SelectionContext(double[][] pool, int[] labelled, int[] candidates, double[] candidateVariance) {
        this(pool, labelled, candidates, candidateVariance, null, null, null);
    }

    /** The same context with the ensemble's mean for each candidate and the labels of the labelled rows. */
    public SelectionContext withOutcomes(double[] mean, double[] targets) {
        return new SelectionContext(pool, labelled, candidates, candidateVariance, mean, targets, network);
    }

    /** The same context whose feature-space strategies read source (the trained ensemble's last hidden layer). */
    public SelectionContext withNetwork(FeatureSource source) {
        return new SelectionContext(pool, labelled, candidates, candidateVariance, candidateMean, labelledTargets,
                NetworkFeatures.of(source));
    }

    /**
     * φ of the labelled rows and of the candidates: the network's features concatenated (dim 0) or randomly projected
     * to dim dimensions, scaled so that the mean k(x, x) over the labelled rows is 1. Built on first use, then reused.
     */
    public FeatureSpace features(int dim) {
        return network.space(labelled, candidates, dim);
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

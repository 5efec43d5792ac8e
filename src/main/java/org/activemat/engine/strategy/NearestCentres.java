package org.activemat.engine.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * For every candidate, the squared feature distance to its nearest centre and which centre that is. The centres are
 * the labelled rows (ids 0 … L−1, in the context's order) and then each point added (ids L, L+1, …). Shared by the
 * distance-based strategies (MaxDist, k-means++, LCMD), which differ only in how they use it.
 */
final class NearestCentres {
    private final double[][] candidates;
    private final int labelled;
    final double[] sqDist;
    final int[] nearest;
    private int centres;

    NearestCentres(FeatureSpace f) {
        candidates = f.candidates();
        labelled = f.labelled().length;
        sqDist = new double[candidates.length];
        nearest = new int[candidates.length];
        Arrays.fill(sqDist, Double.POSITIVE_INFINITY);
        Arrays.fill(nearest, -1);
        double[][] l = f.labelled();
        double[] ln = new double[l.length];
        for (int j = 0; j < l.length; j++) ln[j] = FeatureSpace.dot(l[j], l[j]);
        FeatureSpace.dotsWith(candidates, l, (c, dots) -> { // all L distances of a candidate at once, vectorised
            double cn = FeatureSpace.dot(candidates[c], candidates[c]);
            for (int j = 0; j < dots.length; j++) {
                double d = FeatureSpace.sqDistFromDot(cn, ln[j], dots[j]);
                if (d < sqDist[c]) { sqDist[c] = d; nearest[c] = j; }
            }
        });
        centres = l.length;
    }

    int centres() { return centres; }

    /** Makes candidate c a centre. */
    void addCandidate(int c) {
        double[] point = candidates[c];
        int id = centres++;
        for (int i = 0; i < candidates.length; i++) {
            double d = i == c ? 0 : FeatureSpace.sqDist(candidates[i], point);
            if (d < sqDist[i]) { sqDist[i] = d; nearest[i] = id; }
        }
    }

    /** "labelled #3" or "pick 2 of this batch", for explanations. */
    String describe(int centre) {
        return centre < labelled ? "labelled #" + (centre + 1) : "pick " + (centre - labelled + 1) + " of this batch";
    }

    /** One greedy pick: the candidate (its position in the context's candidates), why, its cluster (−1: none), its score. */
    record Choice(int candidate, String rule, int cluster, double score) {}

    /** How a greedy strategy chooses its next candidate among those not taken (left of them). */
    interface Chooser {
        Choice next(NearestCentres nc, FeatureSpace f, boolean[] taken, int left);
    }

    /** The greedy batch of MaxDist, k-means++ and LCMD: B times, the chooser's candidate is picked, then becomes a centre. */
    static List<Pick> greedy(SelectionContext ctx, int batch, int dim, Chooser chooser) {
        int n = ctx.candidates().length, k = Math.min(batch, n);
        FeatureSpace f = ctx.features(dim);
        NearestCentres nc = new NearestCentres(f);
        PickBuilder pb = new PickBuilder(ctx);
        boolean[] taken = new boolean[n];
        List<Pick> picks = new ArrayList<>(k);
        while (picks.size() < k) {
            Choice c = chooser.next(nc, f, taken, n - picks.size());
            picks.add(pb.pick(c.rule(), c.candidate(), c.cluster(), c.score()));
            taken[c.candidate()] = true;
            nc.addCandidate(c.candidate());
        }
        return picks;
    }

    /** With no centre at all (nothing labelled, nothing picked yet): the candidate of largest ‖φ‖. */
    static Choice largestNormChoice(FeatureSpace f, boolean[] taken) {
        return new Choice(largestNorm(f, taken), "largest feature norm (nothing labelled)", -1, Double.NaN);
    }

    /** With nothing labelled yet: the candidate with the largest ‖φ‖ (as bmdal_reg starts), ties to the first. */
    static int largestNorm(FeatureSpace f, boolean[] taken) {
        int best = -1;
        double bestNorm = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < f.candidates().length; c++) {
            if (taken[c]) continue;
            double n = FeatureSpace.dot(f.candidates()[c], f.candidates()[c]);
            if (n > bestNorm) { bestNorm = n; best = c; }
        }
        return best;
    }
}

package org.activemat.engine.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Greedy, B times: score = α·minmax(variance) + (1−α)·minmax(distance to labelled ∪ picked); take the best.
 * α = 1 is uncertainty sampling, α = 0 farthest-point sampling. Ties go to the earlier candidate. It reads the raw
 * variance: the recalibrated spread (engine.loop.Recalibration) would change nothing for a scale factor, since
 * minmax(s²·v) = minmax(v); only an isotonic map could bend the scores, and no parameter asks for it.
 */
public final class HybridStrategy implements QueryStrategy {
    private final double alpha;

    public HybridStrategy(double alpha) {
        if (!(alpha >= 0 && alpha <= 1)) throw new IllegalArgumentException("hybrid α must be in [0, 1] (got " + alpha + ")");
        this.alpha = alpha;
    }

    public HybridStrategy() { this(0.6); }

    public double alpha() { return alpha; }

    @Override public String name() { return "hybrid"; }

    @Override public List<Pick> select(SelectionContext ctx, int batch, Random rng) {
        int n = ctx.candidates().length, k = Math.min(batch, n);
        PickBuilder pb = new PickBuilder(ctx);
        double[] variance = minmax(ctx.candidateVariance(), null);
        double[] dist = pb.distanceToLabelled().clone();
        boolean[] taken = new boolean[n];
        List<Pick> picks = new ArrayList<>(k);
        for (int step = 0; step < k; step++) {
            double[] d = minmax(dist, taken);
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < n; c++) {
                if (taken[c]) continue;
                double s = alpha * variance[c] + (1 - alpha) * d[c];
                if (s > bestScore) { bestScore = s; best = c; }
            }
            taken[best] = true;
            picks.add(pb.pick("best α·variance + (1−α)·distance", best, -1, bestScore));
            ctx.updateMinDistance(dist, ctx.pool()[ctx.candidates()[best]]);
        }
        return picks;
    }

    /** Scales to [0, 1] over the entries not taken; all equal (or infinite, e.g. nothing labelled) → 0. */
    static double[] minmax(double[] v, boolean[] taken) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            if (taken != null && taken[i] || !Double.isFinite(v[i])) continue;
            lo = Math.min(lo, v[i]);
            hi = Math.max(hi, v[i]);
        }
        double[] out = new double[v.length];
        double span = hi - lo;
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) out[i] = v[i] > 0 ? 1 : 0;
            else out[i] = span > 0 ? (v[i] - lo) / span : 0;
        }
        return out;
    }
}

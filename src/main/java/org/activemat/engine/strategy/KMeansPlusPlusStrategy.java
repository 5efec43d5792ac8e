package org.activemat.engine.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * k-means++ seeding on the features (Arthur & Vassilvitskii 2007; Holzmüller et al. 2023 §4), with the labelled rows
 * as the centres already chosen: B times, draw a candidate with probability proportional to its squared feature
 * distance to the nearest point of labelled ∪ already-picked, using the round's Random. A candidate at distance 0 (a
 * duplicate of a labelled or picked point in feature space) has probability 0; only when every remaining candidate is at
 * distance 0, or nothing is labelled yet, is the draw uniform.
 */
public final class KMeansPlusPlusStrategy implements QueryStrategy {
    private final int dim;

    public KMeansPlusPlusStrategy(int dim) {
        if (dim < 0) throw new IllegalArgumentException("kmeanspp: dim must not be negative (got " + dim + ")");
        this.dim = dim;
    }

    @Override public String name() { return "kmeanspp"; }

    @Override public List<Pick> select(SelectionContext ctx, int batch, Random rng) {
        int n = ctx.candidates().length, k = Math.min(batch, n);
        NearestCentres nc = new NearestCentres(ctx.features(dim));
        PickBuilder pb = new PickBuilder(ctx);
        boolean[] taken = new boolean[n];
        List<Pick> picks = new ArrayList<>(k);
        while (picks.size() < k) {
            double total = 0;
            if (nc.centres() > 0) for (int c = 0; c < n; c++) if (!taken[c]) total += nc.sqDist[c];
            int best;
            double p;
            String rule;
            if (total > 0 && Double.isFinite(total)) {
                best = draw(nc.sqDist, taken, total, rng);
                p = nc.sqDist[best] / total;
                rule = "k-means++ draw ∝ squared feature distance to labelled ∪ picked (p = " + String.format("%.3g", p) + ")";
            } else { // nothing labelled, or every remaining candidate coincides with a centre
                best = uniform(taken, n - picks.size(), rng);
                p = 1.0 / (n - picks.size());
                rule = "k-means++ uniform draw (no candidate away from labelled ∪ picked)";
            }
            picks.add(pb.pick(rule, best, -1, p));
            taken[best] = true;
            nc.addCandidate(best);
        }
        return picks;
    }

    /** Inverse-CDF draw over the candidates not taken, weights w. */
    private static int draw(double[] w, boolean[] taken, double total, Random rng) {
        double u = rng.nextDouble() * total, cum = 0;
        int last = -1;
        for (int c = 0; c < w.length; c++) {
            if (taken[c] || !(w[c] > 0)) continue;
            cum += w[c];
            last = c;
            if (cum > u) return c;
        }
        return last; // rounding left u just above the final sum
    }

    private static int uniform(boolean[] taken, int left, Random rng) {
        int r = rng.nextInt(left);
        for (int c = 0; c < taken.length; c++) if (!taken[c] && r-- == 0) return c;
        throw new IllegalStateException("no candidate left");
    }
}

package org.activemat.engine.strategy;

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
        return NearestCentres.greedy(ctx, batch, dim, (nc, f, taken, left) -> {
            double total = 0;
            if (nc.centres() > 0) for (int c = 0; c < taken.length; c++) if (!taken[c]) total += nc.sqDist[c];
            if (total > 0 && Double.isFinite(total)) {
                int best = draw(nc.sqDist, taken, total, rng);
                double p = nc.sqDist[best] / total;
                return new NearestCentres.Choice(best, "k-means++ draw ∝ squared feature distance to labelled ∪ picked (p = "
                        + String.format("%.3g", p) + ")", -1, p);
            }
            // nothing labelled, or every remaining candidate coincides with a centre
            return new NearestCentres.Choice(uniform(taken, left, rng), "k-means++ uniform draw (no candidate away from labelled ∪ picked)",
                    -1, 1.0 / left);
        });
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

package org.activemat.engine.strategy;

import java.util.List;
import java.util.Random;

/**
 * MaxDist (greedy k-center, Holzmüller et al. 2023 §4): B times, take the candidate whose feature distance to its
 * nearest point of labelled ∪ already-picked is largest, ‖φ(x) − φ(z)‖ with φ the trained ensemble's last-hidden-layer
 * features (see {@link FeatureSpace}). Ties go to the earlier candidate; with nothing labelled the first pick is the
 * candidate of largest ‖φ‖. Deterministic: the Random is not used.
 */
public final class MaxDistStrategy implements QueryStrategy {
    private final int dim;

    /** dim: random projection of the features (0 = none). */
    public MaxDistStrategy(int dim) {
        if (dim < 0) throw new IllegalArgumentException("maxdist: dim must not be negative (got " + dim + ")");
        this.dim = dim;
    }

    @Override public String name() { return "maxdist"; }

    @Override public List<Pick> select(SelectionContext ctx, int batch, Random rng) {
        return NearestCentres.greedy(ctx, batch, dim, (nc, f, taken, left) -> {
            if (nc.centres() == 0) return NearestCentres.largestNormChoice(f, taken);
            int best = farthest(nc.sqDist, taken);
            double d = Math.sqrt(nc.sqDist[best]);
            return new NearestCentres.Choice(best, "farthest in feature space from labelled ∪ picked (nearest: "
                    + nc.describe(nc.nearest[best]) + ")", -1, Double.isFinite(d) ? d : Double.NaN);
        });
    }

    /** The candidate not taken with the largest value, ties to the first. */
    static int farthest(double[] sqDist, boolean[] taken) {
        int best = -1;
        for (int c = 0; c < sqDist.length; c++)
            if (!taken[c] && (best < 0 || sqDist[c] > sqDist[best])) best = c;
        return best;
    }
}

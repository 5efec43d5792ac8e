package org.activemat.engine.strategy;

import java.util.List;
import java.util.Random;

/**
 * LCMD, largest cluster maximum distance (Holzmüller et al. 2023 §4.3): every candidate belongs to the cluster of its
 * nearest centre in labelled ∪ already-picked (feature distance); a cluster's size is the sum of its candidates'
 * squared distances to the centre; B times, in the largest cluster take the candidate farthest from its centre, which
 * then becomes a centre itself. Ties go to the lower centre and the earlier candidate; with nothing labelled the first
 * pick is the candidate of largest ‖φ‖. Deterministic: the Random is not used. A pick's cluster is its centre's id
 * (labelled rows first, in the context's order, then this batch's picks).
 */
public final class LcmdStrategy implements QueryStrategy {
    private final int dim;

    public LcmdStrategy(int dim) {
        if (dim < 0) throw new IllegalArgumentException("lcmd: dim must not be negative (got " + dim + ")");
        this.dim = dim;
    }

    @Override public String name() { return "lcmd"; }

    @Override public List<Pick> select(SelectionContext ctx, int batch, Random rng) {
        return NearestCentres.greedy(ctx, batch, dim, (nc, f, taken, left) -> {
            if (nc.centres() == 0) return NearestCentres.largestNormChoice(f, taken);
            double[] size = new double[nc.centres()];
            int n = taken.length;
            for (int c = 0; c < n; c++) if (!taken[c]) size[nc.nearest[c]] += nc.sqDist[c];
            int cluster = 0;
            for (int j = 1; j < size.length; j++) if (size[j] > size[cluster]) cluster = j;
            int best = -1;
            for (int c = 0; c < n; c++) {
                if (taken[c] || size[cluster] > 0 && nc.nearest[c] != cluster) continue; // all clusters empty: any candidate
                if (best < 0 || nc.sqDist[c] > nc.sqDist[best]) best = c;
            }
            String rule = String.format("farthest point of the largest cluster (centre %s, Σd² = %.3g)", nc.describe(cluster), size[cluster]);
            return new NearestCentres.Choice(best, rule, nc.nearest[best], Math.sqrt(nc.sqDist[best]));
        });
    }
}

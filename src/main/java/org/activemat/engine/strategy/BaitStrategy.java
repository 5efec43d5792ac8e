package org.activemat.engine.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * BAIT (Ash et al. 2021, in the regression form of Holzmüller et al. 2023 appendix): with squared loss the Fisher
 * information of the last layer at x is φ(x)φ(x)ᵀ, φ the gradient features of the output with respect to the last
 * layer's weights and bias ([last hidden activations, 1], concatenated over members, see {@link FeatureSpace}).
 * BAIT chooses S to minimise tr(A⁻¹C), with A = σ²I + Σ_{x ∈ labelled ∪ S} φφᵀ the information of the labels plus a
 * prior, and C = Σ_{x ∈ labelled ∪ candidates} φφᵀ the information of the whole pool the model must predict — the
 * pool's summed posterior variance, in σ² units. Forward greedy, B times: add the candidate z with the largest drop
 * Δ(z) = φ_zᵀA⁻¹CA⁻¹φ_z / (1 + φ_zᵀA⁻¹φ_z) (Sherman–Morrison), then update A⁻¹φ and the numerators by rank-one steps.
 *
 * <p>Affordable: one d × d matrix, so d is bounded by the random projection (default 128 dimensions): the set-up costs
 * about 3·N·d² and each pick 3·N·d. No backward pruning step (Ash et al.'s variant over-selects and prunes).
 * σ² is relative to the mean k(x, x) of the labelled rows (default 0.01, bmdal_reg's σ = 0.1). Deterministic.
 */
public final class BaitStrategy implements QueryStrategy {
    private final int dim;
    private final double sigma2;

    public BaitStrategy(int dim, double sigma2) {
        if (dim < 0) throw new IllegalArgumentException("bait: dim must not be negative (got " + dim + ")");
        if (!(sigma2 > 0)) throw new IllegalArgumentException("bait: the prior σ² must be positive (got " + sigma2 + ")");
        this.dim = dim;
        this.sigma2 = sigma2;
    }

    @Override public String name() { return "bait"; }

    @Override public List<Pick> select(SelectionContext ctx, int batch, Random rng) {
        int n = ctx.candidates().length, k = Math.min(batch, n);
        FeatureSpace f = ctx.features(dim);
        int d = f.dim();
        double[][] info = new double[d][d];
        for (double[] x : f.labelled()) FeaturePosterior.addOuter(info, x, 1);
        for (double[] x : f.candidates()) FeaturePosterior.addOuter(info, x, 1);
        FeaturePosterior post = new FeaturePosterior(f, sigma2);
        double[] num = new double[n];
        for (int c = 0; c < n; c++) num[c] = FeatureSpace.dot(post.g[c], FeaturePosterior.times(info, post.g[c]));

        PickBuilder pb = new PickBuilder(ctx);
        boolean[] taken = new boolean[n];
        double[] gain = new double[n];
        List<Pick> picks = new ArrayList<>(k);
        while (picks.size() < k) {
            for (int c = 0; c < n; c++) gain[c] = num[c] / (1 + post.q[c]);
            int best = MaxDistStrategy.farthest(gain, taken);
            picks.add(pb.pick("largest drop of the pool's posterior variance tr(A⁻¹C) (BAIT, last-layer Fisher)", best, -1, gain[best]));
            taken[best] = true;
            if (picks.size() == k) break;
            // numerators before the step: g_xᵀ C g_x ← … − 2 (a_x/d) g_xᵀ C g_z + (a_x/d)² g_zᵀ C g_z
            double[] h = FeaturePosterior.times(info, post.g[best]);
            double[] cross = new double[n];
            for (int c = 0; c < n; c++) cross[c] = FeatureSpace.dot(post.g[c], h);
            double s = num[best], dz = 1 + post.q[best];
            double[] a = post.add(best);
            for (int c = 0; c < n; c++) {
                double coef = a[c] / dz;
                num[c] += coef * (coef * s - 2 * cross[c]);
            }
        }
        return picks;
    }
}

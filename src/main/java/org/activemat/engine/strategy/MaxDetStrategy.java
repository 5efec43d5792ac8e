package org.activemat.engine.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * MaxDet (Holzmüller et al. 2023 §4): greedy maximisation of log det(K_SS + σ²I) over S = labelled ∪ picked, with the
 * feature kernel k(x, x') = φ(x)·φ(x'). Each step adds the candidate with the largest posterior variance
 * v(x) = k(x, x) + σ² − k_xS (K_SS + σ²I)⁻¹ k_Sx, which is the step's gain in log-determinant (log v); then v is updated
 * by a rank-one step (pivoted Cholesky). The labelled rows enter S first, so a candidate that duplicates one keeps only
 * about 2σ² of variance and is passed over while any direction the labels have not covered remains.
 *
 * <p>σ² (the jitter) is relative to the mean k(x, x) of the labelled rows, which the feature scaling makes 1;
 * bmdal_reg's default σ = 0.1 gives σ² = 0.01. Two exact implementations, chosen by cost: in kernel space (cost
 * ≈ (L + B)·N·d) or, when the dimension is small against the labelled set, in feature space through
 * {@link FeaturePosterior} (cost ≈ 2·N·d²), where v(x) = σ²(1 + φᵀA⁻¹φ). The pick's score is v − σ².
 * Deterministic: the Random is not used.
 */
public final class MaxDetStrategy implements QueryStrategy {
    enum Mode { AUTO, KERNEL, FEATURE }

    private final int dim;
    private final double sigma2;
    private final Mode mode;

    public MaxDetStrategy(int dim, double sigma2) {
        this(dim, sigma2, Mode.AUTO);
    }

    MaxDetStrategy(int dim, double sigma2, Mode mode) {
        if (dim < 0) throw new IllegalArgumentException("maxdet: dim must not be negative (got " + dim + ")");
        if (!(sigma2 > 0)) throw new IllegalArgumentException("maxdet: the jitter σ² must be positive (got " + sigma2 + ")");
        this.dim = dim;
        this.sigma2 = sigma2;
        this.mode = mode;
    }

    @Override public String name() { return "maxdet"; }

    @Override public List<Pick> select(SelectionContext ctx, int batch, Random rng) {
        int n = ctx.candidates().length, k = Math.min(batch, n);
        FeatureSpace f = ctx.features(dim);
        double rows = f.labelled().length + n, d = f.dim(), set = f.labelled().length + k;
        boolean feature = mode == Mode.FEATURE || mode == Mode.AUTO && 2 * rows * d * d + d * d * d < set * rows * (d + set / 2);
        return feature ? inFeatureSpace(ctx, f, k) : inKernelSpace(ctx, f, k);
    }

    private static final String RULE = "largest posterior variance of the feature kernel given labelled ∪ picked (greedy log-det)";

    private List<Pick> inFeatureSpace(SelectionContext ctx, FeatureSpace f, int k) {
        FeaturePosterior post = new FeaturePosterior(f, sigma2);
        PickBuilder pb = new PickBuilder(ctx);
        boolean[] taken = new boolean[f.candidates().length];
        List<Pick> picks = new ArrayList<>(k);
        while (picks.size() < k) {
            int best = MaxDistStrategy.farthest(post.q, taken);
            picks.add(pb.pick(RULE, best, -1, sigma2 * post.q[best]));
            taken[best] = true;
            if (picks.size() < k) post.add(best);
        }
        return picks;
    }

    private List<Pick> inKernelSpace(SelectionContext ctx, FeatureSpace f, int k) {
        int nl = f.labelled().length, n = f.candidates().length, total = nl + n;
        double[][] phi = new double[total][];
        System.arraycopy(f.labelled(), 0, phi, 0, nl);
        System.arraycopy(f.candidates(), 0, phi, nl, n);
        double[] v = new double[total];
        for (int x = 0; x < total; x++) v[x] = FeatureSpace.dot(phi[x], phi[x]) + sigma2;
        List<double[]> factor = new ArrayList<>();
        double[][] labelledColumns = new double[nl][total]; // k(x, l) for every x at once, vectorised
        FeatureSpace.dotsWith(phi, f.labelled(), (x, dots) -> {
            for (int t = 0; t < nl; t++) labelledColumns[t][x] = dots[t];
        });
        for (int t = 0; t < nl; t++) {
            addToSet(labelledColumns[t], t, v, factor);
            labelledColumns[t] = null; // the column now lives in the factor
        }
        PickBuilder pb = new PickBuilder(ctx);
        boolean[] taken = new boolean[n];
        double[] cand = new double[n];
        List<Pick> picks = new ArrayList<>(k);
        while (picks.size() < k) {
            System.arraycopy(v, nl, cand, 0, n);
            int best = MaxDistStrategy.farthest(cand, taken);
            picks.add(pb.pick(RULE, best, -1, v[nl + best] - sigma2));
            taken[best] = true;
            if (picks.size() == k) break;
            double[] column = new double[total];
            for (int x = 0; x < total; x++) column[x] = FeatureSpace.dot(phi[x], phi[nl + best]);
            addToSet(column, nl + best, v, factor);
        }
        return picks;
    }

    /**
     * One pivoted-Cholesky step: column holds k(x, p) for every x; it becomes the factor's new column
     * u = (k(·, p) + σ²·[· = p] − Σ_s L_s L_s[p]) / √v(p), and v ← v − u².
     */
    private void addToSet(double[] column, int p, double[] v, List<double[]> factor) {
        if (!(v[p] > 1e-300)) return; // p adds nothing the set does not span (only with rounding: σ² > 0)
        column[p] += sigma2;
        for (double[] l : factor) {
            double c = l[p];
            if (c == 0) continue;
            for (int x = 0; x < column.length; x++) column[x] -= c * l[x];
        }
        double inv = 1 / Math.sqrt(v[p]);
        for (int x = 0; x < column.length; x++) {
            column[x] *= inv;
            v[x] -= column[x] * column[x];
        }
        factor.add(column);
    }
}

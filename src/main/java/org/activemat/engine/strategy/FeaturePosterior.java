package org.activemat.engine.strategy;

/**
 * Bayesian linear regression on the features, the model behind MaxDet and BAIT in feature space: weights w ~ N(0, I),
 * y = w·φ(x) + noise of variance σ². Conditioned on a set S of rows, A = σ²I + Σ_{x∈S} φ(x)φ(x)ᵀ, the posterior
 * variance of w·φ(x) is σ²·q(x) with q(x) = φ(x)ᵀA⁻¹φ(x). S starts as the labelled rows; for every candidate c this
 * keeps g_c = A⁻¹φ_c and q_c, and adding a candidate updates them all by Sherman–Morrison (a rank-one step, O(n·d)).
 */
final class FeaturePosterior {
    private final double[][] phi;
    final double[][] g;
    final double[] q;

    FeaturePosterior(FeatureSpace f, double sigma2) {
        phi = f.candidates();
        int d = f.dim(), n = phi.length;
        double[][] a = new double[d][d];
        for (int j = 0; j < d; j++) a[j][j] = sigma2;
        for (double[] x : f.labelled()) addOuter(a, x, 1);
        double[][] inv = SpdInverse.of(a);
        g = new double[n][];
        q = new double[n];
        for (int c = 0; c < n; c++) {
            g[c] = times(inv, phi[c]);
            q[c] = FeatureSpace.dot(phi[c], g[c]);
        }
    }

    /**
     * Adds candidate c to S. Returns a_x = φ_xᵀA⁻¹φ_c for every candidate, with A before the step: with d = 1 + q_c,
     * g_x ← g_x − g_c·a_x/d and q_x ← q_x − a_x²/d.
     */
    double[] add(int c) {
        double[] gc = g[c].clone();
        double d = 1 + q[c];
        double[] a = new double[phi.length];
        for (int x = 0; x < phi.length; x++) {
            a[x] = FeatureSpace.dot(phi[x], gc);
            double coef = a[x] / d;
            double[] gx = g[x];
            for (int j = 0; j < gx.length; j++) gx[j] -= coef * gc[j];
            q[x] -= a[x] * coef;
        }
        return a;
    }

    /** m += w·x xᵀ (rows as axpy, so the JIT vectorises them). */
    static void addOuter(double[][] m, double[] x, double w) {
        for (int i = 0; i < x.length; i++) {
            double v = w * x[i];
            if (v == 0) continue;
            double[] row = m[i];
            for (int j = 0; j < x.length; j++) row[j] += v * x[j];
        }
    }

    /** m·x for a symmetric m, as a sum of its rows weighted by x. */
    static double[] times(double[][] m, double[] x) {
        double[] out = new double[m.length];
        for (int k = 0; k < x.length; k++) {
            double v = x[k];
            if (v == 0) continue;
            double[] row = m[k];
            for (int j = 0; j < out.length; j++) out[j] += v * row[j];
        }
        return out;
    }
}

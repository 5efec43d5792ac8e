package org.activemat.engine.model;

/**
 * Adam (Kingma and Ba; β₁ 0.9, β₂ 0.999, ε 1e-8), written as PyTorch's torch.optim.Adam computes it:
 * m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², w ← w − (lr/(1−β₁ᵗ))·m / (√v/√(1−β₂ᵗ) + ε).
 * State and arithmetic in float32; the bias corrections are computed once per step in double, from running products
 * (not Math.pow, whose result may differ by a unit in the last place between machines).
 */
final class AdamUpdate implements ParameterUpdate {
    static final double BETA1 = 0.9, BETA2 = 0.999, EPSILON = 1e-8;

    private final double lr;
    private final float[][] m, v;
    private double beta1t = 1, beta2t = 1;

    AdamUpdate(float[][] params, double lr) {
        this.lr = lr;
        m = ParameterUpdate.zerosLike(params);
        v = ParameterUpdate.zerosLike(params);
    }

    @Override public void step(float[][] params, float[][] grads) {
        beta1t *= BETA1;
        beta2t *= BETA2;
        float b1 = (float) BETA1, a1 = (float) (1 - BETA1), b2 = (float) BETA2, a2 = (float) (1 - BETA2);
        float stepSize = (float) (lr / (1 - beta1t));
        float invSqrtBias2 = (float) (1 / Math.sqrt(1 - beta2t));
        float eps = (float) EPSILON;
        for (int k = 0; k < params.length; k++) {
            float[] p = params[k], g = grads[k], mk = m[k], vk = v[k];
            for (int j = 0; j < p.length; j++) {
                float gj = g[j];
                float mj = b1 * mk[j] + a1 * gj;
                float vj = b2 * vk[j] + a2 * gj * gj;
                mk[j] = mj;
                vk[j] = vj;
                p[j] -= stepSize * mj / ((float) Math.sqrt(vj) * invSqrtBias2 + eps);
            }
        }
    }
}

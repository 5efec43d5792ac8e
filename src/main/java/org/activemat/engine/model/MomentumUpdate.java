package org.activemat.engine.model;

/**
 * SGD with momentum as PyTorch's torch.optim.SGD computes it: u ← μu + g, w ← w − lr·u (u starts at 0, so the first
 * step is plain SGD). With the gradient of the mean squared error (factor 2), a learning rate here moves the weights
 * as twice that rate does in Smile, whose MSE gradient has no factor 2.
 */
final class MomentumUpdate implements ParameterUpdate {
    private final float lr, momentum;
    private final float[][] u;

    MomentumUpdate(float[][] params, double lr, double momentum) {
        this.lr = (float) lr;
        this.momentum = (float) momentum;
        u = ParameterUpdate.zerosLike(params);
    }

    @Override public void step(float[][] params, float[][] grads) {
        for (int k = 0; k < params.length; k++) {
            float[] p = params[k], g = grads[k], uk = u[k];
            for (int j = 0; j < p.length; j++) {
                float uj = momentum * uk[j] + g[j];
                uk[j] = uj;
                p[j] -= lr * uj;
            }
        }
    }
}

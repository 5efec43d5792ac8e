package org.activemat.engine.loop;

import org.activemat.engine.model.EnsembleModel;
import org.activemat.engine.strategy.FeatureSource;

/**
 * The trained ensemble's features for the feature-space strategies: block m is member m's last-hidden-layer
 * activations with a constant 1 appended, [h_m(x), 1] — the gradient of member m's output with respect to its last
 * layer's weights and bias (bmdal_reg's "ll" gradient features). The blocks are concatenated over all members, as
 * bmdal_reg's ensemble kernel does (its kernel is the sum of the members' kernels): no member is preferred and the
 * features see what every member learned. Read only when a strategy asks (one forward pass per member).
 */
public final class EnsembleFeatures implements FeatureSource {
    private final EnsembleModel ensemble;
    private final double[][] poolX;
    private final long seed;

    public EnsembleFeatures(EnsembleModel ensemble, double[][] poolX, long projectionSeed) {
        this.ensemble = ensemble;
        this.poolX = poolX;
        this.seed = projectionSeed;
    }

    @Override public int blocks() { return ensemble.size(); }

    @Override public double[][] block(int m, int[] poolRows) {
        double[][] h = ensemble.lastHidden(m, ActiveLearningRun.rows(poolX, poolRows));
        double[][] out = new double[h.length][];
        for (int i = 0; i < h.length; i++) {
            out[i] = java.util.Arrays.copyOf(h[i], h[i].length + 1);
            out[i][h[i].length] = 1; // the bias's gradient
        }
        return out;
    }

    @Override public long projectionSeed() { return seed; }
}

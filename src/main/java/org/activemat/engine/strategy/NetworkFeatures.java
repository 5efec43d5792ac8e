package org.activemat.engine.strategy;

import java.util.HashMap;
import java.util.Map;

/**
 * A context's feature source with its results kept: the first strategy that asks for features of a dimension pays
 * for them, later ones (the adaptive strategy's arms, a second call) reuse them. Nothing is computed before a strategy
 * asks, so strategies that never do (the paper's four) cost nothing extra.
 */
public final class NetworkFeatures {
    private final FeatureSource source;
    private final boolean fromNetwork;
    private final Map<Integer, FeatureSpace> built = new HashMap<>();
    private int[] labelled, candidates;
    private int computed;

    private NetworkFeatures(FeatureSource source, boolean fromNetwork) {
        this.source = source;
        this.fromNetwork = fromNetwork;
    }

    /** The trained network's features (or any features a caller gives). */
    public static NetworkFeatures of(FeatureSource source) {
        return new NetworkFeatures(source, true);
    }

    /** Stand-in when there is no network: the standardized descriptors of the pool serve as features. */
    static NetworkFeatures descriptors(double[][] pool) {
        return new NetworkFeatures(FeatureSource.given(pool), false);
    }

    /** False when the descriptors stand in for a network that was not given. */
    public boolean fromNetwork() { return fromNetwork; }

    /** How many feature spaces were built so far (for tests of laziness). */
    public synchronized int computed() { return computed; }

    synchronized FeatureSpace space(int[] labelledRows, int[] candidateRows, int dim) {
        if (labelledRows != labelled || candidateRows != candidates) { // another row set: what was built does not apply
            built.clear();
            labelled = labelledRows;
            candidates = candidateRows;
        }
        FeatureSpace f = built.get(dim);
        if (f == null) {
            f = FeatureSpace.build(source, labelledRows, candidateRows, dim);
            built.put(dim, f);
            computed++;
        }
        return f;
    }
}

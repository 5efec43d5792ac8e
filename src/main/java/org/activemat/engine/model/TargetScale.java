package org.activemat.engine.model;

import org.activemat.engine.math.Moments;

/**
 * The target standardized over the training rows (mean 0, std 1; a constant target is left unscaled), so one learning
 * rate fits eV/atom and eV targets alike; predictions are mapped back with {@link #back}.
 */
record TargetScale(double mean, double std) {
    static TargetScale of(double[] y) {
        double std = Moments.populationStd(y);
        return new TargetScale(Moments.mean(y), std > 1e-12 ? std : 1);
    }

    double scaled(double v) { return (v - mean) / std; }

    double back(double z) { return z * std + mean; }
}

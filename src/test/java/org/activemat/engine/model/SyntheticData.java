package org.activemat.engine.model;

import java.util.Random;

/** A smooth, nonlinear 17-feature regression problem with standardized Gaussian features (stand-in for paper-17). */
public final class SyntheticData {
    public final double[][] x;
    public final double[] y;

    public SyntheticData(int n, long seed) {
        Random r = new Random(seed);
        x = new double[n][17];
        y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 17; j++) x[i][j] = r.nextGaussian();
            y[i] = target(x[i]) + 0.02 * r.nextGaussian();
        }
    }

    public static double target(double[] v) {
        return Math.sin(v[0]) + 0.5 * v[1] * v[2] + 0.3 * v[3] * v[3] - 0.4 * Math.tanh(2 * v[4]) + 0.2 * v[5]
                + 0.1 * (v[6] + v[7] - v[8]) + 0.05 * v[9] * v[10];
    }
}

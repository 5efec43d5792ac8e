package org.activemat.engine.strategy;

import java.util.Random;

/** Small contexts whose network features are given directly: pool row i has features phi[i]. */
final class FeatureContexts {
    private FeatureContexts() {}

    /** Rows 0 … labelled−1 are labelled, the rest are candidates in order; every candidate's variance is 0. */
    static SelectionContext of(double[][] phi, int labelled) {
        int[] l = new int[labelled], c = new int[phi.length - labelled];
        for (int i = 0; i < labelled; i++) l[i] = i;
        for (int i = 0; i < c.length; i++) c[i] = labelled + i;
        double[][] descriptors = new double[phi.length][]; // descriptors unrelated to the features: strategies must not read them
        for (int i = 0; i < phi.length; i++) descriptors[i] = new double[]{i};
        return new SelectionContext(descriptors, l, c, new double[c.length]).withNetwork(FeatureSource.given(phi));
    }

    static double[][] gaussian(int rows, int dim, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[rows][dim];
        for (double[] row : x) for (int j = 0; j < dim; j++) row[j] = r.nextGaussian();
        return x;
    }
}

package org.activemat.engine.loop;

/**
 * Column standardization fitted on the training pool only (so the test set does not leak into the features);
 * a zero-variance column becomes 0, never NaN.
 * TODO(lead): replace with engine.descriptor.Standardizer once the descriptor branch is merged.
 */
final class TrainPoolScaler {
    private final double[] mean, std;

    TrainPoolScaler(double[][] x, int[] rows) {
        int p = x[0].length;
        mean = new double[p];
        std = new double[p];
        for (int r : rows) for (int j = 0; j < p; j++) mean[j] += x[r][j];
        for (int j = 0; j < p; j++) mean[j] /= rows.length;
        for (int r : rows) for (int j = 0; j < p; j++) std[j] += (x[r][j] - mean[j]) * (x[r][j] - mean[j]);
        for (int j = 0; j < p; j++) std[j] = Math.sqrt(std[j] / rows.length);
    }

    double[][] transform(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) out[i][j] = std[j] > 1e-12 ? (x[i][j] - mean[j]) / std[j] : 0;
        }
        return out;
    }
}

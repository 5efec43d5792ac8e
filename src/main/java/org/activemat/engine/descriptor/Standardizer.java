package org.activemat.engine.descriptor;

/**
 * Zero-mean, unit-variance scaling fitted on the training pool only and then applied to any rows (pool, test, candidates),
 * so no information from held-out rows leaks into the scaling. A feature constant on the pool (e.g. every composition
 * feature in a one-element system) maps to 0, never NaN.
 */
public final class Standardizer {
    private final double[] mean;
    private final double[] scale; // population std; 0 marks a constant feature

    private Standardizer(double[] mean, double[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    /** Fits on all rows of x. */
    public static Standardizer fit(double[][] x) {
        int[] all = new int[x.length];
        for (int i = 0; i < all.length; i++) all[i] = i;
        return fit(x, all);
    }

    /** Fits on the given rows of x only (the training pool). */
    public static Standardizer fit(double[][] x, int[] rows) {
        if (rows.length == 0) throw new IllegalArgumentException("cannot standardize on zero rows");
        int d = x[rows[0]].length;
        double[] mean = new double[d], scale = new double[d];
        for (int r : rows) {
            if (x[r].length != d) throw new IllegalArgumentException("row " + r + " has " + x[r].length + " features, expected " + d);
            for (int k = 0; k < d; k++) mean[k] += x[r][k];
        }
        for (int k = 0; k < d; k++) mean[k] /= rows.length;
        for (int r : rows) for (int k = 0; k < d; k++) scale[k] += (x[r][k] - mean[k]) * (x[r][k] - mean[k]);
        for (int k = 0; k < d; k++) {
            double sd = Math.sqrt(scale[k] / rows.length);
            // rounding noise on a constant column is not variance
            scale[k] = sd > 1e-12 * Math.max(1, Math.abs(mean[k])) ? sd : 0;
        }
        return new Standardizer(mean, scale);
    }

    public double[] transform(double[] row) {
        if (row.length != mean.length) throw new IllegalArgumentException("row has " + row.length + " features, expected " + mean.length);
        double[] out = new double[row.length];
        for (int k = 0; k < row.length; k++) out[k] = scale[k] == 0 ? 0 : (row[k] - mean[k]) / scale[k];
        return out;
    }

    public double[][] transform(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) out[i] = transform(x[i]);
        return out;
    }

    public double[] mean() { return mean.clone(); }

    /** Standard deviation per feature on the fitted rows; 0 for a constant feature. */
    public double[] scale() { return scale.clone(); }

    public int features() { return mean.length; }
}

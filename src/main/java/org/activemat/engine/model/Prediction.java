package org.activemat.engine.model;

/** Ensemble prediction per row: the member mean and the member variance (query-by-committee uncertainty). */
public record Prediction(double[] mean, double[] variance) {
    public Prediction {
        if (mean.length != variance.length) throw new IllegalArgumentException("mean and variance differ in length");
    }

    public int size() { return mean.length; }

    public double std(int i) { return Math.sqrt(variance[i]); }

    public double[] std() {
        double[] s = new double[variance.length];
        for (int i = 0; i < s.length; i++) s[i] = Math.sqrt(variance[i]);
        return s;
    }
}

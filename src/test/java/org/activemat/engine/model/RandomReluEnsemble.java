package org.activemat.engine.model;

import java.util.Random;

/**
 * An untrained stand-in for a trained ensemble: M members, each an MLP inputs → w → w → 1 with ReLU and seeded Gaussian
 * weights (He scaling). Its last hidden layer has the shape and sparsity of a real one, at the cost of a real forward
 * pass, so strategy tests and cost measurements need no training. Counts lastHidden calls.
 */
public final class RandomReluEnsemble implements EnsembleModel {
    private final double[][][] w1, w2;
    private final double[][] out;
    private int lastHiddenCalls;

    public RandomReluEnsemble(int members, int inputs, int width, long seed) {
        Random r = new Random(seed);
        w1 = new double[members][][];
        w2 = new double[members][][];
        out = new double[members][];
        for (int m = 0; m < members; m++) {
            w1[m] = gaussian(r, width, inputs + 1, Math.sqrt(2.0 / inputs));
            w2[m] = gaussian(r, width, width + 1, Math.sqrt(2.0 / width));
            out[m] = gaussian(r, 1, width + 1, Math.sqrt(1.0 / width))[0];
        }
    }

    private static double[][] gaussian(Random r, int rows, int cols, double sd) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) for (int j = 0; j < cols; j++) row[j] = r.nextGaussian() * sd;
        return a;
    }

    public synchronized int lastHiddenCalls() { return lastHiddenCalls; }

    @Override public int size() { return w1.length; }

    @Override public double[] predictMember(int m, double[][] x) {
        double[][] h = hidden(m, x);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) y[i] = layer(out[m], h[i]);
        return y;
    }

    @Override public double[][] lastHidden(int m, double[][] x) {
        synchronized (this) { lastHiddenCalls++; }
        return hidden(m, x);
    }

    private double[][] hidden(int m, double[][] x) {
        double[][] h = new double[x.length][];
        for (int i = 0; i < x.length; i++) h[i] = relu(w2[m], relu(w1[m], x[i]));
        return h;
    }

    private static double[] relu(double[][] w, double[] x) {
        double[] o = new double[w.length];
        for (int j = 0; j < w.length; j++) o[j] = Math.max(0, layer(w[j], x));
        return o;
    }

    /** w · [x, 1]. */
    private static double layer(double[] w, double[] x) {
        double s = w[x.length];
        for (int k = 0; k < x.length; k++) s += w[k] * x[k];
        return s;
    }
}

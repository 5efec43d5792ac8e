package org.activemat.engine.model;

/**
 * The trained java-mlp committee: M float32 networks on the standardized target, mapped back to target units.
 * Immutable after training; every call allocates its own buffers, so predictions may run from many threads at once.
 */
public final class JavaMlpEnsemble implements EnsembleModel {
    /** Rows run through a network per pass when predicting. */
    private static final int CHUNK = 64;

    private final Float32Mlp[] members;
    private final double yMean, yStd;
    private final double[] trainingMse;

    JavaMlpEnsemble(Float32Mlp[] members, double yMean, double yStd, double[] trainingMse) {
        this.members = members;
        this.yMean = yMean;
        this.yStd = yStd;
        this.trainingMse = trainingMse;
    }

    @Override public int size() { return members.length; }

    @Override public double[] predictMember(int m, double[][] x) {
        double[] out = new double[x.length];
        run(m, x, (ws, r, row) -> out[row] = ws.out[r] * yStd + yMean);
        return out;
    }

    @Override public double[][] lastHidden(int m, double[][] x) {
        Float32Mlp net = members[m];
        double[][] out = new double[x.length][];
        run(m, x, (ws, r, row) -> out[row] = toDouble(ws.act[net.hiddenLayers()][r], 0));
        return out;
    }

    /**
     * The gradient of member m's prediction (target units) with respect to its output layer's parameters, per row:
     * the output is yStd·(v·h + c) + yMean, so the gradient is yStd·[h, 1], h the last hidden layer (width + 1
     * columns, the bias last). The feature map of gradient-based batch strategies.
     */
    public double[][] outputLayerGradient(int m, double[][] x) {
        Float32Mlp net = members[m];
        double[][] out = new double[x.length][];
        run(m, x, (ws, r, row) -> {
            double[] g = toDouble(ws.act[net.hiddenLayers()][r], 1);
            for (int j = 0; j < g.length - 1; j++) g[j] *= yStd;
            g[g.length - 1] = yStd;
            out[row] = g;
        });
        return out;
    }

    /**
     * Member m's training loss in its last epoch: the mean squared error of each mini-batch as it was trained (before
     * that batch's step), over all training rows, in standardized target units (summed in double).
     */
    public double trainingMse(int m) { return trainingMse[m]; }

    /** Member m's network (for tests: its weights are not to be changed). */
    Float32Mlp member(int m) { return members[m]; }

    double yMean() { return yMean; }

    double yStd() { return yStd; }

    /** Width of the last hidden layer (the columns of lastHidden). */
    public int lastHiddenWidth() { return members[0].lastHiddenWidth(); }

    private interface RowSink {
        void accept(MlpWorkspace ws, int batchRow, int row);
    }

    /** Runs x through member m in chunks, handing each row's buffers to sink. */
    private void run(int m, double[][] x, RowSink sink) {
        Float32Mlp net = members[m];
        int p = net.sizes[0];
        MlpWorkspace ws = new MlpWorkspace(net.sizes, CHUNK, false);
        float[][] rows = new float[CHUNK][p];
        for (int start = 0; start < x.length; start += CHUNK) {
            int k = Math.min(CHUNK, x.length - start);
            for (int r = 0; r < k; r++) {
                double[] xi = x[start + r];
                if (xi.length != p) throw new IllegalArgumentException("row " + (start + r) + " has " + xi.length + " features, expected " + p);
                for (int j = 0; j < p; j++) rows[r][j] = (float) xi[j];
            }
            net.forward(rows, k, ws);
            for (int r = 0; r < k; r++) sink.accept(ws, r, start + r);
        }
    }

    private static double[] toDouble(float[] a, int extra) {
        double[] d = new double[a.length + extra];
        for (int j = 0; j < a.length; j++) d[j] = a[j];
        return d;
    }
}

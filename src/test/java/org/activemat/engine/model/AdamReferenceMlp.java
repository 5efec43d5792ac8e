package org.activemat.engine.model;

import java.util.Random;

/**
 * A plain-Java MLP trained with Adam (lr 1e-3, β1 0.9, β2 0.999, ε 1e-8) on MSE, ReLU hidden layers, PyTorch-style
 * uniform(±1/√fan_in) initialisation: the paper's training recipe, kept as the reference the Smile recipe must match.
 * Target standardized like MlpEnsemble does.
 */
final class AdamReferenceMlp {
    private final int[] sizes;
    private final double[][][] w;   // w[l][out][in]
    private final double[][] b;
    private double yMean, yStd;

    AdamReferenceMlp(int inputs, int[] hidden, long seed) {
        sizes = new int[hidden.length + 2];
        sizes[0] = inputs;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = 1;
        Random r = new Random(seed);
        w = new double[sizes.length - 1][][];
        b = new double[sizes.length - 1][];
        for (int l = 0; l < w.length; l++) {
            double bound = 1 / Math.sqrt(sizes[l]);
            w[l] = new double[sizes[l + 1]][sizes[l]];
            b[l] = new double[sizes[l + 1]];
            for (double[] row : w[l]) for (int i = 0; i < row.length; i++) row[i] = (2 * r.nextDouble() - 1) * bound;
            for (int i = 0; i < b[l].length; i++) b[l][i] = (2 * r.nextDouble() - 1) * bound;
        }
    }

    void fit(double[][] x, double[] y, int epochs, int batch, double lr, long seed) {
        double mean = 0, var = 0;
        for (double v : y) mean += v;
        mean /= y.length;
        for (double v : y) var += (v - mean) * (v - mean);
        yMean = mean;
        yStd = Math.sqrt(var / y.length);
        if (!(yStd > 1e-12)) yStd = 1;

        int L = w.length;
        double[][][] gw = new double[L][][], mw = new double[L][][], vw = new double[L][][];
        double[][] gb = new double[L][], mb = new double[L][], vb = new double[L][];
        for (int l = 0; l < L; l++) {
            gw[l] = new double[sizes[l + 1]][sizes[l]]; mw[l] = new double[sizes[l + 1]][sizes[l]]; vw[l] = new double[sizes[l + 1]][sizes[l]];
            gb[l] = new double[sizes[l + 1]]; mb[l] = new double[sizes[l + 1]]; vb[l] = new double[sizes[l + 1]];
        }
        double[][] act = new double[L + 1][], delta = new double[L + 1][];
        for (int l = 0; l <= L; l++) { act[l] = new double[sizes[l]]; delta[l] = new double[sizes[l]]; }
        Random r = new Random(seed);
        int n = x.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        int t = 0;
        for (int e = 0; e < epochs; e++) {
            for (int i = n - 1; i > 0; i--) { int j = r.nextInt(i + 1); int tmp = order[i]; order[i] = order[j]; order[j] = tmp; }
            for (int s = 0; s < n; s += batch) {
                int k = Math.min(batch, n - s);
                for (int l = 0; l < L; l++) { for (double[] g : gw[l]) java.util.Arrays.fill(g, 0); java.util.Arrays.fill(gb[l], 0); }
                for (int q = 0; q < k; q++) {
                    int row = order[s + q];
                    forward(x[row], act);
                    delta[L][0] = 2 * (act[L][0] - (y[row] - yMean) / yStd) / k;
                    for (int l = L - 1; l >= 0; l--) {
                        for (int o = 0; o < sizes[l + 1]; o++) {
                            double d = delta[l + 1][o];
                            if (d == 0) continue;
                            gb[l][o] += d;
                            double[] gwo = gw[l][o], in = act[l];
                            for (int i = 0; i < in.length; i++) gwo[i] += d * in[i];
                        }
                        if (l > 0) for (int i = 0; i < sizes[l]; i++) {
                            double sum = 0;
                            for (int o = 0; o < sizes[l + 1]; o++) sum += w[l][o][i] * delta[l + 1][o];
                            delta[l][i] = act[l][i] > 0 ? sum : 0;
                        }
                    }
                }
                t++;
                double c1 = 1 - Math.pow(0.9, t), c2 = 1 - Math.pow(0.999, t);
                for (int l = 0; l < L; l++) {
                    for (int o = 0; o < sizes[l + 1]; o++) {
                        for (int i = 0; i < sizes[l]; i++) {
                            double g = gw[l][o][i];
                            mw[l][o][i] = 0.9 * mw[l][o][i] + 0.1 * g;
                            vw[l][o][i] = 0.999 * vw[l][o][i] + 0.001 * g * g;
                            w[l][o][i] -= lr * (mw[l][o][i] / c1) / (Math.sqrt(vw[l][o][i] / c2) + 1e-8);
                        }
                        double g = gb[l][o];
                        mb[l][o] = 0.9 * mb[l][o] + 0.1 * g;
                        vb[l][o] = 0.999 * vb[l][o] + 0.001 * g * g;
                        b[l][o] -= lr * (mb[l][o] / c1) / (Math.sqrt(vb[l][o] / c2) + 1e-8);
                    }
                }
            }
        }
    }

    private void forward(double[] in, double[][] act) {
        System.arraycopy(in, 0, act[0], 0, in.length);
        for (int l = 0; l < w.length; l++) {
            boolean last = l == w.length - 1;
            for (int o = 0; o < sizes[l + 1]; o++) {
                double s = b[l][o];
                double[] wo = w[l][o];
                for (int i = 0; i < wo.length; i++) s += wo[i] * act[l][i];
                act[l + 1][o] = last || s > 0 ? s : 0;
            }
        }
    }

    double[] predict(double[][] x) {
        double[][] act = new double[sizes.length][];
        for (int l = 0; l < sizes.length; l++) act[l] = new double[sizes[l]];
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            forward(x[i], act);
            out[i] = act[sizes.length - 1][0] * yStd + yMean;
        }
        return out;
    }
}

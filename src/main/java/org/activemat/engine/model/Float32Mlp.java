package org.activemat.engine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * One member's network: ReLU hidden layers and one linear output unit, float32 weights; forward and backward over a
 * whole mini-batch.
 *
 * <p>Layout, for the JIT's vectorizer (matrices as arrays of rows, every loop a row update): hidden layer l is stored
 * input-major, w[l][i][o], so a row's pre-activations and the weight gradient are sums of whole weight or delta rows
 * of length out; an output-major copy wT[l][o][i], refreshed after each update, makes the backward pass a sum of rows
 * of length in. The output unit is one weight row v and a bias c.
 *
 * <p>Terms with a zero coefficient are skipped: after ReLU about half of a hidden layer's activations, and so half of
 * its deltas, are exactly 0. Skipping them changes no number (0·w adds nothing but the sign of a zero) and roughly
 * halves the arithmetic of the hidden-to-hidden layers.
 */
final class Float32Mlp {
    /** Layer widths: input, hidden…, 1. */
    final int[] sizes;
    final float[][][] w;
    /** Transposed copies of w for the backward pass; wT[0] is null (the inputs need no gradient). */
    final float[][][] wT;
    final float[][] b;
    final float[] v;
    final float[] c = new float[1];

    /** PyTorch's nn.Linear initialisation: weights and biases uniform in ±1/√fan_in, drawn layer by layer. */
    Float32Mlp(int inputs, List<Integer> hidden, Random random) {
        sizes = new int[hidden.size() + 2];
        sizes[0] = inputs;
        for (int l = 0; l < hidden.size(); l++) sizes[l + 1] = hidden.get(l);
        sizes[sizes.length - 1] = 1;
        int layers = hidden.size();
        w = new float[layers][][];
        wT = new float[layers][][];
        b = new float[layers][];
        for (int l = 0; l < layers; l++) {
            int in = sizes[l], out = sizes[l + 1];
            double bound = 1 / Math.sqrt(in);
            w[l] = new float[in][out];
            b[l] = new float[out];
            for (int o = 0; o < out; o++) drawColumn(w[l], o, random, bound); // [out][in] order, as PyTorch
            drawRow(b[l], random, bound);
            if (l > 0) wT[l] = new float[out][in];
        }
        int last = sizes[layers];
        v = new float[last];
        double bound = 1 / Math.sqrt(last);
        drawRow(v, random, bound);
        c[0] = uniform(random, bound);
        refreshTransposes();
    }

    // the draws in small methods of their own: the JIT compiles them once, not the constructor's loops over again
    private static void drawColumn(float[][] m, int o, Random r, double bound) {
        for (float[] row : m) row[o] = uniform(r, bound);
    }

    private static void drawRow(float[] row, Random r, double bound) {
        for (int j = 0; j < row.length; j++) row[j] = uniform(r, bound);
    }

    private static float uniform(Random r, double bound) {
        return (float) ((2 * r.nextDouble() - 1) * bound);
    }

    int hiddenLayers() { return w.length; }

    int lastHiddenWidth() { return v.length; }

    /** Every parameter as a row (weights rows, biases, output row, output bias): what an optimizer updates. */
    float[][] parameterRows() {
        return rows(w, b, v, c);
    }

    static float[][] rows(float[][][] w, float[][] b, float[] v, float[] c) {
        List<float[]> rows = new ArrayList<>();
        for (int l = 0; l < w.length; l++) {
            rows.addAll(Arrays.asList(w[l]));
            rows.add(b[l]);
        }
        rows.add(v);
        rows.add(c);
        return rows.toArray(float[][]::new);
    }

    /** After an update of w: the backward pass reads wT. */
    void refreshTransposes() {
        for (int l = 1; l < w.length; l++) FloatRows.transpose(w[l], 0, w[l].length, wT[l]);
    }

    /** Training is over: the transposed copies (half the memory of a 128-wide net) serve only the backward pass. */
    void dropTrainingCopies() {
        Arrays.fill(wT, null);
    }

    /** Runs rows x[0..k) through the network: ws.act holds the hidden outputs, ws.out the outputs. */
    void forward(float[][] x, int k, MlpWorkspace ws) {
        float[][] in = x;
        for (int l = 0; l < w.length; l++) {
            float[][] z = ws.act[l + 1];
            for (int r = 0; r < k; r++) {
                float[] zr = z[r];
                FloatRows.addCombination(zr, b[l], in[r], w[l], ws.idx, FloatRows.nonzeros(in[r], in[r].length, ws.idx));
                FloatRows.relu(zr);
            }
            in = z;
        }
        for (int r = 0; r < k; r++) ws.out[r] = c[0] + FloatRows.dot(in[r], v);
    }

    /**
     * After forward on the same rows and with ws.dOut[r] = ∂loss/∂out[r] set: the gradient of the loss with respect to
     * every parameter, into ws.gw, ws.gb, ws.gv, ws.gc. Reads wT, so refresh it after each update of w.
     */
    void backward(float[][] x, int k, MlpWorkspace ws) {
        outputGradient(k, ws);
        for (int l = w.length - 1; l >= 0; l--) {
            float[][] in = l == 0 ? x : ws.act[l], d = ws.delta[l + 1];
            biasGradient(d, k, ws.gb[l]);
            FloatRows.transpose(in, 0, k, ws.inT); // the coefficients of weight row i's gradient: column i of in
            for (int i = 0; i < w[l].length; i++) weightGradient(ws.inT[i], d, k, ws, ws.gw[l][i]);
            if (l > 0) deltaBelow(l, in, d, k, ws); // the inputs need no delta
        }
    }

    /** gc, gv, and the last hidden layer's delta (from v before any update). */
    private void outputGradient(int k, MlpWorkspace ws) {
        float[][] last = ws.act[w.length], dLast = ws.delta[w.length];
        float gc = 0;
        for (int r = 0; r < k; r++) gc += ws.dOut[r];
        ws.gc[0] = gc;
        FloatRows.addCombination(ws.gv, ws.zero, ws.dOut, last, ws.idx, FloatRows.nonzeros(ws.dOut, k, ws.idx));
        for (int r = 0; r < k; r++) {
            float d = ws.dOut[r];
            float[] dr = dLast[r];
            for (int j = 0; j < dr.length; j++) dr[j] = d * v[j];
            FloatRows.maskInactive(dr, last[r]);
        }
    }

    private static void biasGradient(float[][] d, int k, float[] gb) {
        Arrays.fill(gb, 0f);
        for (int r = 0; r < k; r++) {
            float[] dr = d[r];
            for (int j = 0; j < gb.length; j++) gb[j] += dr[j];
        }
    }

    /** g = Σ_r col[r]·d[r], col = column i of the layer's input: weight row i's gradient (r in order, zeros skipped). */
    private static void weightGradient(float[] col, float[][] d, int k, MlpWorkspace ws, float[] g) {
        FloatRows.addCombination(g, ws.zero, col, d, ws.idx, FloatRows.nonzeros(col, k, ws.idx));
    }

    /** ws.delta[l] from d = ws.delta[l + 1] through wT[l], masked by the ReLU of layer l's input. */
    private void deltaBelow(int l, float[][] in, float[][] d, int k, MlpWorkspace ws) {
        float[][] below = ws.delta[l];
        for (int r = 0; r < k; r++) {
            float[] br = below[r];
            FloatRows.addCombination(br, ws.zero, d[r], wT[l], ws.idx, FloatRows.nonzeros(d[r], d[r].length, ws.idx));
            FloatRows.maskInactive(br, in[r]);
        }
    }
}

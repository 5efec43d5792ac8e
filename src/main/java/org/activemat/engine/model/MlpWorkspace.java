package org.activemat.engine.model;

/**
 * The buffers one {@link Float32Mlp} needs for a batch of up to {@code capacity} rows: activations, and when training
 * the deltas and the gradient. Allocated once per member (or per prediction call), so the epoch loop allocates
 * nothing; one workspace serves one thread.
 */
final class MlpWorkspace {
    final int capacity;
    /** act[l][r]: hidden layer l's ReLU outputs for batch row r, l = 1..H (inputs are referenced, not copied). */
    final float[][][] act;
    /** The network's output per batch row (standardized target units). */
    final float[] out;
    /** Training only: delta[l][r] = ∂loss/∂(pre-activation of hidden layer l) for row r, l = 1..H. */
    final float[][][] delta;
    /** Training only: ∂loss/∂out per row. */
    final float[] dOut;
    /** Training only: the gradient, shaped like the parameters (gw[l] input-major like Float32Mlp.w[l]). */
    final float[][][] gw;
    final float[][] gb;
    final float[] gv, gc;
    /** Scratch: the indices of one combination's nonzero terms. */
    final int[] idx;
    /** Training only: a layer's batch input transposed, inT[i][r] = in[r][i] (as many rows as the widest layer). */
    final float[][] inT;
    /** Zeros, as wide as the widest layer: the base of a sum that starts from 0. */
    final float[] zero;

    MlpWorkspace(int[] sizes, int capacity, boolean training) {
        this.capacity = capacity;
        int hidden = sizes.length - 2, widest = capacity;
        act = new float[hidden + 1][][];
        for (int l = 1; l <= hidden; l++) act[l] = new float[capacity][sizes[l]];
        out = new float[capacity];
        for (int s : sizes) widest = Math.max(widest, s);
        idx = new int[widest + 1]; // + 1: the branch-free gather writes one slot past the last nonzero
        zero = new float[widest];
        if (!training) {
            delta = null; dOut = null; gw = null; gb = null; gv = null; gc = null; inT = null;
            return;
        }
        delta = new float[hidden + 1][][];
        for (int l = 1; l <= hidden; l++) delta[l] = new float[capacity][sizes[l]];
        dOut = new float[capacity];
        gw = new float[hidden][][];
        gb = new float[hidden][];
        for (int l = 0; l < hidden; l++) {
            gw[l] = new float[sizes[l]][sizes[l + 1]];
            gb[l] = new float[sizes[l + 1]];
        }
        gv = new float[sizes[hidden]];
        inT = new float[widest][capacity];
        gc = new float[1];
    }

    /** The gradient as rows, in the order of {@link Float32Mlp#parameterRows()}. */
    float[][] gradientRows() {
        return Float32Mlp.rows(gw, gb, gv, gc);
    }
}

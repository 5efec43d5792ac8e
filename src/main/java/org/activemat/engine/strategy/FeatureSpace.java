package org.activemat.engine.strategy;

import java.util.Random;

/**
 * The feature vectors φ(x) the feature-space strategies work on, for the labelled rows and the candidates (aligned with
 * the context's labelled() and candidates()), with the kernel k(x, x') = φ(x)·φ(x').
 *
 * <p>Built from a {@link FeatureSource}: the blocks are concatenated, or, when a dimension is asked for, each block is
 * multiplied by its own seeded Gaussian matrix with N(0, 1/dim) entries and the results summed — a Johnson–Lindenstrauss
 * projection of the concatenation, which keeps distances and inner products in expectation and bounds the cost of the
 * strategies whose work grows with the dimension (BAIT's d × d matrices). Then every vector is divided by one common
 * factor so that the mean k(x, x) over the labelled rows is 1 (over the candidates when nothing is labelled): a noise
 * or jitter σ² is then relative to the typical kernel value, whatever the width or the scale of the network.
 */
public final class FeatureSpace {
    private final double[][] labelled, candidates;
    private final double scale;

    FeatureSpace(double[][] labelled, double[][] candidates, double scale) {
        this.labelled = labelled;
        this.candidates = candidates;
        this.scale = scale;
    }

    /** φ of the labelled rows, aligned with the context's labelled(). */
    public double[][] labelled() { return labelled; }

    /** φ of the candidates, aligned with the context's candidates(). */
    public double[][] candidates() { return candidates; }

    public int dim() {
        return candidates.length > 0 ? candidates[0].length : labelled.length > 0 ? labelled[0].length : 0;
    }

    /** The factor every raw (or projected) vector was divided by. */
    public double scale() { return scale; }

    /** dim 0: the concatenated blocks as they are; dim > 0: their seeded random projection to dim dimensions. */
    public static FeatureSpace build(FeatureSource source, int[] labelledRows, int[] candidateRows, int dim) {
        if (dim < 0) throw new IllegalArgumentException("the projection dimension must not be negative (got " + dim + ")");
        int nl = labelledRows.length, n = nl + candidateRows.length;
        int[] rows = new int[n];
        System.arraycopy(labelledRows, 0, rows, 0, nl);
        System.arraycopy(candidateRows, 0, rows, nl, candidateRows.length);
        double[][] phi = new double[n][dim];
        Random projection = new Random(source.projectionSeed());
        for (int b = 0; b < source.blocks(); b++) {
            double[][] raw = source.block(b, rows);
            if (dim == 0) append(phi, raw);
            else project(phi, raw, projection, dim);
        }
        double s = 0;
        int to = nl > 0 ? nl : n; // the labelled rows set the scale, as bmdal_reg's scale transform does
        for (int i = 0; i < to; i++) s += dot(phi[i], phi[i]);
        s = to > 0 ? Math.sqrt(s / to) : 1;
        if (!(s > 0) || !Double.isFinite(s)) s = 1; // all-zero features: nothing to normalise
        for (double[] row : phi) for (int j = 0; j < row.length; j++) row[j] /= s;
        double[][] l = new double[nl][], c = new double[n - nl][];
        System.arraycopy(phi, 0, l, 0, nl);
        System.arraycopy(phi, nl, c, 0, n - nl);
        return new FeatureSpace(l, c, s);
    }

    private static void append(double[][] phi, double[][] raw) {
        for (int i = 0; i < phi.length; i++) {
            int w = phi[i].length;
            double[] row = java.util.Arrays.copyOf(phi[i], w + raw[i].length);
            System.arraycopy(raw[i], 0, row, w, raw[i].length);
            phi[i] = row;
        }
    }

    /** phi += raw · P with P (width × dim) drawn from the projection RNG, block after block. */
    private static void project(double[][] phi, double[][] raw, Random rng, int dim) {
        int width = raw.length > 0 ? raw[0].length : 0;
        double[][] p = new double[width][dim];
        double sd = 1 / Math.sqrt(dim);
        for (double[] row : p) for (int j = 0; j < dim; j++) row[j] = rng.nextGaussian() * sd;
        for (int i = 0; i < phi.length; i++) {
            double[] out = phi[i], x = raw[i];
            for (int k = 0; k < width; k++) {
                double v = x[k];
                if (v == 0) continue; // ReLU activations are often exactly zero
                double[] pk = p[k];
                for (int j = 0; j < dim; j++) out[j] += v * pk[j]; // axpy: vectorised by the JIT
            }
        }
    }

    /**
     * Calls each.accept(i, dots) for every row i of rows, dots[j] = rows[i]·others[j]: the product is formed as a sum
     * of others' transposed rows weighted by rows[i] (axpy, which the JIT vectorises; a dot product it does not), and
     * one row at a time, so no rows × others matrix is ever held.
     */
    static void dotsWith(double[][] rows, double[][] others, RowConsumer each) {
        int m = others.length, d = m > 0 ? others[0].length : 0;
        double[][] t = new double[d][m];
        for (int j = 0; j < m; j++) for (int k = 0; k < d; k++) t[k][j] = others[j][k];
        double[] dots = new double[m];
        for (int i = 0; i < rows.length; i++) {
            java.util.Arrays.fill(dots, 0);
            double[] x = rows[i];
            for (int k = 0; k < d; k++) {
                double v = x[k];
                if (v == 0) continue; // ReLU features are often exactly zero
                double[] tk = t[k];
                for (int j = 0; j < m; j++) dots[j] += v * tk[j];
            }
            each.accept(i, dots);
        }
    }

    interface RowConsumer {
        void accept(int row, double[] dots);
    }

    /** ‖a‖² + ‖b‖² − 2a·b, with the rounding left by near-duplicates (relative 1e-12) set to exactly 0. */
    static double sqDistFromDot(double aa, double bb, double ab) {
        double d = aa + bb - 2 * ab;
        return d > 1e-12 * (aa + bb) ? d : 0;
    }

    /** ‖a − b‖², with four partial sums so the loop is not one long dependency chain. */
    public static double sqDist(double[] a, double[] b) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0, n = a.length;
        for (; i + 3 < n; i += 4) {
            double d0 = a[i] - b[i], d1 = a[i + 1] - b[i + 1], d2 = a[i + 2] - b[i + 2], d3 = a[i + 3] - b[i + 3];
            s0 += d0 * d0; s1 += d1 * d1; s2 += d2 * d2; s3 += d3 * d3;
        }
        for (; i < n; i++) { double d = a[i] - b[i]; s0 += d * d; }
        return (s0 + s1) + (s2 + s3);
    }

    /** a · b, with four partial sums. */
    public static double dot(double[] a, double[] b) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0, n = a.length;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * b[i]; s1 += a[i + 1] * b[i + 1]; s2 += a[i + 2] * b[i + 2]; s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) s0 += a[i] * b[i];
        return (s0 + s1) + (s2 + s3);
    }
}

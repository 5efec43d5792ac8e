package org.activemat.engine.model;

/**
 * The float32 loops the java-mlp network is made of. Each is an update of one row over arrays indexed alike, the
 * shape HotSpot's JIT turns into SIMD code; every element's sum is taken in the order written here (Java never
 * reassociates floating point, and the JIT may not either), so the numbers are the same on every machine.
 */
final class FloatRows {
    private FloatRows() {}

    /**
     * row[j] += coef[0]·rows[idx[0]][j] + … + coef[count-1]·rows[idx[count-1]][j], the terms added one after
     * another in k order. (Indices, not row references, name the terms: storing a reference into an array costs a
     * garbage-collector write barrier, several times the price of an int store.)
     * Four terms per pass over the row (a quarter of the loads and stores of row); written as
     * row + t0 + t1 + t2 + t3, which Java evaluates left to right, so the result is bit-identical to adding one
     * term per pass.
     */
    static void addCombination(float[] row, float[] coef, float[][] rows, int[] idx, int count) {
        int n = row.length, k = 0;
        for (; k + 3 < count; k += 4) {
            float c0 = coef[k], c1 = coef[k + 1], c2 = coef[k + 2], c3 = coef[k + 3];
            float[] v0 = rows[idx[k]], v1 = rows[idx[k + 1]], v2 = rows[idx[k + 2]], v3 = rows[idx[k + 3]];
            for (int j = 0; j < n; j++) row[j] = row[j] + c0 * v0[j] + c1 * v1[j] + c2 * v2[j] + c3 * v3[j];
        }
        for (; k < count; k++) {
            float c = coef[k];
            float[] v = rows[idx[k]];
            for (int j = 0; j < n; j++) row[j] = row[j] + c * v[j];
        }
    }

    /**
     * Puts (s[i], i) for every nonzero s[i], i < n, into (coef, idx), in i order; returns how many. Branch-free (every entry
     * is written, the count advances only past nonzeros): about half the activations are zero, which a branch would
     * mispredict.
     */
    static int nonzeros(float[] s, int n, float[] coef, int[] idx) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            float a = s[i];
            coef[count] = a;
            idx[count] = i;
            count += a != 0 ? 1 : 0;
        }
        return count;
    }

    /** As {@link #nonzeros}, over column i of the first k rows: the rows r with m[r][i] ≠ 0. */
    static int nonzerosInColumn(float[][] m, int i, int k, float[] coef, int[] idx) {
        int count = 0;
        for (int r = 0; r < k; r++) {
            float a = m[r][i];
            coef[count] = a;
            idx[count] = r;
            count += a != 0 ? 1 : 0;
        }
        return count;
    }

    /** a·b with four running sums (they hide the adder's latency), combined in a fixed order. */
    static float dot(float[] a, float[] b) {
        int n = a.length, j = 0;
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (; j + 3 < n; j += 4) {
            s0 += a[j] * b[j];
            s1 += a[j + 1] * b[j + 1];
            s2 += a[j + 2] * b[j + 2];
            s3 += a[j + 3] * b[j + 3];
        }
        for (; j < n; j++) s0 += a[j] * b[j];
        return (s0 + s1) + (s2 + s3);
    }

    /** Rectified linear unit in place; max(−0, 0) is +0, so a dead unit is exactly 0 and skipped downstream. */
    static void relu(float[] row) {
        for (int j = 0; j < row.length; j++) row[j] = Math.max(row[j], 0f);
    }

    /** Keeps grad only where the unit was active (ReLU's derivative). */
    static void maskInactive(float[] grad, float[] activation) {
        for (int j = 0; j < grad.length; j++) if (!(activation[j] > 0)) grad[j] = 0f;
    }

    /** dst[j][i] = src[i][j]; eight source rows per pass, so each destination row gets eight adjacent stores. */
    static void transpose(float[][] src, float[][] dst) {
        int n = src.length, i = 0;
        for (; i + 7 < n; i += 8) {
            float[] s0 = src[i], s1 = src[i + 1], s2 = src[i + 2], s3 = src[i + 3];
            float[] s4 = src[i + 4], s5 = src[i + 5], s6 = src[i + 6], s7 = src[i + 7];
            for (int j = 0; j < s0.length; j++) {
                float[] d = dst[j];
                d[i] = s0[j]; d[i + 1] = s1[j]; d[i + 2] = s2[j]; d[i + 3] = s3[j];
                d[i + 4] = s4[j]; d[i + 5] = s5[j]; d[i + 6] = s6[j]; d[i + 7] = s7[j];
            }
        }
        for (; i < n; i++) {
            float[] s = src[i];
            for (int j = 0; j < s.length; j++) dst[j][i] = s[j];
        }
    }
}

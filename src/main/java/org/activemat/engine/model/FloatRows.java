package org.activemat.engine.model;

/**
 * The float32 loops the java-mlp network is made of. Each is an update of one row over arrays indexed alike, the
 * shape HotSpot's JIT turns into SIMD code; every element's sum is taken in the order written here (Java never
 * reassociates floating point, and the JIT may not either), so the numbers are the same on every machine.
 */
final class FloatRows {
    private FloatRows() {}

    /** As {@link #addCombination(float[], float[], float[], float[][], int[], int)} with base = row. */
    static void addCombination(float[] row, float[] s, float[][] rows, int[] idx, int count) {
        addCombination(row, row, s, rows, idx, count);
    }

    /**
     * row[j] = base[j] + s[i₀]·rows[i₀][j] + s[i₁]·rows[i₁][j] + … over the indices iₖ = idx[k], k < count, the terms
     * added one after another in k order (base may be row itself; a zero base gives exactly fill(0) then add). Five
     * terms per pass over the row (a fifth of the loads and stores of row; the most that HotSpot 17 still unrolls and
     * vectorizes, six are left scalar), then one pass for the last one to four; written as row + t0 + t1 + …, which Java
     * evaluates left to right: bit-identical to one term per pass. The first pass reads base, so no pass is spent on
     * filling row. (Indices, not row references, name the terms: storing a reference into an array costs a
     * garbage-collector write barrier, several times the price of an int store.)
     */
    static void addCombination(float[] row, float[] base, float[] s, float[][] rows, int[] idx, int count) {
        int n = row.length, k = 0;
        float[] from = base;
        for (; k + 4 < count; k += 5) {
            int i0 = idx[k], i1 = idx[k + 1], i2 = idx[k + 2], i3 = idx[k + 3], i4 = idx[k + 4];
            float c0 = s[i0], c1 = s[i1], c2 = s[i2], c3 = s[i3], c4 = s[i4];
            float[] v0 = rows[i0], v1 = rows[i1], v2 = rows[i2], v3 = rows[i3], v4 = rows[i4];
            for (int j = 0; j < n; j++) row[j] = from[j] + c0 * v0[j] + c1 * v1[j] + c2 * v2[j] + c3 * v3[j] + c4 * v4[j];
            from = row;
        }
        if (k + 3 < count) { // four left
            int i0 = idx[k], i1 = idx[k + 1], i2 = idx[k + 2], i3 = idx[k + 3];
            float c0 = s[i0], c1 = s[i1], c2 = s[i2], c3 = s[i3];
            float[] v0 = rows[i0], v1 = rows[i1], v2 = rows[i2], v3 = rows[i3];
            for (int j = 0; j < n; j++) row[j] = from[j] + c0 * v0[j] + c1 * v1[j] + c2 * v2[j] + c3 * v3[j];
            from = row;
            k += 4;
        } else if (k + 2 < count) { // three left
            int i0 = idx[k], i1 = idx[k + 1], i2 = idx[k + 2];
            float c0 = s[i0], c1 = s[i1], c2 = s[i2];
            float[] v0 = rows[i0], v1 = rows[i1], v2 = rows[i2];
            for (int j = 0; j < n; j++) row[j] = from[j] + c0 * v0[j] + c1 * v1[j] + c2 * v2[j];
            from = row;
            k += 3;
        } else if (k + 1 < count) { // two left
            int i0 = idx[k], i1 = idx[k + 1];
            float c0 = s[i0], c1 = s[i1];
            float[] v0 = rows[i0], v1 = rows[i1];
            for (int j = 0; j < n; j++) row[j] = from[j] + c0 * v0[j] + c1 * v1[j];
            from = row;
            k += 2;
        }
        if (k < count) {
            float c = s[idx[k]];
            float[] v = rows[idx[k]];
            for (int j = 0; j < n; j++) row[j] = from[j] + c * v[j];
        } else if (from != row) {
            System.arraycopy(base, 0, row, 0, n); // no terms at all
        }
    }

    /**
     * Puts the index of every nonzero s[i], i < n, into idx, in i order; returns how many. Branch-free (every slot is
     * written, the count advances only past nonzeros): about half the activations are zero, which a branch would
     * mispredict. idx needs n + 1 slots.
     */
    static int nonzeros(float[] s, int n, int[] idx) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            idx[count] = i;
            count += isNonzero(s[i]);
        }
        return count;
    }

    /**
     * 1 if x != 0 (NaN included), else 0 (±0), in integer arithmetic: the bits without the sign are 0 only for ±0, and
     * adding 2³¹−1 to them sets the top bit for any other value. (A float comparison here compiles to a compare and a
     * parity check on x86; this is three integer operations.)
     */
    static int isNonzero(float x) {
        return ((Float.floatToRawIntBits(x) & 0x7fffffff) + 0x7fffffff) >>> 31;
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

    /**
     * Keeps grad only where the unit was active (ReLU's derivative), branch-free: for an activation a ≥ 0,
     * min(a·2¹²⁶·2¹²⁶, 1) is 0 for a = 0 and exactly 1 for any a > 0 (even the smallest subnormal), so the product
     * keeps or zeroes grad without a branch that would mispredict half the time.
     */
    static void maskInactive(float[] grad, float[] activation) {
        for (int j = 0; j < grad.length; j++) grad[j] = grad[j] * Math.min(activation[j] * 0x1p126f * 0x1p126f, 1f);
    }

    /**
     * dst[j][i] = src[i][j] for rows from ≤ i < to: sixteen source rows per pass (then eight, then one), so each
     * destination row gets sixteen adjacent stores, a 64-byte cache line, per reference loaded (16 rather than 8: 20%
     * faster on a 128×128 matrix).
     */
    static void transpose(float[][] src, int from, int to, float[][] dst) {
        int i = from;
        for (; i + 15 < to; i += 16) {
            float[] s0 = src[i], s1 = src[i + 1], s2 = src[i + 2], s3 = src[i + 3];
            float[] s4 = src[i + 4], s5 = src[i + 5], s6 = src[i + 6], s7 = src[i + 7];
            float[] s8 = src[i + 8], s9 = src[i + 9], s10 = src[i + 10], s11 = src[i + 11];
            float[] s12 = src[i + 12], s13 = src[i + 13], s14 = src[i + 14], s15 = src[i + 15];
            for (int j = 0; j < s0.length; j++) {
                float[] d = dst[j];
                d[i] = s0[j]; d[i + 1] = s1[j]; d[i + 2] = s2[j]; d[i + 3] = s3[j];
                d[i + 4] = s4[j]; d[i + 5] = s5[j]; d[i + 6] = s6[j]; d[i + 7] = s7[j];
                d[i + 8] = s8[j]; d[i + 9] = s9[j]; d[i + 10] = s10[j]; d[i + 11] = s11[j];
                d[i + 12] = s12[j]; d[i + 13] = s13[j]; d[i + 14] = s14[j]; d[i + 15] = s15[j];
            }
        }
        if (i + 7 < to) {
            float[] s0 = src[i], s1 = src[i + 1], s2 = src[i + 2], s3 = src[i + 3];
            float[] s4 = src[i + 4], s5 = src[i + 5], s6 = src[i + 6], s7 = src[i + 7];
            for (int j = 0; j < s0.length; j++) {
                float[] d = dst[j];
                d[i] = s0[j]; d[i + 1] = s1[j]; d[i + 2] = s2[j]; d[i + 3] = s3[j];
                d[i + 4] = s4[j]; d[i + 5] = s5[j]; d[i + 6] = s6[j]; d[i + 7] = s7[j];
            }
            i += 8;
        }
        for (; i < to; i++) {
            float[] s = src[i];
            for (int j = 0; j < s.length; j++) dst[j][i] = s[j];
        }
    }
}

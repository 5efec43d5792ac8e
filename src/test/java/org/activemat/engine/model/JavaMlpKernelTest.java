package org.activemat.engine.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The java-mlp kernel (blocked row sums, sums from a base row, integer nonzero tests, transposed copies) against the
 * straightforward scalar loops it stands for: the same bits, for widths and batch sizes that are not multiples of
 * any block (1, 7, 16 rows; widths 1 to 37 and 128).
 */
class JavaMlpKernelTest {

    @Test
    void rowSumFromABaseIsCopyThenOneTermAtATime() {
        Random r = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + r.nextInt(140), terms = 1 + r.nextInt(20), count = r.nextInt(terms + 1);
            float[][] rows = new float[terms][n];
            for (float[] row : rows) for (int j = 0; j < n; j++) row[j] = value(r);
            float[] coef = new float[terms];
            for (int k = 0; k < terms; k++) coef[k] = value(r);
            int[] idx = new int[count];
            for (int k = 0; k < count; k++) idx[k] = r.nextInt(terms); // repeats allowed
            float[] base = new float[n + r.nextInt(3)]; // a base may be longer than the row
            if (r.nextBoolean()) for (int j = 0; j < base.length; j++) base[j] = value(r);
            float[] plain = java.util.Arrays.copyOf(base, n), row = new float[n];
            java.util.Arrays.fill(row, Float.NaN); // every entry must be written
            for (int k = 0; k < count; k++) for (int j = 0; j < n; j++) plain[j] = plain[j] + coef[idx[k]] * rows[idx[k]][j];
            FloatRows.addCombination(row, base, coef, rows, idx, count);
            assertThat(row).as("trial %d: n %d, count %d", trial, n, count).containsExactly(plain);
        }
    }

    @Test
    void transposeOfAnyRangeOfRows() {
        Random r = new Random(14);
        for (int rows = 1; rows <= 40; rows++)
            for (int cols : new int[]{1, 5, 128}) {
                float[][] src = new float[rows][cols], dst = new float[cols][rows];
                for (float[] row : src) for (int j = 0; j < cols; j++) row[j] = value(r);
                int from = r.nextInt(rows), to = from + r.nextInt(rows - from + 1);
                FloatRows.transpose(src, from, to, dst);
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        assertThat(dst[j][i]).as("%d rows, %d columns, [%d, %d)", rows, cols, from, to)
                                .isEqualTo(i >= from && i < to ? src[i][j] : 0f);
            }
    }

    @Test
    void nonzeroTestAgreesWithTheFloatComparison() {
        float[] special = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, 1f, -1f, Float.MAX_VALUE,
                Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, Float.intBitsToFloat(0x7fc00001), Float.intBitsToFloat(0xffffffff)};
        for (float x : special) assertThat(FloatRows.isNonzero(x)).as("%s", x).isEqualTo(x != 0 ? 1 : 0);
        Random r = new Random(12);
        for (int i = 0; i < 100_000; i++) {
            float x = Float.intBitsToFloat(r.nextInt());
            assertThat(FloatRows.isNonzero(x)).isEqualTo(x != 0 ? 1 : 0);
        }
    }

    /** forward, and backward's gradient, bit for bit against scalar loops in the documented order of additions. */
    @Test
    void forwardAndGradientAreTheStraightforwardLoops() {
        Random r = new Random(13);
        int[][] shapes = {{17, 128, 128}, {5, 7, 3}, {1, 1}, {9, 37, 16, 8}, {3, 33}};
        for (int[] shape : shapes)
            for (int k : new int[]{1, 7, 16}) {
                List<Integer> hidden = new ArrayList<>();
                for (int l = 1; l < shape.length; l++) hidden.add(shape[l]);
                Float32Mlp net = new Float32Mlp(shape[0], hidden, new Random(r.nextLong()));
                float[][] x = new float[k][shape[0]];
                for (float[] row : x) for (int j = 0; j < row.length; j++) row[j] = r.nextInt(5) == 0 ? 0f : (float) r.nextGaussian();
                MlpWorkspace ws = new MlpWorkspace(net.sizes, 16, true); // capacity 16, batches of k
                net.forward(x, k, ws);
                Plain plain = new Plain(net, x, k);
                for (int i = 0; i < k; i++) {
                    assertThat(ws.out[i]).as("out %d of %s, k %d", i, hidden, k).isEqualTo(plain.out[i]);
                    ws.dOut[i] = (float) r.nextGaussian();
                }
                ws.dOut[0] = 0f; // a row with no error: skipped terms
                net.backward(x, k, ws);
                float[][] expected = plain.gradient(ws.dOut), got = ws.gradientRows();
                for (int row = 0; row < expected.length; row++)
                    assertThat(got[row]).as("gradient row %d of %s, k %d", row, hidden, k).containsExactly(expected[row]);
            }
    }

    private static float value(Random r) {
        int kind = r.nextInt(10);
        return kind == 0 ? 0f : kind == 1 ? -0f : (float) r.nextGaussian();
    }

    /** The network's arithmetic as plain loops: sums from the bias (or +0) adding the nonzero terms in index order. */
    private static final class Plain {
        final Float32Mlp net;
        final float[][] x;
        final int k;
        final List<float[][]> act = new ArrayList<>(); // act.get(l)[r]: input of layer l (x for l = 0)
        final float[] out;

        Plain(Float32Mlp net, float[][] x, int k) {
            this.net = net;
            this.x = x;
            this.k = k;
            act.add(x);
            float[][] in = x;
            for (int l = 0; l < net.w.length; l++) {
                int width = net.w[l][0].length;
                float[][] z = new float[k][width];
                for (int r = 0; r < k; r++)
                    for (int o = 0; o < width; o++) {
                        float s = net.b[l][o];
                        for (int i = 0; i < in[r].length; i++) if (in[r][i] != 0) s = s + in[r][i] * net.w[l][i][o];
                        z[r][o] = Math.max(s, 0f);
                    }
                act.add(z);
                in = z;
            }
            out = new float[k];
            for (int r = 0; r < k; r++) out[r] = net.c[0] + FloatRows.dot(in[r], net.v);
        }

        /** The gradient rows, in parameterRows() order. */
        float[][] gradient(float[] dOut) {
            int top = net.w.length;
            float[][] last = act.get(top);
            float gc = 0;
            for (int r = 0; r < k; r++) gc += dOut[r];
            float[] gv = new float[last[0].length];
            for (int j = 0; j < gv.length; j++) {
                float s = 0;
                for (int r = 0; r < k; r++) if (dOut[r] != 0) s = s + dOut[r] * last[r][j];
                gv[j] = s;
            }
            float[][] d = new float[k][gv.length];
            for (int r = 0; r < k; r++) for (int j = 0; j < gv.length; j++) d[r][j] = mask(dOut[r] * net.v[j], last[r][j]);
            float[][][] gw = new float[top][][];
            float[][] gb = new float[top][];
            for (int l = top - 1; l >= 0; l--) {
                float[][] in = act.get(l);
                int inW = net.w[l].length, outW = net.w[l][0].length;
                gb[l] = new float[outW];
                for (int r = 0; r < k; r++) for (int j = 0; j < outW; j++) gb[l][j] += d[r][j];
                gw[l] = new float[inW][outW];
                for (int i = 0; i < inW; i++)
                    for (int j = 0; j < outW; j++) {
                        float s = 0;
                        for (int r = 0; r < k; r++) if (in[r][i] != 0) s = s + in[r][i] * d[r][j];
                        gw[l][i][j] = s;
                    }
                if (l == 0) break;
                float[][] below = new float[k][inW];
                for (int r = 0; r < k; r++)
                    for (int i = 0; i < inW; i++) {
                        float s = 0;
                        for (int j = 0; j < outW; j++) if (d[r][j] != 0) s = s + d[r][j] * net.w[l][i][j];
                        below[r][i] = mask(s, in[r][i]);
                    }
                d = below;
            }
            return Float32Mlp.rows(gw, gb, gv, new float[]{gc});
        }

        /** ReLU's derivative as FloatRows.maskInactive applies it: g·1 where the unit was active, g·0 where not. */
        private static float mask(float g, float activation) {
            return g * (activation > 0 ? 1f : 0f);
        }
    }
}

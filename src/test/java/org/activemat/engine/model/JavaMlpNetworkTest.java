package org.activemat.engine.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The java-mlp network's arithmetic: its loops, its gradient and its optimizers, each against an independent computation. */
class JavaMlpNetworkTest {

    /** Several terms per pass must add exactly what one term per pass adds (same order of additions), for every count. */
    @Test
    void blockedRowCombinationIsBitIdenticalToOneTermAtATime() {
        Random r = new Random(3);
        int terms = 13;
        float[][] rows = new float[terms][37];
        for (float[] row : rows) for (int j = 0; j < row.length; j++) row[j] = (float) r.nextGaussian();
        float[] coef = new float[terms];
        int[] idx = new int[terms];
        for (int k = 0; k < terms; k++) { coef[k] = (float) r.nextGaussian(); idx[k] = terms - 1 - k; }
        idx[3] = 0; // a repeated term is added twice
        for (int count = 0; count <= terms; count++) {
            float[] blocked = new float[37], plain = new float[37];
            for (int j = 0; j < 37; j++) blocked[j] = plain[j] = j * 0.1f;
            FloatRows.addCombination(blocked, coef, rows, idx, count);
            for (int k = 0; k < count; k++) for (int j = 0; j < 37; j++) plain[j] = plain[j] + coef[idx[k]] * rows[idx[k]][j];
            assertThat(blocked).as("count %d", count).containsExactly(plain);
        }
    }

    @Test
    void nonzerosListsTheNonzeroEntriesInOrder() {
        float[] s = {0, 2, 0, -0f, 3, 0, 5};
        int[] idx = new int[s.length + 1];
        int n = FloatRows.nonzeros(s, s.length, idx);
        assertThat(n).isEqualTo(3);
        assertThat(java.util.Arrays.copyOf(idx, n)).containsExactly(1, 4, 6);
        assertThat(FloatRows.nonzeros(s, 3, idx)).isEqualTo(1);
    }

    @Test
    void reluMaskKeepsOrZeroesExactly() {
        float[] a = {0f, Float.MIN_VALUE, 1e-30f, 3f, Float.MAX_VALUE, 0f};
        float[] g = {5f, -2.5f, 7f, -1e-20f, 4f, -3f};
        FloatRows.maskInactive(g, a);
        assertThat(g).containsExactly(0f, -2.5f, 7f, -1e-20f, 4f, -0f);
    }

    @Test
    void transposeHandlesRowsBeyondTheBlocksOfEight() {
        float[][] src = new float[11][5], dst = new float[5][11];
        for (int i = 0; i < 11; i++) for (int j = 0; j < 5; j++) src[i][j] = i * 10 + j;
        FloatRows.transpose(src, 0, src.length, dst);
        for (int i = 0; i < 11; i++) for (int j = 0; j < 5; j++) assertThat(dst[j][i]).isEqualTo(src[i][j]);
    }

    /** Backward's float gradient against central differences of the loss computed in double, on a tiny network. */
    @Test
    void gradientMatchesFiniteDifferencesInDouble() {
        Float32Mlp net = new Float32Mlp(3, List.of(6, 5), new Random(4));
        Random r = new Random(5);
        int k = 4;
        float[][] x = new float[k][3];
        double[] t = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < 3; j++) x[i][j] = (float) r.nextGaussian();
            t[i] = r.nextGaussian();
        }
        MlpWorkspace ws = new MlpWorkspace(net.sizes, k, true);
        net.forward(x, k, ws);
        for (int i = 0; i < k; i++) ws.dOut[i] = (float) (2 * (ws.out[i] - t[i]) / k);
        net.backward(x, k, ws);
        float[][] grads = ws.gradientRows();

        DoubleNet d = new DoubleNet(net);
        assertThat(d.loss(x, t)).as("the double forward is the float network's").isCloseTo(floatLoss(ws, t), within(1e-5));
        double h = 1e-6;
        int checked = 0;
        for (int row = 0; row < d.rows.length; row++) {
            for (int j = 0; j < d.rows[row].length; j++) {
                double keep = d.rows[row][j];
                d.rows[row][j] = keep + h;
                double up = d.loss(x, t);
                d.rows[row][j] = keep - h;
                double down = d.loss(x, t);
                d.rows[row][j] = keep;
                double numeric = (up - down) / (2 * h);
                assertThat((double) grads[row][j]).as("parameter row %d, entry %d", row, j)
                        .isCloseTo(numeric, within(1e-5 + 1e-4 * Math.abs(numeric)));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(3 * 6 + 6 + 6 * 5 + 5 + 5 + 1);
    }

    private static double floatLoss(MlpWorkspace ws, double[] t) {
        double s = 0;
        for (int i = 0; i < t.length; i++) s += (ws.out[i] - t[i]) * (ws.out[i] - t[i]);
        return s / t.length;
    }

    /** The same network in double, parameters as rows in Float32Mlp.parameterRows() order (a test's own forward). */
    static final class DoubleNet {
        final int[] sizes;
        final double[][] rows;

        DoubleNet(Float32Mlp net) {
            sizes = net.sizes;
            float[][] f = net.parameterRows();
            rows = new double[f.length][];
            for (int i = 0; i < f.length; i++) {
                rows[i] = new double[f[i].length];
                for (int j = 0; j < f[i].length; j++) rows[i][j] = f[i][j];
            }
        }

        /** Last hidden layer (index sizes.length - 2) and output, for one input row. */
        double[][] forward(float[] input) {
            double[] a = new double[input.length];
            for (int j = 0; j < a.length; j++) a[j] = input[j];
            int row = 0;
            for (int l = 0; l + 2 < sizes.length; l++) {
                int in = sizes[l], out = sizes[l + 1];
                double[] z = rows[row + in].clone(); // the bias follows the layer's input-major weight rows
                for (int i = 0; i < in; i++) for (int o = 0; o < out; o++) z[o] += a[i] * rows[row + i][o];
                for (int o = 0; o < out; o++) z[o] = Math.max(z[o], 0);
                row += in + 1;
                a = z;
            }
            double y = rows[row + 1][0];
            for (int i = 0; i < a.length; i++) y += rows[row][i] * a[i];
            return new double[][]{a, {y}};
        }

        double loss(float[][] x, double[] t) {
            double s = 0;
            for (int i = 0; i < t.length; i++) {
                double e = forward(x[i])[1][0] - t[i];
                s += e * e;
            }
            return s / t.length;
        }
    }

    /** Adam's first two steps, worked out by hand: step 1 moves every weight by lr against the sign of its gradient. */
    @Test
    void adamTakesTheHandComputedSteps() {
        float[][] w = {{0f, 0f}, {0f}};
        AdamUpdate adam = new AdamUpdate(w, 1e-3);
        adam.step(w, new float[][]{{0.5f, -2f}, {1e-3f}});
        // m = 0.1 g, v = 0.001 g², corrected: m̂ = g, v̂ = g², so the step is lr·g/(|g| + ε) ≈ lr·sign(g)
        assertThat(w[0][0]).isCloseTo(-1e-3f, within(1e-9f));
        assertThat(w[0][1]).isCloseTo(1e-3f, within(1e-9f));
        assertThat(w[1][0]).isCloseTo((float) (-1e-3 * 1e-3 / (1e-3 + 1e-8)), within(1e-9f));

        adam.step(w, new float[][]{{0.1f, 0.3f}, {-1e-3f}});
        // m = 0.09 g₁ + 0.1 g₂, v = 0.000999 g₁² + 0.001 g₂², bias corrections 1 − 0.9² = 0.19 and 1 − 0.999² = 0.001999
        // first weight: m̂ = 0.055 / 0.19 = 0.289474, v̂ = 0.00025975 / 0.001999 = 0.129940, step = 1e-3 · 0.289474 / 0.360472
        assertThat(w[0][0]).isCloseTo(-0.00180304094f, within(2e-9f));
        for (int j = 0; j < 2; j++) {
            double g1 = j == 0 ? 0.5 : -2, g2 = j == 0 ? 0.1 : 0.3;
            double m = 0.09 * g1 + 0.1 * g2, v = 0.000999 * g1 * g1 + 0.001 * g2 * g2;
            double expected = -1e-3 * Math.signum(g1) - 1e-3 * (m / 0.19) / (Math.sqrt(v / 0.001999) + 1e-8);
            assertThat((double) w[0][j]).as("weight %d after two steps", j).isCloseTo(expected, within(2e-9));
        }
        // the gradient reversed sign: m̂ = (0.09·1e-3 − 0.1·1e-3)/0.19 < 0 and the weight moves back
        assertThat(w[1][0]).isGreaterThan((float) (-1e-3 * 1e-3 / (1e-3 + 1e-8)));
    }

    @Test
    void momentumTakesTheHandComputedSteps() {
        float[][] w = {{1f}};
        MomentumUpdate sgd = new MomentumUpdate(w, 0.1, 0.9);
        sgd.step(w, new float[][]{{2f}});
        assertThat(w[0][0]).isEqualTo(1f - 0.1f * 2f); // u = g: plain SGD first
        sgd.step(w, new float[][]{{-1f}});
        assertThat(w[0][0]).isCloseTo(0.8f - 0.1f * (0.9f * 2f - 1f), within(1e-7f)); // u = 0.9·2 − 1 = 0.8
    }

    @Test
    void initialisationIsPyTorchsUniformWithinOneOverRootFanIn() {
        Float32Mlp net = new Float32Mlp(17, List.of(128, 128), new Random(9));
        for (float[] row : net.w[0]) for (float v : row) assertThat(Math.abs(v)).isLessThanOrEqualTo((float) (1 / Math.sqrt(17)));
        for (float[] row : net.w[1]) for (float v : row) assertThat(Math.abs(v)).isLessThanOrEqualTo((float) (1 / Math.sqrt(128)));
        for (float v : net.v) assertThat(Math.abs(v)).isLessThanOrEqualTo((float) (1 / Math.sqrt(128)));
        for (int o = 0; o < 128; o++) for (int i = 0; i < 128; i++) assertThat(net.wT[1][o][i]).isEqualTo(net.w[1][i][o]);
    }
}

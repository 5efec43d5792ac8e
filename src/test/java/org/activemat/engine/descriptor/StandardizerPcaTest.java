package org.activemat.engine.descriptor;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class StandardizerPcaTest {

    @Test
    void standardizesWithPoolStatisticsOnly() {
        double[][] x = {{1, 10}, {3, 10}, {5, 10}, {100, -7}};
        Standardizer s = Standardizer.fit(x, new int[]{0, 1, 2});
        assertThat(s.mean()).containsExactly(3, 10);
        assertThat(s.scale()[0]).isCloseTo(Math.sqrt(8.0 / 3), within(1e-12));
        assertThat(s.scale()[1]).isZero();
        double[][] z = s.transform(x);
        assertThat(z[0][0]).isCloseTo(-2 / Math.sqrt(8.0 / 3), within(1e-12));
        assertThat(z[1][0]).isZero();
        // the held-out row is scaled with the pool's numbers, and a feature constant on the pool becomes 0, never NaN
        assertThat(z[3][0]).isCloseTo(97 / Math.sqrt(8.0 / 3), within(1e-9));
        for (double[] row : z) assertThat(row[1]).isZero();
    }

    @Test
    void roundingNoiseOnAConstantColumnIsNotVariance() {
        double[][] x = {{0.1 + 0.2}, {0.3}, {0.3}};
        for (double[] r : Standardizer.fit(x).transform(x)) assertThat(r[0]).isZero();
        assertThatThrownBy(() -> Standardizer.fit(x, new int[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Standardizer.fit(x).transform(new double[2])).hasMessageContaining("expected 1");
    }

    @Test
    void pcaFindsTheLongAxisOfRotatedGaussianData() {
        Random rnd = new Random(3);
        double angle = Math.toRadians(30), c = Math.cos(angle), sn = Math.sin(angle);
        double[][] x = new double[4000][];
        for (int i = 0; i < x.length; i++) {
            double u = 2 * rnd.nextGaussian(), v = rnd.nextGaussian(), w = 0.1 * rnd.nextGaussian();
            x[i] = new double[]{5 + c * u - sn * v, -1 + sn * u + c * v, w};
        }
        PcaProjection pca = PcaProjection.fit(x, 2);
        double[] first = pca.loadings(0);
        assertThat(Math.abs(first[0])).isCloseTo(c, within(0.02));
        assertThat(Math.abs(first[1])).isCloseTo(sn, within(0.02));
        double[] ratio = pca.explainedVarianceRatio();
        assertThat(ratio[0]).isCloseTo(4 / 5.01, within(0.02));
        assertThat(ratio[1]).isCloseTo(1 / 5.01, within(0.02));
        double[][] scores = pca.scores(x);
        double mean = 0, var = 0;
        for (double[] s : scores) mean += s[0] / scores.length;
        for (double[] s : scores) var += (s[0] - mean) * (s[0] - mean) / (scores.length - 1);
        assertThat(mean).isCloseTo(0, within(1e-9));
        assertThat(var).isCloseTo(pca.variance()[0], within(1e-6));
        // orthonormal loadings
        double[] second = pca.loadings(1);
        assertThat(first[0] * second[0] + first[1] * second[1] + first[2] * second[2]).isCloseTo(0, within(1e-9));
        assertThat(first[0] * first[0] + first[1] * first[1] + first[2] * first[2]).isCloseTo(1, within(1e-9));
    }

    @Test
    void pcaSignsAreFixedAndConstantDataGiveZeros() {
        double[][] line = {{0, 0}, {1, -2}, {2, -4}, {3, -6}};
        PcaProjection p = PcaProjection.fit(line, 1);
        // direction ±(1, −2)/√5: the sign is chosen so the largest-magnitude loading is positive
        assertThat(p.loadings(0)).containsExactly(new double[]{-1 / Math.sqrt(5), 2 / Math.sqrt(5)}, within(1e-12));
        assertThat(p.explainedVarianceRatio()[0]).isCloseTo(1, within(1e-12));
        PcaProjection flat = PcaProjection.fit(new double[][]{{1, 2}, {1, 2}}, 2);
        assertThat(flat.explainedVarianceRatio()).containsExactly(0, 0);
        assertThat(flat.project(new double[]{1, 2})).containsExactly(0, 0);
        assertThatThrownBy(() -> PcaProjection.fit(line, 3)).hasMessageContaining("between 1 and 2");
    }

    @Test
    void pcaComponentsAreEigenvectorsOfTheCovarianceInSeventeenDimensions() {
        Random rnd = new Random(11);
        int d = 17, n = 500;
        double[][] mix = new double[d][d];
        for (double[] row : mix) for (int k = 0; k < d; k++) row[k] = rnd.nextGaussian();
        double[][] x = new double[n][d];
        for (double[] row : x) {
            double[] z = new double[d];
            for (int k = 0; k < d; k++) z[k] = rnd.nextGaussian() * (k + 1);
            for (int a = 0; a < d; a++) for (int k = 0; k < d; k++) row[a] += mix[a][k] * z[k];
        }
        double[] mean = new double[d];
        for (double[] row : x) for (int k = 0; k < d; k++) mean[k] += row[k] / n;
        double[][] cov = new double[d][d];
        double trace = 0;
        for (double[] row : x) for (int a = 0; a < d; a++) for (int b = 0; b < d; b++) cov[a][b] += (row[a] - mean[a]) * (row[b] - mean[b]) / (n - 1);
        for (int a = 0; a < d; a++) trace += cov[a][a];
        PcaProjection pca = PcaProjection.fit(x, d);
        double sum = 0;
        for (int c = 0; c < d; c++) {
            double[] v = pca.loadings(c);
            double lambda = pca.variance()[c];
            sum += lambda;
            if (c > 0) assertThat(lambda).isLessThanOrEqualTo(pca.variance()[c - 1]);
            for (int a = 0; a < d; a++) { // C·v = λ·v
                double cv = 0;
                for (int b = 0; b < d; b++) cv += cov[a][b] * v[b];
                assertThat(cv).isCloseTo(lambda * v[a], within(1e-8 * trace));
            }
        }
        assertThat(sum).isCloseTo(trace, within(1e-9 * trace));
        double ratios = 0;
        for (double r : pca.explainedVarianceRatio()) ratios += r;
        assertThat(ratios).isCloseTo(1, within(1e-12));
    }
}

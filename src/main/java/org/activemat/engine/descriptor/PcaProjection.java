package org.activemat.engine.descriptor;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Principal-component projection for looking at descriptor space (2-D/3-D maps), fitted on the rows given
 * (usually standardized features). Eigen-decomposition of the covariance by cyclic Jacobi rotations: exact for the
 * small symmetric matrices here (≤ a few dozen features), pure Java (Smile 3.1.1's PCA goes through native
 * OpenBLAS/LAPACK, which jpackage would have to ship) and deterministic. Each component's sign is fixed so that its
 * largest-magnitude loading is positive, so the same data always gives the same picture.
 */
public final class PcaProjection {
    private final double[] center;
    private final double[][] loadings; // [component][feature], unit vectors
    private final double[] variance;   // eigenvalues of the kept components
    private final double totalVariance;

    private PcaProjection(double[] center, double[][] loadings, double[] variance, double totalVariance) {
        this.center = center;
        this.loadings = loadings;
        this.variance = variance;
        this.totalVariance = totalVariance;
    }

    /** Fits n components on the rows of x (n ≤ number of features). */
    public static PcaProjection fit(double[][] x, int components) {
        if (x.length == 0) throw new IllegalArgumentException("cannot fit a projection on zero rows");
        int d = x[0].length;
        if (components < 1 || components > d)
            throw new IllegalArgumentException("components must be between 1 and " + d + ", got " + components);
        double[] center = new double[d];
        for (double[] row : x) for (int k = 0; k < d; k++) center[k] += row[k];
        for (int k = 0; k < d; k++) center[k] /= x.length;
        double[][] cov = new double[d][d];
        for (double[] row : x)
            for (int a = 0; a < d; a++) {
                double da = row[a] - center[a];
                for (int b = a; b < d; b++) cov[a][b] += da * (row[b] - center[b]);
            }
        double denom = Math.max(1, x.length - 1);
        for (int a = 0; a < d; a++)
            for (int b = a; b < d; b++) {
                cov[a][b] /= denom;
                cov[b][a] = cov[a][b];
            }
        double[][] vectors = new double[d][d]; // columns are eigenvectors
        double[] values = jacobi(cov, vectors);
        Integer[] order = IntStream.range(0, d).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -values[i]).thenComparingInt(i -> i));
        double total = 0;
        for (double v : values) total += Math.max(0, v);
        double[][] loadings = new double[components][d];
        double[] kept = new double[components];
        for (int c = 0; c < components; c++) {
            int col = order[c];
            kept[c] = Math.max(0, values[col]);
            int big = 0;
            for (int k = 0; k < d; k++) {
                loadings[c][k] = vectors[k][col];
                if (Math.abs(loadings[c][k]) > Math.abs(loadings[c][big]) + 1e-12) big = k;
            }
            if (loadings[c][big] < 0) for (int k = 0; k < d; k++) loadings[c][k] = -loadings[c][k];
        }
        return new PcaProjection(center, loadings, kept, total);
    }

    /** Scores of one row on the kept components. */
    public double[] project(double[] row) {
        if (row.length != center.length) throw new IllegalArgumentException("row has " + row.length + " features, expected " + center.length);
        double[] out = new double[loadings.length];
        for (int c = 0; c < loadings.length; c++) {
            double s = 0;
            for (int k = 0; k < row.length; k++) s += (row[k] - center[k]) * loadings[c][k];
            out[c] = s;
        }
        return out;
    }

    /** Scores of every row: rows × components. */
    public double[][] scores(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) out[i] = project(x[i]);
        return out;
    }

    /** Share of the total variance each kept component explains (0 everywhere when the data do not vary). */
    public double[] explainedVarianceRatio() {
        double[] r = new double[variance.length];
        for (int c = 0; c < r.length; c++) r[c] = totalVariance > 0 ? variance[c] / totalVariance : 0;
        return r;
    }

    /** Variance of the scores along each kept component. */
    public double[] variance() { return variance.clone(); }

    /** Unit loading vector of component c over the features. */
    public double[] loadings(int c) { return loadings[c].clone(); }

    public int components() { return loadings.length; }

    /** Eigenvalues of symmetric a (destroyed) and eigenvectors as columns of v, by cyclic Jacobi sweeps. */
    private static double[] jacobi(double[][] a, double[][] v) {
        int n = a.length;
        for (int i = 0; i < n; i++) v[i][i] = 1;
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0, diag = 0;
            for (int p = 0; p < n; p++) {
                diag += a[p][p] * a[p][p];
                for (int q = p + 1; q < n; q++) off += a[p][q] * a[p][q];
            }
            if (off <= 1e-30 * Math.max(diag, 1e-300)) break;
            for (int p = 0; p < n; p++)
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] == 0) continue;
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.sqrt(t * t + 1), s = t * c;
                    for (int k = 0; k < n; k++) { // A ← A·J
                        double akp = a[k][p], akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) { // A ← Jᵀ·A
                        double apk = a[p][k], aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p], vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) values[i] = a[i][i];
        return values;
    }
}

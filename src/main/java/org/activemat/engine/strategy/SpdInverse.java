package org.activemat.engine.strategy;

/** The inverse of a symmetric positive definite matrix through its Cholesky factor: A = R Rᵀ, A⁻¹ = R⁻ᵀ R⁻¹. */
final class SpdInverse {
    private SpdInverse() {}

    static double[][] of(double[][] a) {
        int n = a.length;
        double[][] r = new double[n][n];
        for (int j = 0; j < n; j++) {
            double s = a[j][j] - dot(r[j], r[j], j);
            if (!(s > 0)) throw new IllegalArgumentException("matrix is not positive definite (pivot " + j + " = " + s + ")");
            double d = Math.sqrt(s);
            r[j][j] = d;
            for (int i = j + 1; i < n; i++) {
                r[i][j] = (a[i][j] - dot(r[i], r[j], j)) / d;
            }
        }
        double[][] inv = new double[n][n]; // rows of R⁻¹ (lower triangular), by forward substitution
        for (int i = 0; i < n; i++) {
            inv[i][i] = 1 / r[i][i];
            for (int j = 0; j < i; j++) {
                double t = 0;
                for (int k = j; k < i; k++) t += r[i][k] * inv[k][j];
                inv[i][j] = -t / r[i][i];
            }
        }
        double[][] out = new double[n][n]; // A⁻¹ = Σ_k (row k of R⁻¹)ᵀ (row k of R⁻¹)
        for (int k = 0; k < n; k++) {
            double[] row = inv[k];
            for (int i = 0; i <= k; i++) {
                double v = row[i];
                if (v == 0) continue;
                double[] o = out[i];
                for (int j = 0; j <= k; j++) o[j] += v * row[j];
            }
        }
        return out;
    }

    private static double dot(double[] a, double[] b, int len) {
        double s = 0;
        for (int k = 0; k < len; k++) s += a[k] * b[k];
        return s;
    }
}

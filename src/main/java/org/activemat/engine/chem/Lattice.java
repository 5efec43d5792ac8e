package org.activemat.engine.chem;

import java.util.Arrays;

/** A periodic cell: three lattice vectors as rows of a 3×3 matrix, in Å. */
public final class Lattice {
    private final double[][] m;
    private final double[][] inv;

    public Lattice(double[][] vectors) {
        if (vectors.length != 3) throw new IllegalArgumentException("a lattice needs 3 vectors, got " + vectors.length);
        m = new double[3][];
        for (int i = 0; i < 3; i++) {
            if (vectors[i].length != 3) throw new IllegalArgumentException("lattice vector " + (i + 1) + " needs 3 components");
            m[i] = vectors[i].clone();
        }
        double det = determinant(m);
        if (!(Math.abs(det) > 1e-8)) throw new IllegalArgumentException("lattice vectors are linearly dependent (volume " + det + ")");
        inv = invert(m, det);
    }

    public static Lattice cubic(double a) { return orthorhombic(a, a, a); }

    public static Lattice orthorhombic(double a, double b, double c) {
        return new Lattice(new double[][]{{a, 0, 0}, {0, b, 0}, {0, 0, c}});
    }

    /** Lattice from lengths (Å) and angles (degrees), a along x, b in the xy plane. */
    public static Lattice fromParameters(double a, double b, double c, double alpha, double beta, double gamma) {
        double ca = Math.cos(Math.toRadians(alpha)), cb = Math.cos(Math.toRadians(beta));
        double cg = Math.cos(Math.toRadians(gamma)), sg = Math.sin(Math.toRadians(gamma));
        double cx = c * cb;
        double cy = c * (ca - cb * cg) / sg;
        double cz = Math.sqrt(Math.max(0, c * c - cx * cx - cy * cy));
        return new Lattice(new double[][]{{a, 0, 0}, {b * cg, b * sg, 0}, {cx, cy, cz}});
    }

    /** Lattice vector i (0..2), a copy. */
    public double[] vector(int i) { return m[i].clone(); }

    public double[][] matrix() {
        return new double[][]{m[0].clone(), m[1].clone(), m[2].clone()};
    }

    public double volume() { return Math.abs(determinant(m)); }

    public double length(int i) { return Math.sqrt(dot(m[i], m[i])); }

    public double[] lengths() { return new double[]{length(0), length(1), length(2)}; }

    /** Angles alpha (b,c), beta (a,c), gamma (a,b) in degrees. */
    public double[] angles() {
        return new double[]{angle(m[1], m[2]), angle(m[0], m[2]), angle(m[0], m[1])};
    }

    public double[] toCartesian(double[] frac) {
        double[] r = new double[3];
        for (int k = 0; k < 3; k++) r[k] = frac[0] * m[0][k] + frac[1] * m[1][k] + frac[2] * m[2][k];
        return r;
    }

    public double[] toFractional(double[] cart) {
        double[] f = new double[3];
        for (int k = 0; k < 3; k++) f[k] = cart[0] * inv[0][k] + cart[1] * inv[1][k] + cart[2] * inv[2][k];
        return f;
    }

    /** Distance between the planes spanned by the other two vectors: how thick the cell is along i. */
    public double perpendicularWidth(int i) {
        double[] n = cross(m[(i + 1) % 3], m[(i + 2) % 3]);
        return volume() / Math.sqrt(dot(n, n));
    }

    /**
     * The same lattice with a short, nearly orthogonal basis (greedy Minkowski-style reduction, shortest vector first):
     * a strongly sheared cell and its unsheared equivalent give the same reduced lengths, so shape descriptors do not
     * depend on which basis a file happened to use. The handedness of the input basis is kept.
     */
    public Lattice reduced() {
        double[][] b = matrix();
        for (int iter = 0; iter < 1000; iter++) {
            java.util.Arrays.sort(b, java.util.Comparator.comparingDouble(v -> dot(v, v)));
            gaussReduce(b);
            // closest point of the plane lattice (b0, b1) to b2, searched around the real-valued projection
            double g00 = dot(b[0], b[0]), g01 = dot(b[0], b[1]), g11 = dot(b[1], b[1]);
            double r0 = dot(b[2], b[0]), r1 = dot(b[2], b[1]);
            double det = g00 * g11 - g01 * g01;
            double x = (r0 * g11 - r1 * g01) / det, y = (r1 * g00 - r0 * g01) / det;
            double[] best = b[2];
            double bestLen = dot(b[2], b[2]);
            for (long i = (long) Math.floor(x) - 1; i <= (long) Math.ceil(x) + 1; i++)
                for (long j = (long) Math.floor(y) - 1; j <= (long) Math.ceil(y) + 1; j++) {
                    double[] c = new double[3];
                    for (int k = 0; k < 3; k++) c[k] = b[2][k] - i * b[0][k] - j * b[1][k];
                    double len = dot(c, c);
                    if (len < bestLen * (1 - 1e-12)) { best = c; bestLen = len; }
                }
            if (best == b[2]) break;
            b[2] = best;
        }
        java.util.Arrays.sort(b, java.util.Comparator.comparingDouble(v -> dot(v, v)));
        if (Math.signum(determinant(b)) != Math.signum(determinant(m))) for (int k = 0; k < 3; k++) b[2][k] = -b[2][k];
        return new Lattice(b);
    }

    /** Lagrange–Gauss reduction of the first two vectors of b, in place, shorter first. */
    private static void gaussReduce(double[][] b) {
        for (int iter = 0; iter < 1000; iter++) {
            if (dot(b[1], b[1]) < dot(b[0], b[0])) { double[] t = b[0]; b[0] = b[1]; b[1] = t; }
            double mu = Math.rint(dot(b[0], b[1]) / dot(b[0], b[0]));
            if (mu == 0) return;
            for (int k = 0; k < 3; k++) b[1][k] -= mu * b[0][k];
        }
    }

    /** A new lattice with every vector multiplied by the 3×3 deformation (cart' = cart · (I + strain)). */
    public Lattice deformed(double[][] deformation) {
        double[][] out = new double[3][3];
        for (int i = 0; i < 3; i++)
            for (int k = 0; k < 3; k++)
                for (int j = 0; j < 3; j++) out[i][k] += m[i][j] * deformation[j][k];
        return new Lattice(out);
    }

    static double determinant(double[][] a) {
        return a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
                - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
    }

    private static double[][] invert(double[][] a, double det) {
        double[][] r = new double[3][3];
        r[0][0] = (a[1][1] * a[2][2] - a[1][2] * a[2][1]) / det;
        r[0][1] = (a[0][2] * a[2][1] - a[0][1] * a[2][2]) / det;
        r[0][2] = (a[0][1] * a[1][2] - a[0][2] * a[1][1]) / det;
        r[1][0] = (a[1][2] * a[2][0] - a[1][0] * a[2][2]) / det;
        r[1][1] = (a[0][0] * a[2][2] - a[0][2] * a[2][0]) / det;
        r[1][2] = (a[0][2] * a[1][0] - a[0][0] * a[1][2]) / det;
        r[2][0] = (a[1][0] * a[2][1] - a[1][1] * a[2][0]) / det;
        r[2][1] = (a[0][1] * a[2][0] - a[0][0] * a[2][1]) / det;
        r[2][2] = (a[0][0] * a[1][1] - a[0][1] * a[1][0]) / det;
        return r;
    }

    static double dot(double[] a, double[] b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }

    static double[] cross(double[] a, double[] b) {
        return new double[]{a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double angle(double[] a, double[] b) {
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, dot(a, b) / Math.sqrt(dot(a, a) * dot(b, b))))));
    }

    @Override public boolean equals(Object o) {
        return o instanceof Lattice l && Arrays.deepEquals(m, l.m);
    }

    @Override public int hashCode() { return Arrays.deepHashCode(m); }

    @Override public String toString() { return "Lattice" + Arrays.deepToString(m); }
}

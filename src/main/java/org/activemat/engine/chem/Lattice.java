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

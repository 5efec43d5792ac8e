package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;

import java.util.List;
import java.util.Locale;

/**
 * What every reader checks before it accepts a structure: a cell that can exist (finite vectors of sensible length
 * enclosing a volume), coordinates of sensible size, and no two atoms closer than {@link #MIN_DISTANCE}, periodic images
 * included. A file that fails is bad input, named where it is wrong, rather than a structure that misleads the
 * descriptors (two atoms at one point look isolated) and later fails in pw.x.
 */
final class StructureChecks {
    private StructureChecks() {}

    /** Å; well below any bond (H₂ is 0.74 Å), far above rounding. */
    static final double MIN_DISTANCE = 0.5;
    /** Å, a lattice vector or the size of a coordinate; vacuum slabs and boxed molecules are a few hundred at most. */
    static final double MAX_LENGTH = 1e5;

    /** A problem at one site (index into the structure) or, with site −1, of the cell. */
    record Problem(int site, String message) {}

    /** Why these lattice vectors (rows, Å) cannot be a cell, or null. */
    static String cellProblem(double[][] m) {
        for (int i = 0; i < 3; i++) {
            double len = 0;
            for (double x : m[i]) {
                if (!Double.isFinite(x)) return "lattice vector " + (i + 1) + " is not finite";
                len += x * x;
            }
            len = Math.sqrt(len);
            if (!(len <= MAX_LENGTH))
                return String.format(Locale.ROOT, "lattice vector %d is %.4g Å long; expected at most %.0f Å", i + 1, len, MAX_LENGTH);
        }
        double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        if (!(Math.abs(det) > 1e-6))
            return String.format(Locale.ROOT, "the lattice vectors enclose no volume (%.3g Å³); expected three independent vectors", det);
        return null;
    }

    /** Why cell lengths (Å) and angles (degrees) are impossible, or null. */
    static String parameterProblem(double a, double b, double c, double alpha, double beta, double gamma) {
        for (double x : new double[]{a, b, c})
            if (!(x > 0 && x <= MAX_LENGTH))
                return "expected cell lengths between 0 and " + (long) MAX_LENGTH + " Å, found " + x;
        for (double x : new double[]{alpha, beta, gamma})
            if (!(x > 0 && x < 180)) return "expected cell angles strictly between 0° and 180°, found " + x + "°";
        double ca = Math.cos(Math.toRadians(alpha)), cb = Math.cos(Math.toRadians(beta)), cg = Math.cos(Math.toRadians(gamma));
        double q = 1 - ca * ca - cb * cb - cg * cg + 2 * ca * cb * cg;   // (V / abc)²
        if (!(q > 1e-10))
            return "cell angles " + alpha + "°, " + beta + "°, " + gamma + "° enclose no volume (each must be less than the sum of the other two)";
        return null;
    }

    /** The first problem of a structure's sites, or null: a coordinate out of range or two atoms too close. */
    static Problem siteProblem(Lattice lattice, List<Element> species, double[][] cart) {
        for (int i = 0; i < cart.length; i++)
            for (double x : cart[i])
                if (!(Math.abs(x) <= MAX_LENGTH))
                    return new Problem(i, String.format(Locale.ROOT, "atom %d has a coordinate of %.4g Å; expected at most %.0f Å",
                            i + 1, x, MAX_LENGTH));
        Problem[] found = new Problem[1];
        try {
            ClosePairs.visit(lattice, cart, MIN_DISTANCE, (i, j, d) -> {
                found[0] = new Problem(j, closeMessage(species, i, j, d));
                return false;
            });
        } catch (IllegalArgumentException e) {
            return new Problem(-1, e.getMessage());
        }
        return found[0];
    }

    private static String closeMessage(List<Element> species, int i, int j, double d) {
        String expected = String.format(Locale.ROOT, "; expected at least %.1f Å between atoms", MIN_DISTANCE);
        if (i == j)
            return String.format(Locale.ROOT, "atom %d (%s) is %.3f Å from its own periodic image (the cell is too small)",
                    i + 1, species.get(i).symbol(), d) + expected;
        return String.format(Locale.ROOT, "atoms %d (%s) and %d (%s) are %.3f Å apart%s", i + 1, species.get(i).symbol(), j + 1,
                species.get(j).symbol(), d, d < 1e-6 ? " (at one point)" : "") + expected;
    }
}

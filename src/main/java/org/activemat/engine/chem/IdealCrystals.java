package org.activemat.engine.chem;

import java.util.Collections;

/**
 * Ideal elemental crystals, built once for both their users: the structure generator's prototypes and the elemental
 * reference energies (which must be computed on the same cells as the prototypes they are subtracted from).
 */
public final class IdealCrystals {
    private IdealCrystals() {}

    private static final double S3 = Math.sqrt(3);

    /** The hexagonal lattice: a in the plane at 120°, c along z. */
    public static Lattice hex(double a, double c) {
        return new Lattice(new double[][]{{a, 0, 0}, {-a / 2, a * S3 / 2, 0}, {0, 0, c}});
    }

    /** The primitive face-centred cubic lattice of cubic constant a. */
    public static Lattice fccLattice(double a) {
        return new Lattice(new double[][]{{0, a / 2, a / 2}, {a / 2, 0, a / 2}, {a / 2, a / 2, 0}});
    }

    /** One element at the given fractional positions. */
    public static Structure cell(Lattice l, Element e, double[][] frac) {
        return Structure.fromFractional(l, Collections.nCopies(frac.length, e), frac);
    }

    /** Diamond, primitive 2-atom cell. */
    public static Structure diamond(Element e, double a) { return cell(fccLattice(a), e, new double[][]{{0, 0, 0}, {.25, .25, .25}}); }

    /** AB-stacked graphite, 4 atoms. */
    public static Structure graphite(Element e, double a, double c) {
        return cell(hex(a, c), e, new double[][]{{0, 0, .25}, {0, 0, .75}, {1 / 3., 2 / 3., .25}, {2 / 3., 1 / 3., .75}});
    }

    /** Body-centred cubic, conventional 2-atom cell. */
    public static Structure bccConv(Element e, double a) { return cell(Lattice.cubic(a), e, new double[][]{{0, 0, 0}, {.5, .5, .5}}); }

    /** Hexagonal close-packed, 2 atoms. */
    public static Structure hcp(Element e, double a, double c) {
        return cell(hex(a, c), e, new double[][]{{1 / 3., 2 / 3., .25}, {2 / 3., 1 / 3., .75}});
    }
}

package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.data.DataFormatException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sites of a CIF block's unit cell: every asymmetric site under every symmetry operation, wrapped into the cell,
 * one copy kept of positions closer than {@link #SAME_SITE_ANGSTROM}. A copy on another element's site is an error.
 * Work stays near linear in the number of positions, whatever the file lists.
 */
final class CifSites {
    static final double SAME_SITE_ANGSTROM = 0.01;
    /** Positions made by the operators beyond which a block is refused (a crystal, not a bomb of operators × sites). */
    static final int MAX_POSITIONS = 1_000_000;

    /** An asymmetric site as listed: its element, fractional coordinates and the line it is on. */
    record Site(Element element, double[] fractional, long line, String label) {}

    /** The unit cell's sites, each with the line of the asymmetric site it came from. */
    static List<Site> expand(Path file, Lattice lattice, List<Site> asym, List<SymmetryOperation> ops) throws DataFormatException {
        if ((long) asym.size() * ops.size() > MAX_POSITIONS)
            throw DataFormatException.atLine(file, asym.get(0).line(), asym.size() + " sites under " + ops.size()
                    + " symmetry operations give more than " + MAX_POSITIONS + " positions; expected a crystal's unit cell");
        List<Site> all = new ArrayList<>();
        for (Site s : asym) {
            List<double[]> orbit = new ArrayList<>();
            for (SymmetryOperation op : ops) {
                double[] g = wrap(op.apply(s.fractional()));
                if (find(lattice, orbit, g) < 0) {
                    orbit.add(g);
                    all.add(new Site(s.element(), g, s.line(), s.label()));
                }
            }
        }
        // copies of one site listed twice, or of two sites on one position: the earlier one is kept
        double[][] cart = new double[all.size()][];
        for (int i = 0; i < cart.length; i++) cart[i] = lattice.toCartesian(all.get(i).fractional());
        int[] firstNear = new int[cart.length];
        java.util.Arrays.fill(firstNear, -1);
        long[] visits = {0};
        ClosePairs.visit(lattice, cart, SAME_SITE_ANGSTROM, (i, j, d) -> {
            if (i == j) return true;
            if (firstNear[j] < 0 || i < firstNear[j]) firstNear[j] = i;
            return ++visits[0] <= 4L * cart.length + 1_000_000;
        });
        if (visits[0] > 4L * cart.length + 1_000_000)
            throw DataFormatException.atLine(file, asym.get(0).line(), "too many sites listed at the same positions; expected each site once");
        List<Site> kept = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            if (firstNear[k] < 0) { kept.add(all.get(k)); continue; }
            Site a = all.get(firstNear[k]), b = all.get(k);
            if (a.element() != b.element())
                throw DataFormatException.atLine(file, b.line(), "site " + b.label() + " maps onto a " + a.element()
                        + " site (" + a.label() + ") under the symmetry operators; expected distinct positions for different elements");
        }
        return kept;
    }

    private static double[] wrap(double[] f) {
        double[] g = new double[3];
        for (int k = 0; k < 3; k++) {
            g[k] = f[k] - Math.floor(f[k]);
            if (g[k] > 1 - 1e-9) g[k] = 0;
        }
        return g;
    }

    /** Index of a site within SAME_SITE_ANGSTROM of g (periodic images included), or -1: an orbit has at most a few hundred. */
    private static int find(Lattice lattice, List<double[]> sites, double[] g) {
        for (int i = 0; i < sites.size(); i++) {
            double[] d = new double[3];
            for (int k = 0; k < 3; k++) {
                d[k] = g[k] - sites.get(i)[k];
                d[k] -= Math.rint(d[k]);
            }
            double[] c = lattice.toCartesian(d);
            if (Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]) < SAME_SITE_ANGSTROM) return i;
        }
        return -1;
    }
}

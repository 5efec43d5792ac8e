package org.activemat.engine.chem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * All neighbours within a cutoff of every site of a periodic structure.
 * Every lattice image that can lie within the cutoff is searched (bounded by the cell's perpendicular widths),
 * not only the minimum image, so small and strongly skewed cells are handled; a site's own periodic images count.
 */
public final class NeighborFinder {
    private NeighborFinder() {}

    /** Images examined per site pair beyond which the cutoff is refused as absurd for the cell. */
    private static final long MAX_IMAGES_PER_PAIR = 2_000_000;

    /** A neighbour of a site: the other site's index, the distance (Å), and the vector from the site to that image (Å). */
    public record Neighbor(int site, double distance, double dx, double dy, double dz) {}

    /** Receives each (site i, image of site j) pair within the cutoff; d2 is the squared distance, (dx, dy, dz) the vector i→j. */
    @FunctionalInterface
    public interface PairVisitor {
        void visit(int i, int j, double d2, double dx, double dy, double dz);
    }

    /** For each site, its neighbours within cutoff (Å), nearest first (ties by site index). */
    public static List<List<Neighbor>> within(Structure s, double cutoff) {
        List<List<Neighbor>> out = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) out.add(new ArrayList<>());
        visitPairs(s, cutoff, (i, j, d2, dx, dy, dz) -> out.get(i).add(new Neighbor(j, Math.sqrt(d2), dx, dy, dz)));
        Comparator<Neighbor> order = Comparator.comparingDouble(Neighbor::distance).thenComparingInt(Neighbor::site);
        for (List<Neighbor> l : out) l.sort(order);
        return out;
    }

    /** Distance from each site to its nearest neighbour (another site or one of its own images). */
    public static double[] nearestDistances(Structure s) {
        // A site's own image one lattice vector away is never farther than the shortest cell vector.
        Lattice l = s.lattice();
        double bound = Math.min(l.length(0), Math.min(l.length(1), l.length(2))) * (1 + 1e-9);
        double[] best = new double[s.size()];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        visitPairs(s, bound, (i, j, d2, dx, dy, dz) -> { if (d2 < best[i]) best[i] = d2; });
        for (int i = 0; i < best.length; i++) best[i] = Math.sqrt(best[i]);
        return best;
    }

    /**
     * Calls the visitor for every ordered pair (i, image of j) with 0 < distance ≤ cutoff, without building lists:
     * the fast path for descriptors. Order: i, then j, then image.
     */
    public static void visitPairs(Structure s, double cutoff, PairVisitor visitor) {
        if (!(cutoff > 0) || Double.isInfinite(cutoff)) throw new IllegalArgumentException("cutoff must be a positive finite length, got " + cutoff);
        Lattice lattice = s.lattice();
        double[][] m = lattice.matrix();
        int n = s.size();
        double[][] frac = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] f = s.fractional(i);
            for (int k = 0; k < 3; k++) f[k] -= Math.floor(f[k]);
            frac[i] = f;
        }
        double[] reach = new double[3]; // cutoff in units of the cell's thickness along each direction
        long images = 1;
        for (int k = 0; k < 3; k++) {
            reach[k] = cutoff / lattice.perpendicularWidth(k);
            images *= (long) Math.floor(2 * reach[k] + 2);
        }
        if (images > MAX_IMAGES_PER_PAIR)
            throw new IllegalArgumentException("cutoff " + cutoff + " Å spans about " + images + " cell images per pair: too large for this cell");
        double c2 = cutoff * cutoff;
        double eps = 1e-10;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double f0 = frac[j][0] - frac[i][0], f1 = frac[j][1] - frac[i][1], f2 = frac[j][2] - frac[i][2];
                // |f + n_k| · width_k ≤ distance, so only these image indices can lie within the cutoff
                int lo0 = (int) Math.ceil(-reach[0] - f0 - eps), hi0 = (int) Math.floor(reach[0] - f0 + eps);
                int lo1 = (int) Math.ceil(-reach[1] - f1 - eps), hi1 = (int) Math.floor(reach[1] - f1 + eps);
                int lo2 = (int) Math.ceil(-reach[2] - f2 - eps), hi2 = (int) Math.floor(reach[2] - f2 + eps);
                for (int a = lo0; a <= hi0; a++) {
                    double ua = f0 + a;
                    double ax = ua * m[0][0], ay = ua * m[0][1], az = ua * m[0][2];
                    for (int b = lo1; b <= hi1; b++) {
                        double ub = f1 + b;
                        double bx = ax + ub * m[1][0], by = ay + ub * m[1][1], bz = az + ub * m[1][2];
                        for (int c = lo2; c <= hi2; c++) {
                            double uc = f2 + c;
                            double dx = bx + uc * m[2][0], dy = by + uc * m[2][1], dz = bz + uc * m[2][2];
                            double d2 = dx * dx + dy * dy + dz * dz;
                            if (d2 <= c2 && d2 > 1e-16) visitor.visit(i, j, d2, dx, dy, dz);
                        }
                    }
                }
            }
        }
    }
}

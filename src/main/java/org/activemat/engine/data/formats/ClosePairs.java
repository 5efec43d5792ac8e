package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Lattice;

/**
 * Pairs of sites of a periodic structure closer than a cutoff, periodic images included (a site and its own image
 * too), in time linear in the number of sites: a cell list over the reduced cell, whose bins are at least a cutoff
 * thick, so only neighbouring bins can hold a close pair. Built for the readers' checks, which must stay fast on
 * hostile input of a million sites.
 */
final class ClosePairs {
    private ClosePairs() {}

    /** Receives a pair (first ≤ second; equal for a site and its own image); returns false to stop the search. */
    interface Visitor {
        boolean visit(int first, int second, double distance);
    }

    /** Offsets of neighbouring bins searched per site beyond which the cell is refused as too thin for the cutoff. */
    private static final int MAX_OFFSETS = 100_000;

    static void visit(Lattice lattice, double[][] cart, double cutoff, Visitor visitor) {
        int n = cart.length;
        if (n == 0) return;
        Lattice red = lattice.reduced();
        double[][] frac = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] f = red.toFractional(cart[i]);
            for (int k = 0; k < 3; k++) {
                f[k] -= Math.floor(f[k]);
                if (!(f[k] < 1)) f[k] = 0;   // -1e-17 wraps to 1.0 in floating point
            }
            frac[i] = f;
        }
        int cap = Math.max(1, (int) Math.ceil(Math.cbrt(2.0 * n)));
        int[] bins = new int[3], reach = new int[3];
        long offsets = 1;
        for (int k = 0; k < 3; k++) {
            double w = red.perpendicularWidth(k);
            bins[k] = (int) Math.max(1, Math.min(cap, Math.floor(w / cutoff)));
            reach[k] = (int) Math.max(1, Math.ceil(cutoff * bins[k] / w));
            offsets *= 2L * reach[k] + 1;
        }
        if (offsets > MAX_OFFSETS)
            throw new IllegalArgumentException("the cell is too thin: less than " + cutoff + " Å across in one direction");
        int[] head = new int[bins[0] * bins[1] * bins[2]], next = new int[n], bin = new int[3 * n];
        java.util.Arrays.fill(head, -1);
        for (int i = n - 1; i >= 0; i--) {
            for (int k = 0; k < 3; k++) bin[3 * i + k] = Math.min(bins[k] - 1, (int) (frac[i][k] * bins[k]));
            int b = index(bins, bin[3 * i], bin[3 * i + 1], bin[3 * i + 2]);
            next[i] = head[b];
            head[b] = i;
        }
        double c2 = cutoff * cutoff;
        double[] d = new double[3];
        for (int i = 0; i < n; i++)
            for (int a = -reach[0]; a <= reach[0]; a++)
                for (int b = -reach[1]; b <= reach[1]; b++)
                    for (int c = -reach[2]; c <= reach[2]; c++) {
                        int u0 = bin[3 * i] + a, u1 = bin[3 * i + 1] + b, u2 = bin[3 * i + 2] + c;
                        int s0 = Math.floorDiv(u0, bins[0]), s1 = Math.floorDiv(u1, bins[1]), s2 = Math.floorDiv(u2, bins[2]);
                        int t = index(bins, u0 - s0 * bins[0], u1 - s1 * bins[1], u2 - s2 * bins[2]);
                        for (int j = head[t]; j >= 0; j = next[j]) {
                            if (j < i || (j == i && s0 == 0 && s1 == 0 && s2 == 0)) continue;
                            d[0] = frac[j][0] + s0 - frac[i][0];
                            d[1] = frac[j][1] + s1 - frac[i][1];
                            d[2] = frac[j][2] + s2 - frac[i][2];
                            double[] v = red.toCartesian(d);
                            double d2 = v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
                            if (d2 < c2 && !visitor.visit(i, j, Math.sqrt(d2))) return;
                        }
                    }
    }

    private static int index(int[] bins, int a, int b, int c) { return (a * bins[1] + b) * bins[2] + c; }
}

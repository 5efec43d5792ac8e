package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Lattice;

import java.util.Arrays;

/**
 * Pairs of sites of a periodic structure closer than a cutoff, periodic images included (a site and its own image
 * too), in time linear in the number of sites: a cell list over the reduced cell whose bins are about a cutoff thick,
 * so only neighbouring bins can hold a close pair, and only occupied bins are stored (a hash table), so atoms packed
 * into a corner of a huge cell cost no more than spread ones. Built for the readers' checks, which must stay fast on
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
    /** Bins along one axis at most, so that a bin's three indices fit one long key. */
    private static final int MAX_BINS = 1 << 20;

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
        // bins of about one site each, in a plain array, when the sites are spread out (the usual case, and cache
        // friendly); bins a cutoff thick in a hash table of the occupied ones when they crowd together
        double spacing = Math.cbrt(red.volume() / n);
        int[] bins = bins(red, Math.max(cutoff, spacing)), reach = new int[3];
        int[] bin = new int[3 * n], bucket = new int[n];
        java.util.function.LongToIntFunction id = null;
        long total = (long) bins[0] * bins[1] * bins[2];
        if (total <= 4L * n + 64) {
            int[] count = new int[(int) total];
            int most = 0;
            for (int i = 0; i < n; i++) {
                place(frac[i], bins, bin, i);
                bucket[i] = (int) key(bins, bin[3 * i], bin[3 * i + 1], bin[3 * i + 2]);
                most = Math.max(most, ++count[bucket[i]]);
            }
            if (most <= 32) id = k -> (int) k;
        }
        int buckets;
        if (id != null) {
            buckets = (int) total;
        } else {
            bins = bins(red, cutoff);
            BinTable table = new BinTable(n);
            for (int i = 0; i < n; i++) {
                place(frac[i], bins, bin, i);
                bucket[i] = table.id(key(bins, bin[3 * i], bin[3 * i + 1], bin[3 * i + 2]), true);
            }
            buckets = table.size();
            id = k -> table.id(k, false);
        }
        long offsets = 1;
        for (int k = 0; k < 3; k++) {
            reach[k] = (int) Math.max(1, Math.ceil(cutoff * bins[k] / red.perpendicularWidth(k)));
            offsets *= 2L * reach[k] + 1;
        }
        if (offsets > MAX_OFFSETS)
            throw new IllegalArgumentException("the cell is too thin: less than " + cutoff + " Å across in one direction");
        // sites sorted by bin: bin b holds order[start[b] .. start[b + 1])
        int[] start = new int[buckets + 1];
        for (int b : bucket) start[b + 1]++;
        for (int b = 0; b < buckets; b++) start[b + 1] += start[b];
        int[] fill = Arrays.copyOf(start, buckets), order = new int[n];
        for (int i = 0; i < n; i++) order[fill[bucket[i]]++] = i;

        double c2 = cutoff * cutoff;
        double[] d = new double[3];
        for (int i = 0; i < n; i++)
            for (int a = -reach[0]; a <= reach[0]; a++)
                for (int b = -reach[1]; b <= reach[1]; b++)
                    for (int c = -reach[2]; c <= reach[2]; c++) {
                        int u0 = bin[3 * i] + a, u1 = bin[3 * i + 1] + b, u2 = bin[3 * i + 2] + c;
                        int s0 = Math.floorDiv(u0, bins[0]), s1 = Math.floorDiv(u1, bins[1]), s2 = Math.floorDiv(u2, bins[2]);
                        int t = id.applyAsInt(key(bins, u0 - s0 * bins[0], u1 - s1 * bins[1], u2 - s2 * bins[2]));
                        if (t < 0) continue;
                        for (int q = start[t]; q < start[t + 1]; q++) {
                            int j = order[q];
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

    /** Bins per axis of about the given thickness (at least one, at most MAX_BINS). */
    private static int[] bins(Lattice red, double thickness) {
        int[] bins = new int[3];
        for (int k = 0; k < 3; k++) bins[k] = (int) Math.max(1, Math.min(MAX_BINS, Math.floor(red.perpendicularWidth(k) / thickness)));
        return bins;
    }

    private static void place(double[] f, int[] bins, int[] bin, int i) {
        for (int k = 0; k < 3; k++) bin[3 * i + k] = Math.min(bins[k] - 1, (int) (f[k] * bins[k]));
    }

    private static long key(int[] bins, int a, int b, int c) { return ((long) a * bins[1] + b) * bins[2] + c; }

    /** Occupied bins: an open-addressing table from a bin's key to a dense id. */
    private static final class BinTable {
        private final long[] keys;
        private final int[] ids;
        private final int mask;
        private int size;

        BinTable(int sites) {
            int capacity = Integer.highestOneBit(Math.max(4, sites) * 2 - 1) << 1;
            keys = new long[capacity];
            ids = new int[capacity];
            Arrays.fill(ids, -1);
            mask = capacity - 1;
        }

        int size() { return size; }

        /** The id of key; a new one when absent and add is set, else -1. */
        int id(long key, boolean add) {
            long x = key;   // MurmurHash3's finaliser: bin keys are regular (a grid's are multiples of its spacing)
            x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
            x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
            int h = (int) (x ^ (x >>> 33)) & mask;
            while (ids[h] >= 0) {
                if (keys[h] == key) return ids[h];
                h = (h + 1) & mask;
            }
            if (!add) return -1;
            keys[h] = key;
            ids[h] = size;
            return size++;
        }
    }
}

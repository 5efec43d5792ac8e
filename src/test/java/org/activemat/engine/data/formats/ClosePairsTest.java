package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Lattice;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The cell list finds exactly the close pairs a brute-force image search finds, and stays linear on clustered atoms. */
class ClosePairsTest {

    @Test void findsThePairsABruteForceSearchFinds() {
        Random rnd = new Random(3);
        for (int t = 0; t < 150; t++) {
            double[][] m = {{3 + 4 * rnd.nextDouble(), 0, 0}, {rnd.nextDouble() * 6 - 3, 3 + 4 * rnd.nextDouble(), 0},
                    {rnd.nextDouble() * 8 - 4, rnd.nextDouble() * 8 - 4, 2 + 5 * rnd.nextDouble()}};
            Lattice l = new Lattice(m);
            int n = 1 + rnd.nextInt(16);
            double[][] cart = new double[n][];
            for (int i = 0; i < n; i++) cart[i] = l.toCartesian(new double[]{rnd.nextDouble() * 3 - 1, rnd.nextDouble(), rnd.nextDouble()});
            double cutoff = 0.5 + 3 * rnd.nextDouble();
            List<String> found = new ArrayList<>();
            ClosePairs.visit(l, cart, cutoff, (i, j, d) -> found.add(i + "-" + j + ":" + Math.round(d * 1e6)));
            assertThat(found).as("trial %d", t).containsExactlyInAnyOrderElementsOf(bruteForce(l, cart, cutoff));
        }
    }

    private static List<String> bruteForce(Lattice l, double[][] cart, double cutoff) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < cart.length; i++)
            for (int j = i; j < cart.length; j++)
                for (int a = -8; a <= 8; a++)
                    for (int b = -8; b <= 8; b++)
                        for (int c = -8; c <= 8; c++) {
                            if (i == j && a == 0 && b == 0 && c == 0) continue;
                            double[] t = l.toCartesian(new double[]{a, b, c});
                            double dx = cart[j][0] + t[0] - cart[i][0], dy = cart[j][1] + t[1] - cart[i][1], dz = cart[j][2] + t[2] - cart[i][2];
                            double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
                            if (d < cutoff) out.add(i + "-" + j + ":" + Math.round(d * 1e6));
                        }
        return out;
    }

    @Test void atomsPackedIntoACornerOfAHugeCellAreCheckedInLinearTime() {
        int side = 50;   // 125 000 atoms 1 Å apart in a 50 Å cube of a 10 000 Å cell
        double[][] cart = new double[side * side * side][];
        int k = 0;
        for (int x = 0; x < side; x++) for (int y = 0; y < side; y++) for (int z = 0; z < side; z++) cart[k++] = new double[]{x, y, z};
        long t0 = System.nanoTime();
        int[] pairs = {0};
        ClosePairs.visit(Lattice.cubic(10_000), cart, 0.5, (i, j, d) -> { pairs[0]++; return true; });
        assertThat(pairs[0]).isZero();
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds").isLessThan(10);
    }
}

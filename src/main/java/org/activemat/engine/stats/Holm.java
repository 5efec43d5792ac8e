package org.activemat.engine.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Holm's step-down correction of a family of m p-values, which keeps the chance of any false "significant" at α
 * without assuming the tests independent. With p_(1) ≤ … ≤ p_(m) sorted ascending:
 * <pre>  p̃_(i) = max_{j ≤ i} min(1, (m − j + 1)·p_(j))</pre>
 * returned in the original order (monotone in p, capped at 1). NaN entries (comparisons that could not be made,
 * e.g. one seed) stay NaN and are not counted in m: an undefined test cannot produce a false discovery.
 */
public final class Holm {
    private Holm() {}

    /** The Holm-adjusted p-values of one family, in the order given. */
    public static double[] adjust(double[] p) {
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (Double.isNaN(p[i])) continue;
            if (p[i] < 0 || p[i] > 1) throw new IllegalArgumentException("p-value " + i + " is outside [0, 1]: " + p[i]);
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> p[i])); // stable: ties keep their order and get the same value
        int m = order.size();
        double running = 0;
        for (int j = 0; j < m; j++) {
            int i = order.get(j);
            running = Math.max(running, Math.min(1, (m - j) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }

    /**
     * One family spread over several arrays (e.g. the strategies of each system of a study): adjusted together,
     * returned with the same shape.
     */
    public static List<double[]> adjust(List<double[]> families) {
        int total = 0;
        for (double[] f : families) total += f.length;
        double[] all = new double[total];
        int k = 0;
        for (double[] f : families) for (double v : f) all[k++] = v;
        double[] adjusted = adjust(all);
        List<double[]> out = new ArrayList<>();
        k = 0;
        for (double[] f : families) {
            out.add(Arrays.copyOfRange(adjusted, k, k + f.length));
            k += f.length;
        }
        return out;
    }
}

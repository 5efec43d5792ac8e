package org.activemat.ui.common.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Ticks of a log axis whose data are log10 of the values: at 1, 2 and 5 × 10^k (every digit when the range spans
 * less than a decade, only the decades when it spans many), labelled with the value itself, not its logarithm.
 */
final class LogTicks {
    private LogTicks() {}

    /** Positions (log10 of the values) within [lo, hi], at most about target of them. */
    static List<Double> ticks(double lo, double hi, int target) {
        List<Double> out = new ArrayList<>();
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || hi <= lo) return out;
        double decades = hi - lo;
        int[] mantissas = decades < 1 ? new int[]{1, 2, 3, 4, 5, 6, 7, 8, 9} : decades * 3 <= target ? new int[]{1, 2, 5} : new int[]{1};
        int step = Math.max(1, (int) Math.ceil(decades / Math.max(1, target)));   // many decades: every step-th
        for (int k = (int) Math.floor(lo); k <= (int) Math.ceil(hi) && out.size() < 100; k++) {
            if (mantissas.length == 1 && Math.floorMod(k, step) != 0) continue;
            for (int m : mantissas) {
                double t = k + Math.log10(m);
                if (t >= lo - 1e-9 && t <= hi + 1e-9) out.add(t);
            }
        }
        return out;
    }

    /** The value at a tick, short: 0.05, 0.1, 2, 1e-05. */
    static String label(double logValue) {
        double v = Math.pow(10, logValue);
        if (v >= 1e5 || v < 1e-3) return String.format("%.0e", v);
        String s = String.format("%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }
}

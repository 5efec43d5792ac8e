package org.activemat.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Axis ticks at 1, 2 or 5 × 10^k (linear) or at 1, 2, 5 × 10^k per decade (log), and their labels. */
public final class Ticks {
    private Ticks() {}

    /** A step of 1, 2 or 5 × 10^k giving about target intervals across [min, max]. */
    public static double step(double min, double max, int target) {
        double range = max - min;
        if (!(range > 0) || !Double.isFinite(range)) return 1;
        double raw = range / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / mag;
        double nice = r < 1.5 ? 1 : r < 3 ? 2 : r < 7 ? 5 : 10;
        return nice * mag;
    }

    /** The multiples of step inside [min, max] (with a rounding tolerance), exact decimals, −0 as 0. */
    static List<Double> linear(double min, double max, double step) {
        List<Double> out = new ArrayList<>();
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(step > 0)) return out;
        long first = (long) Math.ceil(min / step - 1e-9), last = (long) Math.floor(max / step + 1e-9);
        for (long k = first; k <= last && out.size() < 200; k++) {
            double v = new BigDecimal(k).multiply(BigDecimal.valueOf(step)).doubleValue(); // no 0.30000000000000004
            out.add(v == 0 ? 0.0 : v);
        }
        return out;
    }

    /**
     * Log ticks in [min, max] (both > 0): the decades, or else 1-2-5 per decade if that gives more; may give fewer
     * than 3 for a range within about a decade, where evenly spaced values read better (Axis falls back to those).
     */
    static List<Double> log(double min, double max) {
        List<Double> out = new ArrayList<>();
        if (!(min > 0) || !(max > min) || !Double.isFinite(max)) return out;
        for (int[] mantissas : new int[][]{{1}, {1, 2, 5}}) {
            out.clear();
            int lo = (int) Math.floor(Math.log10(min)), hi = (int) Math.ceil(Math.log10(max));
            for (int e = lo; e <= hi && out.size() < 200; e++)
                for (int m : mantissas) {
                    double v = new BigDecimal(m).scaleByPowerOfTen(e).doubleValue();
                    if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) out.add(v);
                }
            if (out.size() >= 3) break;
        }
        return out;
    }

    /** "0.05", "100", "−2.5": just the decimals step needs, a true minus sign; scientific when very large or small. */
    static String label(double v, double step) {
        double a = Math.abs(v);
        String s;
        if (a >= 1e6 || (a < 1e-4 && a > 0)) s = String.format(Locale.ROOT, "%.2g", v);
        else {
            int decimals = Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
            s = String.format(Locale.ROOT, "%." + Math.min(decimals, 8) + "f", v);
        }
        return s.replace('-', '\u2212');
    }

    /** The label of a log tick: as many decimals as the value itself needs. */
    static String logLabel(double v) {
        return label(v, Math.abs(v));
    }
}

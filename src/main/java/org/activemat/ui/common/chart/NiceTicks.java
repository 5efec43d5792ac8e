package org.activemat.ui.common.chart;

import java.util.ArrayList;
import java.util.List;

/** Axis ticks at 1, 2 or 5 × 10^k, about `target` of them across [min, max]. */
public final class NiceTicks {
    private NiceTicks() {}

    /** A step of 1, 2 or 5 × 10^k, as the report's figures choose it. */
    public static double step(double min, double max, int target) {
        return org.activemat.report.Ticks.step(min, max, target);
    }

    public static List<Double> ticks(double min, double max, int target) {
        double step = step(min, max, target);
        List<Double> out = new ArrayList<>();
        if (!Double.isFinite(min) || !Double.isFinite(max)) return out;
        double start = Math.ceil(min / step - 1e-9) * step;
        for (double v = start; v <= max + step * 1e-9 && out.size() < 100; v += step)
            out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        return out;
    }

    /** Short label for a tick: no trailing zeros, scientific for very large or small values. */
    public static String label(double v, double step) {
        if (v == 0) return "0";
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) return String.format("%.2g", v);
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format("%." + Math.min(decimals, 6) + "f", v);
    }
}

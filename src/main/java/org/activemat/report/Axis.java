package org.activemat.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One axis: a value range, linear or log, or categories at 0, 1, … n−1. Maps values to a pixel span and gives its
 * ticks with labels. Immutable; build it with {@link #fit}, {@link #log} or {@link #categories}.
 */
final class Axis {
    record Tick(double value, String label) {}

    private final double min, max, step;   // step: the tick step a fitted axis ends on, else 0
    private final boolean log;
    private final List<String> categories;   // null unless categorical

    private Axis(double min, double max, double step, boolean log, List<String> categories) {
        this.min = min;
        this.step = step;
        this.max = max;
        this.log = log;
        this.categories = categories;
    }

    /**
     * A linear axis covering the data in [lo, hi] with some room, its ends on nice ticks; includeZero draws the
     * range down (or up) to 0 as bar-like plots of % need. An empty range is widened so it can be drawn.
     */
    static Axis fit(double lo, double hi, boolean includeZero) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) { lo = 0; hi = 1; }
        if (includeZero) { lo = Math.min(lo, 0); hi = Math.max(hi, 0); }
        if (hi - lo <= 1e-12 * Math.max(1, Math.abs(hi))) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        double pad = (hi - lo) * 0.05;
        double a = includeZero && lo == 0 ? 0 : lo - pad, b = includeZero && hi == 0 ? 0 : hi + pad;
        double step = Ticks.step(a, b, 5);
        return new Axis(Math.floor(a / step + 1e-9) * step, Math.ceil(b / step - 1e-9) * step, step, false, null);
    }

    /** A linear axis from min to max exactly (e.g. the label counts of a schedule, with a margin added). */
    static Axis range(double min, double max) {
        if (!(max > min)) { min -= 0.5; max += 0.5; }
        return new Axis(min, max, 0, false, null);
    }

    /** A log axis covering positive data [lo, hi] with a little room; falls back to linear when lo ≤ 0. */
    static Axis log(double lo, double hi) {
        if (!(lo > 0) || !Double.isFinite(hi)) return fit(lo, hi, false);
        if (!(hi > lo)) { lo /= 1.2; hi *= 1.2; }
        double f = Math.pow(hi / lo, 0.05);
        return new Axis(lo / f, hi * f, 0, true, null);
    }

    /** Categories at 0 … n−1, half a slot of room at both ends. */
    static Axis categories(List<String> names) {
        return new Axis(-0.5, names.size() - 0.5, 0, false, List.copyOf(names));
    }

    double min() { return min; }

    double max() { return max; }

    boolean isLog() { return log; }

    /** value → position in [from, to] (to may be smaller, as for a y axis growing upwards). */
    double map(double value, double from, double to) {
        double t = log ? (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min)) : (value - min) / (max - min);
        return from + t * (to - from);
    }

    List<Tick> ticks(int target) {
        List<Tick> out = new ArrayList<>();
        if (categories != null) {
            for (int i = 0; i < categories.size(); i++) out.add(new Tick(i, categories.get(i)));
        } else if (log && Ticks.log(min, max).size() >= 3) {
            for (double v : Ticks.log(min, max)) out.add(new Tick(v, Ticks.logLabel(v)));
        } else {   // linear, or a log axis spanning about a decade: round values, evenly stepped
            // a fitted axis keeps the step its ends sit on, unless that gives too many ticks for the space
            double s = step > 0 && (max - min) / step <= target * 1.6 ? step : Ticks.step(min, max, target);
            for (double v : Ticks.linear(min, max, s)) out.add(new Tick(v, Ticks.label(v, s)));
        }
        return out;
    }
}

package org.activemat.engine.task;

import java.util.Locale;

/** Durations for progress lines on a terminal: "12s", "3m20s", "1h05m". */
public final class Durations {
    private Durations() {}

    public static String compact(double seconds) {
        long t = Math.max(0, Math.round(seconds));
        if (t < 60) return t + "s";
        if (t < 3600) return String.format(Locale.ROOT, "%dm%02ds", t / 60, t % 60);
        return String.format(Locale.ROOT, "%dh%02dm", t / 3600, (t % 3600) / 60);
    }
}

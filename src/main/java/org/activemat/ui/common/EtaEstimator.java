package org.activemat.ui.common;

import java.time.Duration;
import java.util.Optional;

/**
 * Remaining time from the fraction done and the time elapsed, assuming the rest goes at the average rate so far.
 * Says nothing until there is enough to go on (5 % done or 2 s elapsed), because early guesses swing wildly.
 */
public final class EtaEstimator {
    private final long startNanos;

    public EtaEstimator(long startNanos) { this.startNanos = startNanos; }

    public Optional<Duration> remaining(double fraction, long nowNanos) {
        long elapsed = nowNanos - startNanos;
        if (fraction <= 0 || fraction >= 1 || (fraction < 0.05 && elapsed < 2_000_000_000L)) return Optional.empty();
        double totalNanos = elapsed / fraction;
        return Optional.of(Duration.ofNanos((long) (totalNanos - elapsed)));
    }

    /** "1 h 05 min", "3 min 20 s", "12 s". */
    public static String format(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s >= 3600) return String.format("%d h %02d min", s / 3600, (s % 3600) / 60);
        if (s >= 60) return String.format("%d min %02d s", s / 60, s % 60);
        return s + " s";
    }

    /** For a guess made before anything ran: "1 h 05 min", "11 min", "under a minute". */
    public static String formatRough(Duration d) {
        long min = Math.round(Math.max(0, d.toSeconds()) / 60.0);
        if (min >= 60) return String.format("%d h %02d min", min / 60, min % 60);
        return min >= 1 ? min + " min" : "under a minute";
    }
}

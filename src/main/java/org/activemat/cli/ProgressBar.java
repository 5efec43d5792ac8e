package org.activemat.cli;

import org.activemat.engine.loop.ExperimentListener;
import org.activemat.engine.task.Durations;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar with ETA on stderr, counting trained ensemble members. Redrawn in place at most every 250 ms on a
 * terminal; when stderr is a file or pipe, one line every 10 s so logs stay short. Thread-safe (workers call it).
 */
final class ProgressBar implements ExperimentListener {
    private final PrintWriter err;
    private final long total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final long intervalNanos;
    private final AtomicLong done = new AtomicLong(), runsDone = new AtomicLong(), lastDraw = new AtomicLong();
    private final long runs;

    ProgressBar(PrintWriter err, long totalMembers, long runs, boolean terminal) {
        this.err = err;
        this.total = totalMembers;
        this.runs = runs;
        this.terminal = terminal;
        this.intervalNanos = terminal ? 250_000_000L : 10_000_000_000L;
        lastDraw.set(start);
    }

    @Override public void memberTrained(String strategy, int seed, int round, int member) {
        long d = done.incrementAndGet();
        long now = System.nanoTime(), last = lastDraw.get();
        if (now - last >= intervalNanos && lastDraw.compareAndSet(last, now)) draw(d, now, strategy + " seed " + seed + " round " + round);
    }

    @Override public void runFinished(org.activemat.engine.loop.RunResult run) {
        runsDone.incrementAndGet();
    }

    private synchronized void draw(long d, long now, String what) {
        double f = total == 0 ? 1 : (double) d / total;
        int width = 30, filled = (int) Math.round(f * width);
        double elapsed = (now - start) / 1e9;
        String eta = d == 0 ? "?" : Durations.compact(elapsed * (total - d) / d);
        String line = String.format(Locale.ROOT, "[%s%s] %3.0f%%  runs %d/%d  elapsed %s  ETA %s  (%s)",
                "#".repeat(filled), " ".repeat(width - filled), 100 * f, runsDone.get(), runs, Durations.compact(elapsed), eta, what);
        if (terminal) err.print("\r" + line + "   ");
        else err.println(line);
        err.flush();
    }

    /** Ends the bar with a final line. */
    synchronized void finish(boolean complete) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (terminal) err.print("\r");
        err.printf(Locale.ROOT, "%s: %d of %d runs in %s%s%n", complete ? "done" : "cancelled", runsDone.get(), runs,
                Durations.compact(elapsed), terminal ? " ".repeat(40) : "");
        err.flush();
    }
}

package org.activemat.ui.common;

import org.activemat.engine.task.ProgressListener;

/**
 * Where a worker thread leaves its progress. The worker only writes volatile fields (cheap, any rate);
 * the FX thread samples them on a timer, so a fast loop never floods the event queue.
 */
public final class ProgressTracker implements ProgressListener {
    private volatile long done;
    private volatile long total = -1;
    private volatile String message = "";

    @Override public void progress(long done, long total, String message) {
        this.total = total;
        this.done = done;
        if (message != null) this.message = message;
    }

    /** A consistent-enough view for display: fraction in [0,1], or -1 while the total is unknown. */
    public Snapshot sample() {
        long t = total, d = done;
        double fraction = t <= 0 ? -1 : Math.min(1.0, Math.max(0.0, d / (double) t));
        return new Snapshot(d, t, fraction, message);
    }

    public record Snapshot(long done, long total, double fraction, String message) {}
}

package org.activemat.engine.task;

/** Cooperative cancellation: the UI or a signal handler cancels, workers check between units of work. */
public final class CancellationToken {
    private volatile boolean cancelled;

    public void cancel() { cancelled = true; }

    public boolean isCancelled() { return cancelled; }

    /** Throws CancelledException if cancelled; call between epochs, members, rounds and runs (a volatile read). */
    public void check() {
        if (cancelled) throw new CancelledException();
    }

    public static final class CancelledException extends RuntimeException {
        public CancelledException() { super("cancelled", null, false, false); }
    }
}

package org.activemat.engine.task;

/** Receives progress from long engine work. Called from worker threads: implementations must be thread-safe and cheap. */
@FunctionalInterface
public interface ProgressListener {
    /** done out of total units of work; message says what is happening now. */
    void progress(long done, long total, String message);

    ProgressListener NONE = (d, t, m) -> {};
}

package org.activemat.engine.loop;

/**
 * Progress of an experiment. Called from worker threads, possibly concurrently: implementations must be thread-safe
 * and cheap (a UI should store the latest value and sample it, not post one event per member to its thread).
 */
public interface ExperimentListener {
    /** A member of the ensemble of (strategy, seed) at round finished training. */
    default void memberTrained(String strategy, int seed, int round, int member) {}

    default void roundFinished(String strategy, int seed, RoundResult round) {}

    default void runFinished(RunResult run) {}

    ExperimentListener NONE = new ExperimentListener() {};

    /** Adapts a plain ProgressListener: one unit per trained member, out of ExperimentRunner.totalMembers(plan). */
    static ExperimentListener progress(org.activemat.engine.task.ProgressListener p, long totalMembers) {
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        return new ExperimentListener() {
            @Override public void memberTrained(String strategy, int seed, int round, int member) {
                p.progress(done.incrementAndGet(), totalMembers, strategy + ", seed " + seed + ", round " + round + ", member " + (member + 1));
            }
        };
    }
}

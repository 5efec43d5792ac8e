package org.activemat.engine.task;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The pw.x runs (and their mpirun) this program started. A JVM that exits does not take its children with it: without
 * this, quitting in the middle of a live run would leave pw.x computing, unseen, until its time limit.
 */
public final class ChildProcesses {
    private ChildProcesses() {}

    /**
     * Cancels the work first (so a killed calculation reads as cancelled, not failed), then kills every process this JVM
     * started and their children, waiting at most waitMillis for them to go. The list is taken before cancelling: a pw.x
     * whose mpirun dies first leaves our process tree, yet must be killed and waited for.
     */
    public static void stopAll(Runnable cancel, long waitMillis) {
        Set<ProcessHandle> all = new LinkedHashSet<>(ProcessHandle.current().descendants().toList());
        cancel.run();
        all.addAll(ProcessHandle.current().descendants().toList());
        all.forEach(ProcessHandle::destroyForcibly);
        try {
            CompletableFuture.allOf(all.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // gone or going: the kill signal is sent, and quitting must not hang on a process that is slow to be reaped
        }
    }

    /** The same when the JVM is told to stop: window closed, Ctrl-C, SIGTERM at logout. */
    public static void stopAllOnExit(Runnable cancel) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(cancel, 2000), "activemat-kill-children"));
    }
}

package org.activemat.engine.task;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The pw.x runs (and their mpirun) this program started. A JVM that exits does not take its children with it: without
 * this, quitting in the middle of a live run would leave pw.x computing, unseen, until its time limit.
 */
public final class ChildProcesses {
    private ChildProcesses() {}

    /** Kills every process this JVM started, and their children, waiting at most waitMillis for them to go. */
    public static void killAll(long waitMillis) {
        List<ProcessHandle> all = ProcessHandle.current().descendants().toList();
        all.forEach(ProcessHandle::destroyForcibly);
        try {
            CompletableFuture.allOf(all.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // gone or going: the kill signal is sent, and an exit must not hang on a process that ignores it
        }
    }

    /** Kills them when the JVM is told to stop (window closed, Ctrl-C, SIGTERM at logout). */
    public static void killAllOnExit(Runnable first) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            first.run();
            killAll(2000);
        }, "activemat-kill-children"));
    }
}

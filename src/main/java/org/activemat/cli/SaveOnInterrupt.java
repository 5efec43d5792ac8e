package org.activemat.cli;

import org.activemat.engine.task.CancellationToken;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Ctrl-C cancels the work within one training epoch and waits for what finished to be saved before the JVM exits. */
final class SaveOnInterrupt {
    private SaveOnInterrupt() {}

    interface Work {
        int run(CancellationToken token) throws Exception;
    }

    static int run(Work work) throws Exception {
        CancellationToken token = new CancellationToken();
        CountDownLatch saved = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            token.cancel();
            try {
                saved.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "activemat-save-on-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            return work.run(token);
        } finally {
            saved.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException alreadyExiting) {
                // the hook is running: it was waiting for exactly this
            }
        }
    }
}

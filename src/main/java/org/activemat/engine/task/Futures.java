package org.activemat.engine.task;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to a pool, with an interrupt turned into a cancellation and the task's own failure rethrown. */
public final class Futures {
    private Futures() {}

    public static <T> T await(Future<T> f, CancellationToken token) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (token != null) token.cancel();
            throw new CancellationToken.CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error er) throw er;
            throw new IllegalStateException(e.getCause());
        }
    }
}

package org.activemat.ui.common;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.activemat.engine.task.CancellationToken;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread with a fluent API over javafx.concurrent.Task:
 * {@code tasks.create("Loading", ctx -> read(file)).onSuccess(this::show).onFailure(this::error).start()}.
 * The worker reports into a ProgressTracker (volatile writes); a 50 ms timeline on the FX thread samples it into the
 * status bar, and the callbacks run on the FX thread.
 */
public final class Tasks {
    /** Sampling period of progress: fast enough to look live, slow enough never to load the FX thread. */
    public static final Duration SAMPLE_PERIOD = Duration.millis(50);

    private final TaskStatusModel status;
    private final ExecutorService executor;

    public Tasks(TaskStatusModel status) {
        this.status = status;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "activemat-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public TaskStatusModel status() { return status; }

    public <T> Builder<T> create(String title, Work<T> work) { return new Builder<>(title, work); }

    public void shutdown() { executor.shutdownNow(); }

    /** The work itself; runs on a worker thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Context ctx) throws Exception;
    }

    /** Given to the work: where to report progress and how to notice cancellation. */
    public record Context(ProgressTracker progress, CancellationToken token) {}

    /** A started task: cancel it cooperatively. */
    public interface Handle {
        void cancel();

        boolean isRunning();
    }

    public final class Builder<T> {
        private final String title;
        private final Work<T> work;
        private Consumer<T> onSuccess = r -> {};
        private Consumer<Throwable> onFailure = e -> {};
        private Runnable onCancelled = () -> {};
        private Runnable onFinished = () -> {};
        private Consumer<ProgressTracker.Snapshot> onSample = s -> {};

        private Builder(String title, Work<T> work) {
            this.title = title;
            this.work = work;
        }

        public Builder<T> onSuccess(Consumer<T> c) { onSuccess = c; return this; }

        public Builder<T> onFailure(Consumer<Throwable> c) { onFailure = c; return this; }

        public Builder<T> onCancelled(Runnable r) { onCancelled = r; return this; }

        /** After success, failure or cancellation. */
        public Builder<T> onFinished(Runnable r) { onFinished = r; return this; }

        /** Called on the FX thread every sample period while running (e.g. to drain an event queue). */
        public Builder<T> onSample(Consumer<ProgressTracker.Snapshot> c) { onSample = c; return this; }

        public Handle start() {
            ProgressTracker tracker = new ProgressTracker();
            CancellationToken token = new CancellationToken();
            Context ctx = new Context(tracker, token);
            Task<T> task = new Task<>() {
                @Override protected T call() throws Exception { return work.run(ctx); }
            };
            Timeline sampler = new Timeline(new KeyFrame(SAMPLE_PERIOD, e -> {
                ProgressTracker.Snapshot s = tracker.sample();
                status.sampled(s, System.nanoTime());
                onSample.accept(s);
            }));
            sampler.setCycleCount(Animation.INDEFINITE);
            status.started(title, System.nanoTime());
            task.setOnSucceeded(e -> {
                sampler.stop();
                onSample.accept(tracker.sample());
                status.finished(title, token.isCancelled() ? "cancelled" : "done");
                onSuccess.accept(task.getValue());
                onFinished.run();
            });
            task.setOnFailed(e -> {
                sampler.stop();
                onSample.accept(tracker.sample());
                Throwable ex = task.getException();
                if (ex instanceof CancellationToken.CancelledException || token.isCancelled()
                        && ex instanceof InterruptedException) {
                    status.finished(title, "cancelled");
                    onCancelled.run();
                } else {
                    status.finished(title, "failed");
                    onFailure.accept(ex);
                }
                onFinished.run();
            });
            sampler.play();
            executor.execute(task);
            return new Handle() {
                @Override public void cancel() { token.cancel(); }

                @Override public boolean isRunning() { return task.isRunning() || !task.isDone(); }
            };
        }
    }
}

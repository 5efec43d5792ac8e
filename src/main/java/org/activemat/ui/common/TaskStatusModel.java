package org.activemat.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar shows: the current task, its progress (-1 = indeterminate) and ETA.
 * Updated on the FX thread from samples of a ProgressTracker; holds no controls, so it is testable without a toolkit.
 */
public final class TaskStatusModel {
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper eta = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;
    private EtaEstimator estimator;

    public void started(String taskTitle, long nowNanos) {
        running++;
        estimator = new EtaEstimator(nowNanos);
        title.set(taskTitle);
        message.set("");
        progress.set(-1);
        eta.set("");
        busy.set(true);
    }

    public void sampled(ProgressTracker.Snapshot s, long nowNanos) {
        if (!busy.get()) return;
        progress.set(s.fraction());
        message.set(s.message() == null ? "" : s.message());
        eta.set(estimator == null ? "" : estimator.remaining(s.fraction(), nowNanos)
                .map(d -> "about " + EtaEstimator.format(d) + " left").orElse(""));
    }

    /** outcome: "done", "cancelled", "failed", shown until the next task starts. */
    public void finished(String taskTitle, String outcome) {
        running = Math.max(0, running - 1);
        if (running > 0) return;
        busy.set(false);
        title.set("Ready · last task: " + taskTitle + " — " + outcome);
        progress.set(0);
        eta.set("");
        message.set("");
    }

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty etaProperty() { return eta.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}

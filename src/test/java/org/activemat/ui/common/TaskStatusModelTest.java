package org.activemat.ui.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar's model runs without a JavaFX toolkit: it only holds properties. */
class TaskStatusModelTest {
    private static final long S = 1_000_000_000L;

    @Test void showsProgressMessageAndEtaFromTrackerSamples() {
        TaskStatusModel m = new TaskStatusModel();
        ProgressTracker t = new ProgressTracker();
        m.started("Running", 0);
        assertThat(m.busyProperty().get()).isTrue();
        assertThat(m.progressProperty().get()).isEqualTo(-1.0);  // indeterminate before the first report
        t.progress(5, 20, "random seed 1, round 2");
        m.sampled(t.sample(), 10 * S);
        assertThat(m.progressProperty().get()).isEqualTo(0.25);
        assertThat(m.messageProperty().get()).isEqualTo("random seed 1, round 2");
        assertThat(m.etaProperty().get()).isEqualTo("about 30 s left");
        m.finished("Running", "cancelled");
        assertThat(m.busyProperty().get()).isFalse();
        assertThat(m.titleProperty().get()).isEqualTo("Ready · last task: Running — cancelled");
    }

    @Test void staysBusyUntilTheLastOverlappingTaskEnds() {
        TaskStatusModel m = new TaskStatusModel();
        m.started("A", 0);
        m.started("B", 0);
        m.finished("A", "done");
        assertThat(m.busyProperty().get()).isTrue();
        m.finished("B", "done");
        assertThat(m.busyProperty().get()).isFalse();
    }

    @Test void trackerClampsAndReportsUnknownTotal() {
        ProgressTracker t = new ProgressTracker();
        assertThat(t.sample().fraction()).isEqualTo(-1.0);
        t.progress(30, 20, null);
        assertThat(t.sample().fraction()).isEqualTo(1.0);
    }
}

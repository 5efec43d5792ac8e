package org.activemat.engine.study;

import org.activemat.engine.loop.ExperimentListener;

/** Progress of a study: the experiment events of the system being run, and when each system starts and ends. */
public interface StudyListener extends ExperimentListener {
    /** Experiment index (0-based) of total is starting: system at the sweep value (null without a sweep). */
    default void experimentStarted(int index, int total, String system, String sweepValue) {}

    default void experimentFinished(StudyRun run) {}

    StudyListener NONE = new StudyListener() {};
}

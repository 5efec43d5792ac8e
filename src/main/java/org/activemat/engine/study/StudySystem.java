package org.activemat.engine.study;

import org.activemat.engine.experiment.ReplaySpec;

/** One system of a study: the name its tables and figures show (Si, Ti–O, …) and the protocol on its data. */
public record StudySystem(String name, ReplaySpec replay) {}

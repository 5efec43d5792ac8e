package org.activemat.engine.study;

import org.activemat.engine.io.ResultsDocument;

/** One system at one value of the sweep (null without a sweep): its results document and its paired statistics. */
public record StudyRun(String system, String sweepValue, ResultsDocument results, PairedSummary summary) {}

package org.activemat.engine.loop;

import java.util.List;

/**
 * The runs of an experiment that finished (in plan order: strategy, then seed), whether all of them did,
 * and the wall time.
 */
public record ExperimentResult(ExperimentPlan plan, List<RunResult> runs, boolean complete, double wallSeconds) {
    public ExperimentResult {
        runs = List.copyOf(runs);
    }
}

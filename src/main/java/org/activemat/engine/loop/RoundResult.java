package org.activemat.engine.loop;

import org.activemat.engine.stats.Metrics;

import java.util.List;

/**
 * One training round of a run: how many labels the ensemble was trained on, its test metrics, the ids labelled
 * for this round (the initial random draw at round 0, the strategy's picks after) with the reason for each pick,
 * and the wall time of training.
 */
public record RoundResult(int round, int labelled, Metrics metrics, List<String> addedIds, List<String> reasons,
                          double trainSeconds) {
    public RoundResult {
        addedIds = List.copyOf(addedIds);
        reasons = reasons instanceof LazyTexts ? reasons : List.copyOf(reasons); // LazyTexts: immutable already
    }
}

package org.activemat.engine.loop;

import org.activemat.engine.stats.Metrics;

import java.util.List;

/**
 * One training round of a run: how many labels the ensemble was trained on, its test metrics, the ids labelled
 * for this round (the initial random draw at round 0, the strategy's picks after) with the reason for each pick,
 * the wall time of the round (training, with cross-validation's fold ensembles when the plan asks for them; a round 0
 * shared with the seed's first strategy, see {@link SharedRoundZero}, records only its wait and prediction), and what the round
 * knew about its error without the test set (null in files written before it was recorded).
 */
public record RoundResult(int round, int labelled, Metrics metrics, List<String> addedIds, List<String> reasons,
                          double trainSeconds, RoundEstimates estimates) {
    public RoundResult {
        addedIds = List.copyOf(addedIds);
        reasons = reasons instanceof LazyTexts ? reasons : List.copyOf(reasons); // LazyTexts: immutable already
    }

    /** A round without estimates (tests, and what older files hold). */
    public RoundResult(int round, int labelled, Metrics metrics, List<String> addedIds, List<String> reasons, double trainSeconds) {
        this(round, labelled, metrics, addedIds, reasons, trainSeconds, null);
    }
}

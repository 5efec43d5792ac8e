package org.activemat.engine.loop;

import java.util.List;

/** One (strategy, seed) run: its rounds, the final test predictions and the run's wall time. */
public record RunResult(String strategy, int seed, List<RoundResult> rounds, TestPredictions testPredictions,
                        double seconds) {
    public RunResult {
        rounds = List.copyOf(rounds);
    }

    public RoundResult lastRound() { return rounds.get(rounds.size() - 1); }
}

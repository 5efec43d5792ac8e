package org.activemat.ui.run;

import org.activemat.engine.loop.RoundResult;
import org.activemat.engine.strategy.AdaptiveChoice;

import java.util.List;
import java.util.Optional;

/**
 * The adaptive strategy's choice of each round in words, read from the picks' reasons (see AdaptiveChoice): a one-line
 * summary for under the learning curves, the reasons in full for its tooltip, and the choice behind one round's batch.
 */
final class AdaptiveChoices {
    private AdaptiveChoices() {}

    /** What a reward means, for readers of "mean reward 0.58". */
    static final String REWARD = "reward = (1 + relative drop of the MAE on the batch labelled next) / 2: 0.5 = no change";

    /** "adaptive, seed 0, the strategy behind each round's batch — round 1: random · 2: lcmd  (hover for why)"; "" before any. */
    static String line(int seed, List<RoundResult> rounds) {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < rounds.size(); r++) {
            Optional<AdaptiveChoice> c = of(rounds.get(r));
            if (c.isEmpty()) continue;
            b.append(b.length() == 0 ? "round " : " · ").append(r).append(": ").append(c.get().arm());
        }
        return b.length() == 0 ? "" : "adaptive, seed " + seed + ", the strategy behind each round's batch — " + b + "  (hover for why)";
    }

    /** One line per round: "round 3: lcmd (p = 0.20; mean reward: …)", then what a reward is. */
    static String details(List<RoundResult> rounds) {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < rounds.size(); r++) {
            Optional<AdaptiveChoice> c = of(rounds.get(r));
            if (c.isPresent()) b.append("round ").append(r).append(": ").append(c.get().arm()).append(" (").append(c.get().why()).append(")\n");
        }
        return b.length() == 0 ? "" : b.append(REWARD).toString();
    }

    /** "Batch chosen by lcmd: p = 0.20; …" for the batch a round trained on; "" when the bandit did not choose it. */
    static String batch(RoundResult round) {
        return of(round).map(c -> "Batch chosen by " + c.arm() + ": " + c.why() + ".").orElse("");
    }

    private static Optional<AdaptiveChoice> of(RoundResult round) {
        return round.reasons().isEmpty() ? Optional.empty() : AdaptiveChoice.of(round.reasons().get(0));
    }
}

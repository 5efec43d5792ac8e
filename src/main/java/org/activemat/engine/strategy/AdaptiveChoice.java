package org.activemat.engine.strategy;

import java.util.Optional;

/**
 * Which arm the adaptive strategy used for a batch and why, as it is written at the head of every pick's reason
 * ("adaptive → lcmd (p = 0.46; mean reward: …): farthest point …"). Written and read here only, so results files
 * (which keep the reasons) tell the Run panel the choice of every round without a field of their own.
 */
public record AdaptiveChoice(String arm, String why) {
    private static final String PREFIX = "adaptive → ";

    /** The head of a pick's reason. */
    public String prefix() { return PREFIX + arm + " (" + why + "): "; }

    /** The choice a reason starts with; empty for a reason another strategy wrote. */
    public static Optional<AdaptiveChoice> of(String reason) {
        if (reason == null || !reason.startsWith(PREFIX)) return Optional.empty();
        int open = reason.indexOf(" (", PREFIX.length()), close = open < 0 ? -1 : reason.indexOf("): ", open);
        if (close < 0) return Optional.empty();
        return Optional.of(new AdaptiveChoice(reason.substring(PREFIX.length(), open), reason.substring(open + 2, close)));
    }
}

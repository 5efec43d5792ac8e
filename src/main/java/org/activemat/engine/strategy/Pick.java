package org.activemat.engine.strategy;

/**
 * One chosen candidate and why: the strategy's rule in words ("random draw", "most uncertain", …), index into the
 * training pool, its ensemble variance and rank among the candidates (1 = most uncertain), its distance to the labelled
 * set (standardized feature space, before this batch), its k-means cluster (-1 when the strategy does not cluster) and
 * the strategy's score (NaN when it has none).
 */
public record Pick(String rule, int index, double variance, int varianceRank, double distanceToLabelled, int cluster, double score) {
    /** The same pick with another rule (the adaptive strategy prefixes the arm it chose). */
    public Pick withRule(String newRule) {
        return new Pick(newRule, index, variance, varianceRank, distanceToLabelled, cluster, score);
    }

    public String explanation() {
        StringBuilder b = new StringBuilder(rule).append(": ");
        b.append(String.format("variance rank %d (σ² = %.3g), distance to labelled %.3f", varianceRank, variance, distanceToLabelled));
        if (cluster >= 0) b.append(", cluster ").append(cluster);
        if (!Double.isNaN(score)) b.append(String.format(", score %.3f", score));
        return b.toString();
    }
}

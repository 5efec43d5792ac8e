package org.activemat.engine.strategy;

/** Builds Picks with the shared explanation fields (variance, rank, distance to labelled before the batch). */
final class PickBuilder {
    private final SelectionContext ctx;
    private final int[] ranks;
    private final double[] distance;

    PickBuilder(SelectionContext ctx) {
        this.ctx = ctx;
        this.ranks = ctx.varianceRanks();
        this.distance = ctx.distanceToLabelled();
    }

    double[] distanceToLabelled() { return distance; }

    Pick pick(String rule, int candidate, int cluster, double score) {
        return new Pick(rule, ctx.candidates()[candidate], ctx.candidateVariance()[candidate], ranks[candidate],
                distance[candidate], cluster, score);
    }
}

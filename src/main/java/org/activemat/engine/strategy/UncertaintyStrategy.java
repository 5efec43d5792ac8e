package org.activemat.engine.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The B candidates with the highest ensemble variance (query by committee). It ranks the raw variance: the recalibrated
 * spread (engine.loop.Recalibration) is reported, not used here, because both of its maps are monotone in σ — a scale
 * factor s keeps every top-k exactly (s·σ orders as σ does), an isotonic map keeps the order up to ties — so calibrated
 * σ would pick the same batch.
 */
public final class UncertaintyStrategy implements QueryStrategy {
    @Override public String name() { return "uncertainty"; }

    @Override public List<Pick> select(SelectionContext ctx, int batch, Random rng) {
        PickBuilder pb = new PickBuilder(ctx);
        int[] ranks = ctx.varianceRanks();
        int n = ranks.length, k = Math.min(batch, n);
        int[] byRank = new int[n];
        for (int c = 0; c < n; c++) byRank[ranks[c] - 1] = c;
        List<Pick> picks = new ArrayList<>(k);
        for (int r = 0; r < k; r++) picks.add(pb.pick("most uncertain", byRank[r], -1, ctx.candidateVariance()[byRank[r]]));
        return picks;
    }
}

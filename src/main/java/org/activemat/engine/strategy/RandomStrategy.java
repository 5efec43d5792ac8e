package org.activemat.engine.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** B uniform draws without replacement from the candidates: the baseline every strategy is compared with. */
public final class RandomStrategy implements QueryStrategy {
    @Override public String name() { return "random"; }

    @Override public List<Pick> select(SelectionContext ctx, int batch, Random rng) {
        int n = ctx.candidates().length, k = Math.min(batch, n);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        PickBuilder pb = new PickBuilder(ctx);
        List<Pick> picks = new ArrayList<>(k);
        for (int i = 0; i < k; i++) { // partial Fisher–Yates
            int j = i + rng.nextInt(n - i);
            int t = order[i]; order[i] = order[j]; order[j] = t;
            picks.add(pb.pick("random draw", order[i], -1, Double.NaN));
        }
        return picks;
    }
}

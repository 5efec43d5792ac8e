package org.activemat.engine.strategy;

import java.util.List;
import java.util.Random;

/** Chooses which unlabelled candidates to send to the oracle next. */
public interface QueryStrategy {
    /** "random", "uncertainty", "diversity", "hybrid", … */
    String name();

    /** Picks min(batch, candidates) distinct candidates; Pick.index is a pool row (an element of ctx.candidates()). */
    List<Pick> select(SelectionContext ctx, int batch, Random rng);
}

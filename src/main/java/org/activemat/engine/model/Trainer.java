package org.activemat.engine.model;

import org.activemat.engine.task.CancellationToken;

import java.util.concurrent.ExecutorService;
import java.util.function.IntConsumer;

/**
 * Trains an ensemble on standardized rows (the model seam: one implementation per backend). The numbers may depend
 * only on (x, y, memberSeeds), never on the thread that trains or on membersPool.
 */
public interface Trainer {
    /**
     * @param memberSeeds one seed per member (initial weights and shuffling)
     * @param afterMember told the index of each finished member (from any thread when membersPool is given)
     * @param token       checked at least once per epoch, so Cancel returns within one epoch
     * @param membersPool when given, members train as parallel tasks on it; null trains them in the calling thread
     */
    EnsembleModel train(double[][] x, double[] y, long[] memberSeeds, IntConsumer afterMember, CancellationToken token,
                        ExecutorService membersPool);
}

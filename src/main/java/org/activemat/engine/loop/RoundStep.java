package org.activemat.engine.loop;

import org.activemat.engine.model.EnsembleModel;
import org.activemat.engine.model.ModelSpec;
import org.activemat.engine.model.Prediction;
import org.activemat.engine.strategy.Pick;
import org.activemat.engine.strategy.QueryStrategy;
import org.activemat.engine.strategy.SelectionContext;
import org.activemat.engine.task.CancellationToken;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;

/**
 * The two steps of every active-learning round, shared by the retrospective run (labels replayed from the data) and
 * the live exploration (labels from pw.x), so both derive their random numbers from (seed, strategy, round) alike.
 */
public final class RoundStep {
    private RoundStep() {}

    /** Trains the ensemble on the labelled pool rows (y aligned with labelled); member seeds come from the pairing. */
    public static EnsembleModel train(double[][] poolX, List<Integer> labelled, double[] y, ModelSpec model, Pairing pairing, int seed,
                                    String strategy, int round, ExperimentListener listener, CancellationToken token,
                                    ExecutorService membersPool) {
        double[][] x = new double[labelled.size()][];
        for (int i = 0; i < x.length; i++) x[i] = poolX[labelled.get(i)];
        long[] memberSeeds = new long[model.members()];
        for (int m = 0; m < memberSeeds.length; m++) memberSeeds[m] = pairing.memberSeed(seed, strategy, round, m);
        return model.trainer().train(x, y, memberSeeds, m -> listener.memberTrained(strategy, seed, round, m), token, membersPool);
    }

    /**
     * The strategy's batch among the pool rows that are neither labelled nor unavailable (unavailable[i] also covers
     * rows the oracle failed on). Every strategy gets the ensemble's mean and variance of the candidates (so each pick's
     * explanation can show the variance), the labels y (aligned with labelled) and, computed only if it asks, the
     * ensemble's last-hidden-layer features of the labelled rows and the candidates ({@link EnsembleFeatures}, with a
     * projection seed derived like every other random number of the round).
     */
    public static List<Pick> query(QueryStrategy strategy, EnsembleModel ensemble, double[][] poolX, List<Integer> labelled,
                                   double[] y, boolean[] unavailable, int batch, int seed, String strategyName, int round) {
        int[] candidates = candidates(unavailable);
        Prediction p = ensemble.predict(ActiveLearningRun.rows(poolX, candidates));
        return query(strategy, ensemble, poolX, candidates, p, labelled, y, batch, seed, strategyName, round);
    }

    /** As above, with the candidates and the ensemble's prediction of them already computed (the loop needs both too). */
    public static List<Pick> query(QueryStrategy strategy, EnsembleModel ensemble, double[][] poolX, int[] candidates, Prediction p,
                                   List<Integer> labelled, double[] y, int batch, int seed, String strategyName, int round) {
        SelectionContext ctx = new SelectionContext(poolX, labelled.stream().mapToInt(Integer::intValue).toArray(), candidates, p.variance())
                .withOutcomes(p.mean(), y)
                .withNetwork(new EnsembleFeatures(ensemble, poolX, Seeds.derive(seed, strategyName, round, "features")));
        return strategy.select(ctx, batch, new Random(Seeds.derive(seed, strategyName, round, "select")));
    }

    /** The pool rows that are neither labelled nor unavailable, in row order. */
    public static int[] candidates(boolean[] unavailable) {
        int free = 0;
        for (boolean u : unavailable) if (!u) free++;
        int[] candidates = new int[free];
        for (int i = 0, c = 0; i < unavailable.length; i++) if (!unavailable[i]) candidates[c++] = i;
        return candidates;
    }
}

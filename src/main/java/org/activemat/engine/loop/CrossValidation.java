package org.activemat.engine.loop;

import org.activemat.engine.model.EnsembleModel;
import org.activemat.engine.model.Prediction;
import org.activemat.engine.task.CancellationToken;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;

/**
 * k-fold cross-validation on a round's labelled set: each fold is predicted by an ensemble (same size and settings as
 * the round's) trained on the other folds. Folds and member seeds derive from (seed, round, fold, member) — and the
 * strategy only when the pairing does — so the residuals do not depend on threads.
 */
final class CrossValidation {
    private CrossValidation() {}

    /**
     * {residual (truth − mean), σ} per labelled row, in the order of labelled. k is capped at half the rows, so every
     * training set keeps at least half of them; empty arrays when fewer than 4 rows allow no 2 folds.
     */
    static double[][] residuals(double[][] poolX, List<Integer> labelled, double[] y, ExperimentPlan plan, int seed, String strategy,
                                int round, ExperimentListener listener, CancellationToken token, ExecutorService membersPool) {
        int n = labelled.size(), k = Math.min(plan.recalibration().folds(), n / 2);
        if (k < 2) return new double[][]{new double[0], new double[0]};
        int[] fold = new int[n];
        int[] order = DataSplit.permutation(n, new Random(Seeds.derive(seed, "cv-folds", round)));
        for (int i = 0; i < n; i++) fold[order[i]] = i % k;
        double[] residual = new double[n], sigma = new double[n];
        for (int f = 0; f < k; f++) {
            int held = 0;
            for (int v : fold) if (v == f) held++;
            double[][] trainX = new double[n - held][], testX = new double[held][];
            double[] trainY = new double[n - held];
            int[] heldAt = new int[held];
            for (int i = 0, a = 0, b = 0; i < n; i++) {
                double[] row = poolX[labelled.get(i)];
                if (fold[i] == f) { testX[b] = row; heldAt[b++] = i; }
                else { trainX[a] = row; trainY[a++] = y[i]; }
            }
            long[] memberSeeds = new long[plan.model().members()];
            for (int m = 0; m < memberSeeds.length; m++)
                memberSeeds[m] = Seeds.derive(plan.pairing().memberSeed(seed, strategy, round, m), "cv", f);
            EnsembleModel e = plan.model().trainer().train(trainX, trainY, memberSeeds,
                    m -> listener.memberTrained(strategy, seed, round, m), token, membersPool);
            Prediction p = e.predict(testX);
            for (int j = 0; j < held; j++) {
                residual[heldAt[j]] = y[heldAt[j]] - p.mean()[j];
                sigma[heldAt[j]] = p.std(j);
            }
        }
        return new double[][]{residual, sigma};
    }
}

package org.activemat.engine.loop;

import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.descriptor.Standardizer;
import org.activemat.engine.model.EnsembleModel;
import org.activemat.engine.model.Prediction;
import org.activemat.engine.stats.Metrics;
import org.activemat.engine.strategy.Pick;
import org.activemat.engine.strategy.QueryStrategy;
import org.activemat.engine.task.CancellationToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;

/**
 * One strategy, one seed, retrospective (the dataset's labels are the oracle): split train-pool/test by seed,
 * standardize on the pool, label an initial random draw, then train → score on test → query, round after round.
 *
 * <p>The split and the initial labels depend on the seed only, so every strategy starts from the same point and
 * final MAEs can be paired by seed. Member seeds and selection RNGs come from (seed, strategy, round, member).
 */
public final class ActiveLearningRun {
    private final FeatureMatrix data;
    private final ExperimentPlan plan;
    private final String strategyName;
    private final int seed;

    public ActiveLearningRun(FeatureMatrix data, ExperimentPlan plan, String strategy, int seed) {
        List<String> problems = plan.problems(data.rows());
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        this.data = data;
        this.plan = plan;
        this.strategyName = strategy;
        this.seed = seed;
    }

    public RunResult run(ExperimentListener listener, CancellationToken token) {
        return run(listener, token, null);
    }

    /** As run(listener, token), training each round's members in parallel on membersPool when it is given. */
    public RunResult run(ExperimentListener listener, CancellationToken token, ExecutorService membersPool) {
        long start = System.nanoTime();
        QueryStrategy strategy = plan.strategy(strategyName).create();
        int n = data.rows();
        DataSplit split = DataSplit.of(n, seed, plan.testFraction());
        int[] test = split.test();
        int[] pool = split.trainPool();
        int nTest = test.length;

        Standardizer scaler = Standardizer.fit(data.x(), pool); // pool only: the test set must not leak in
        double[][] poolX = scaler.transform(rows(data.x(), pool));
        double[][] testX = scaler.transform(rows(data.x(), test));
        double[] testY = values(data.y(), test);

        // Labelled positions within the pool, in the order they were labelled.
        List<Integer> labelled = new ArrayList<>();
        boolean[] isLabelled = new boolean[pool.length];
        int[] initial = DataSplit.permutation(pool.length, new Random(Seeds.derive(seed, "initial")));
        List<String> added = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < plan.initialLabels(); i++) {
            labelled.add(initial[i]);
            isLabelled[initial[i]] = true;
            added.add(data.ids().get(pool[initial[i]]));
            reasons.add("initial random label");
        }

        List<RoundResult> rounds = new ArrayList<>();
        EnsembleModel ensemble = null;
        for (int round = 0; round < plan.rounds(); round++) {
            long t0 = System.nanoTime();
            double[] ly = new double[labelled.size()];
            for (int i = 0; i < ly.length; i++) ly[i] = data.y()[pool[labelled.get(i)]];
            ensemble = RoundStep.train(poolX, labelled, ly, plan.model(), plan.pairing(), seed, strategyName, round, listener, token, membersPool);
            double trainSeconds = (System.nanoTime() - t0) / 1e9;
            Prediction onTest = ensemble.predict(testX);
            RoundResult result = new RoundResult(round, labelled.size(), Metrics.of(testY, onTest.mean()), added, reasons, trainSeconds);
            rounds.add(result);
            listener.roundFinished(strategyName, seed, result);
            if (round == plan.rounds() - 1) break;

            List<Pick> picks = RoundStep.query(strategy, ensemble, poolX, labelled, isLabelled, plan.batchSize(), seed, strategyName, round);
            added = new ArrayList<>();
            reasons = new ArrayList<>();
            for (Pick p : picks) {
                if (isLabelled[p.index()]) throw new IllegalStateException(strategyName + " picked an already labelled entry");
                labelled.add(p.index());
                isLabelled[p.index()] = true;
                added.add(data.ids().get(pool[p.index()]));
                reasons.add(p.explanation());
            }
        }

        Prediction finalTest = ensemble.predict(testX);
        List<String> testIds = new ArrayList<>(nTest);
        for (int t : test) testIds.add(data.ids().get(t));
        TestPredictions predictions = new TestPredictions(testIds, testY, finalTest.mean(), finalTest.std());
        RunResult run = new RunResult(strategyName, seed, rounds, predictions, (System.nanoTime() - start) / 1e9);
        listener.runFinished(run);
        return run;
    }

    static double[][] rows(double[][] x, int[] idx) {
        double[][] out = new double[idx.length][];
        for (int i = 0; i < idx.length; i++) out[i] = x[idx[i]];
        return out;
    }

    static double[] values(double[] y, int[] idx) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) out[i] = y[idx[i]];
        return out;
    }
}

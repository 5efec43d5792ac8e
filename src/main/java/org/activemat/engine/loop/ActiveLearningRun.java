package org.activemat.engine.loop;

import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.descriptor.Standardizer;
import org.activemat.engine.task.CancellationToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * One strategy, one seed, retrospective (the dataset's labels are the oracle): split train-pool/test by seed,
 * standardize on the pool, then the {@link ActiveLearningLoop} with the dataset's own labels as the source.
 *
 * <p>The split and the initial labels depend on the seed only, so every strategy starts from the same point and
 * final MAEs can be paired by seed.
 */
public final class ActiveLearningRun {
    private final FeatureMatrix data;
    private final ExperimentPlan plan;
    private final String strategyName;
    private final int seed;
    private final SharedRoundZero roundZero;

    public ActiveLearningRun(FeatureMatrix data, ExperimentPlan plan, String strategy, int seed) {
        this(data, plan, strategy, seed, null);
    }

    /** roundZero, when given, trains round 0 once for all the strategies of a seed (see {@link SharedRoundZero}). */
    ActiveLearningRun(FeatureMatrix data, ExperimentPlan plan, String strategy, int seed, SharedRoundZero roundZero) {
        List<String> problems = plan.problems(data.rows());
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        this.data = data;
        this.plan = plan;
        this.strategyName = strategy;
        this.seed = seed;
        this.roundZero = roundZero;
    }

    public RunResult run(ExperimentListener listener, CancellationToken token) {
        return run(listener, token, null);
    }

    /** As run(listener, token), training each round's members in parallel on membersPool when it is given. */
    public RunResult run(ExperimentListener listener, CancellationToken token, ExecutorService membersPool) {
        DataSplit split = DataSplit.of(data.rows(), seed, plan.testFraction());
        int[] test = split.test(), pool = split.trainPool();
        Standardizer scaler = Standardizer.fit(data.x(), pool); // pool only: the test set must not leak in
        List<String> poolIds = new ArrayList<>(pool.length), testIds = new ArrayList<>(test.length);
        for (int p : pool) poolIds.add(data.ids().get(p));
        for (int t : test) testIds.add(data.ids().get(t));
        var loopData = new ActiveLearningLoop.Data(scaler.transform(rows(data.x(), pool)), poolIds,
                scaler.transform(rows(data.x(), test)), values(data.y(), test), testIds);
        ActiveLearningLoop.LabelSource replay = (rows, t) -> rows.stream().mapToDouble(r -> data.y()[pool[r]]).toArray();
        try {
            return new ActiveLearningLoop(loopData, plan, strategyName, seed, replay, roundZero).run(listener, token, membersPool);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // replayed labels read no file
        }
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

package org.activemat.engine.loop;

import org.activemat.engine.model.EnsembleModel;
import org.activemat.engine.model.Prediction;
import org.activemat.engine.stats.Metrics;
import org.activemat.engine.strategy.Pick;
import org.activemat.engine.strategy.QueryStrategy;
import org.activemat.engine.task.CancellationToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * The one active-learning loop, whatever gives the labels: label an initial random draw of the pool, then train → score
 * on the test set → query, round after round. Replayed labels (the paper's retrospective protocol) and a live DFT
 * oracle differ only in their {@link LabelSource}.
 *
 * <p>The initial draw depends on the seed only, so every strategy of a seed starts from the same labels; a row the
 * source cannot label is passed over (the initial draw takes the next one in the seed's order; a query batch is then
 * one short).
 */
public final class ActiveLearningLoop {
    /** Gives the target of pool rows. */
    public interface LabelSource {
        /**
         * The labels of rows, aligned with them: NaN where the source could not label a row (it is then left out of the
         * pool for good); null when cancelled before the labels were all there.
         */
        double[] label(List<Integer> rows, CancellationToken token) throws IOException;
    }

    /** Standardized features of the pool and the test set, the test set's truth, and the ids of both. */
    public record Data(double[][] poolX, List<String> poolIds, double[][] testX, double[] testY, List<String> testIds) {}

    private final Data data;
    private final ExperimentPlan plan;
    private final String strategyName;
    private final int seed;
    private final LabelSource source;
    private final SharedRoundZero roundZero;

    public ActiveLearningLoop(Data data, ExperimentPlan plan, String strategyName, int seed, LabelSource source) {
        this(data, plan, strategyName, seed, source, null);
    }

    /** roundZero, when given, trains round 0 once for all the strategies of a seed. */
    ActiveLearningLoop(Data data, ExperimentPlan plan, String strategyName, int seed, LabelSource source, SharedRoundZero roundZero) {
        this.data = data;
        this.plan = plan;
        this.strategyName = strategyName;
        this.seed = seed;
        this.source = source;
        this.roundZero = roundZero;
    }

    /**
     * Runs every round; null when cancelled while labelling (a cancel while training throws CancelledException).
     * membersPool, when given, trains each round's members in parallel (same numbers).
     */
    public RunResult run(ExperimentListener listener, CancellationToken token, ExecutorService membersPool) throws IOException {
        long start = System.nanoTime();
        QueryStrategy strategy = plan.strategy(strategyName).create();
        int n = data.poolX().length;
        Labelled labelled = new Labelled(n);

        int[] order = DataSplit.permutation(n, new Random(Seeds.derive(seed, "initial")));
        for (int next = 0; labelled.size() < plan.initialLabels() && next < order.length; ) {
            List<Integer> draw = new ArrayList<>();
            while (draw.size() < plan.initialLabels() - labelled.size() && next < order.length) draw.add(order[next++]);
            if (!obtain(draw, null, labelled, token)) return null;
        }
        if (labelled.size() < 2)
            throw new IOException("the oracle labelled " + labelled.size() + " of the pool's structures; at least 2 are needed to train");

        List<RoundResult> rounds = new ArrayList<>();
        RoundEstimator estimator = new RoundEstimator(plan, seed, strategyName);
        Prediction test = null;
        for (int round = 0; round < plan.rounds(); round++) {
            long t0 = System.nanoTime();
            int r = round;
            Supplier<EnsembleModel> train = () -> RoundStep.train(data.poolX(), labelled.rows, labelled.y(), plan.model(),
                    plan.pairing(), seed, strategyName, r, listener, token, membersPool);
            EnsembleModel ensemble = round == 0 && roundZero != null
                    ? roundZero.ensemble(seed, labelled.rows, train, () -> membersTrained(listener, r), token) : train.get();
            int[] candidates = RoundStep.candidates(labelled.unavailable);
            Prediction pool = ensemble.predict(ActiveLearningRun.rows(data.poolX(), candidates));
            RoundEstimates estimates = estimator.estimate(round, data.poolX(), labelled.rows, labelled.y(), labelled::label, pool,
                    listener, token, membersPool);
            test = ensemble.predict(data.testX());
            RoundResult result = new RoundResult(round, labelled.size(), Metrics.of(data.testY(), test.mean()),
                    labelled.added, new LazyTexts(labelled.reasons), (System.nanoTime() - t0) / 1e9, estimates);
            rounds.add(result);
            listener.roundFinished(strategyName, seed, result);
            if (round == plan.rounds() - 1) break;

            List<Pick> picks = RoundStep.query(strategy, ensemble, data.poolX(), candidates, pool, labelled.rows, labelled.y(),
                    plan.batchSize(), seed, strategyName, round);
            estimator.picked(picks.stream().mapToInt(Pick::index).toArray(), candidates, pool);
            labelled.newBatch();
            if (!obtain(picks.stream().map(Pick::index).toList(), picks, labelled, token)) return null;
        }
        RunResult run = new RunResult(strategyName, seed, rounds,
                new TestPredictions(data.testIds(), data.testY(), test.mean(), test.std()), (System.nanoTime() - start) / 1e9);
        listener.runFinished(run);
        return run;
    }

    /** Progress for members another run trained: each counts as trained here too. */
    private void membersTrained(ExperimentListener listener, int round) {
        for (int m = 0; m < plan.model().members(); m++) listener.memberTrained(strategyName, seed, round, m);
    }

    /** Labels rows and adds those the source labelled, in order, with why; every row stops being a candidate. */
    private boolean obtain(List<Integer> rows, List<Pick> picks, Labelled labelled, CancellationToken token) throws IOException {
        for (int r : rows)
            if (labelled.unavailable[r]) throw new IllegalStateException(strategyName + " picked an already labelled entry");
        double[] y = source.label(rows, token);
        if (y == null) return false;
        for (int k = 0; k < rows.size(); k++) {
            int i = rows.get(k);
            labelled.unavailable[i] = true;
            if (Double.isNaN(y[k])) continue;
            Pick pick = picks == null ? null : picks.get(k);
            labelled.add(i, y[k], data.poolIds().get(i), pick == null ? () -> "initial random label" : pick::explanation);
        }
        return true;
    }

    /** The labelled pool rows in the order they were labelled, their labels, and what the current batch added. */
    private static final class Labelled {
        final List<Integer> rows = new ArrayList<>();
        final List<Double> ys = new ArrayList<>();
        final java.util.Map<Integer, Double> byRow = new java.util.HashMap<>();
        final boolean[] unavailable;
        List<String> added = new ArrayList<>();
        List<Supplier<String>> reasons = new ArrayList<>(); // explanations, formatted when read (LazyTexts)

        Labelled(int n) { unavailable = new boolean[n]; }

        int size() { return rows.size(); }

        void add(int row, double y, String id, Supplier<String> why) {
            rows.add(row);
            ys.add(y);
            byRow.put(row, y);
            added.add(id);
            reasons.add(why);
        }

        void newBatch() {
            added = new ArrayList<>();
            reasons = new ArrayList<>();
        }

        /** The label of a row, null when it has none. */
        Double label(int row) { return byRow.get(row); }

        double[] y() { return ys.stream().mapToDouble(Double::doubleValue).toArray(); }
    }
}

package org.activemat.engine.loop;

import org.activemat.engine.model.MlpSettings;
import org.activemat.engine.strategy.Strategies;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything that defines an experiment: strategies × seeds, the split, the labelling schedule (initial labels, then
 * queries of batchSize), the ensemble, strategy parameters and the number of worker threads (which never changes
 * the numbers, only the wall time).
 */
public record ExperimentPlan(List<String> strategies, List<Integer> seeds, double testFraction, int initialLabels,
                             int queries, int batchSize, MlpSettings model, int diversityClusters, double hybridAlpha,
                             int threads) {
    public ExperimentPlan {
        strategies = List.copyOf(strategies);
        seeds = List.copyOf(seeds);
    }

    /** The paper protocol (DESIGN.md §5): 4 strategies × seeds 0–4, 80/20 split, 30 + 5×15 labels, 5×MLP 128-128. */
    public static ExperimentPlan paper() {
        return new ExperimentPlan(Strategies.NAMES, List.of(0, 1, 2, 3, 4), 0.2, 30, 5, 15, MlpSettings.paper(),
                15, 0.6, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public int rounds() { return queries + 1; }

    /** Label count at each training round: initial, initial + batch, … */
    public int[] labelCounts() {
        int[] n = new int[rounds()];
        for (int r = 0; r < n.length; r++) n[r] = initialLabels + r * batchSize;
        return n;
    }

    public int testSize(int rows) { return DataSplit.testSize(rows, testFraction); }

    public int runs() { return strategies.size() * seeds.size(); }

    /** Human-readable reasons this plan cannot run on a dataset of the given number of rows; empty when it can. */
    public List<String> problems(int rows) {
        List<String> p = new ArrayList<>();
        if (strategies.isEmpty()) p.add("choose at least one strategy");
        for (String s : strategies)
            if (!Strategies.NAMES.contains(s)) p.add("unknown strategy '" + s + "'; expected one of " + String.join(", ", Strategies.NAMES));
        if (strategies.stream().distinct().count() != strategies.size()) p.add("a strategy is listed twice");
        if (seeds.isEmpty()) p.add("choose at least one seed");
        if (seeds.stream().distinct().count() != seeds.size()) p.add("a seed is listed twice");
        if (!(testFraction > 0 && testFraction < 1)) p.add("test fraction must be between 0 and 1 (got " + testFraction + ")");
        if (initialLabels < 2) p.add("at least 2 initial labels are needed to train (got " + initialLabels + ")");
        if (queries < 0) p.add("queries must not be negative (got " + queries + ")");
        if (batchSize < 1) p.add("query batch size must be at least 1 (got " + batchSize + ")");
        if (diversityClusters < 1) p.add("diversity needs at least 1 k-means cluster (got " + diversityClusters + ")");
        if (!(hybridAlpha >= 0 && hybridAlpha <= 1)) p.add("hybrid α must be in [0, 1] (got " + hybridAlpha + ")");
        if (threads < 1) p.add("threads must be at least 1 (got " + threads + ")");
        p.addAll(model.problems());
        if (p.isEmpty()) {
            int test = testSize(rows), pool = rows - test, needed = initialLabels + queries * batchSize;
            if (test < 2) p.add("the test set would hold " + test + " entries (" + rows + " × " + testFraction + "); at least 2 are needed");
            if (needed > pool)
                p.add("the protocol needs " + needed + " labels (" + initialLabels + " initial + " + queries + " × " + batchSize
                        + ") but the training pool holds only " + pool + " of " + rows + " entries; use fewer queries or a smaller batch, or more data");
        }
        return p;
    }

    public ExperimentPlan withStrategies(List<String> s) {
        return new ExperimentPlan(s, seeds, testFraction, initialLabels, queries, batchSize, model, diversityClusters, hybridAlpha, threads);
    }

    public ExperimentPlan withSeeds(List<Integer> s) {
        return new ExperimentPlan(strategies, s, testFraction, initialLabels, queries, batchSize, model, diversityClusters, hybridAlpha, threads);
    }

    public ExperimentPlan withSchedule(int initial, int queries, int batch) {
        return new ExperimentPlan(strategies, seeds, testFraction, initial, queries, batch, model, diversityClusters, hybridAlpha, threads);
    }

    public ExperimentPlan withModel(MlpSettings m) {
        return new ExperimentPlan(strategies, seeds, testFraction, initialLabels, queries, batchSize, m, diversityClusters, hybridAlpha, threads);
    }

    public ExperimentPlan withThreads(int t) {
        return new ExperimentPlan(strategies, seeds, testFraction, initialLabels, queries, batchSize, model, diversityClusters, hybridAlpha, t);
    }

    public ExperimentPlan withHybridAlpha(double a) {
        return new ExperimentPlan(strategies, seeds, testFraction, initialLabels, queries, batchSize, model, diversityClusters, a, threads);
    }
}

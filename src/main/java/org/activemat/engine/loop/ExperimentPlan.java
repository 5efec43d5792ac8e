package org.activemat.engine.loop;

import org.activemat.engine.model.MlpSettings;
import org.activemat.engine.model.ModelSpec;
import org.activemat.engine.strategy.StrategySpec;
import org.activemat.engine.strategy.Strategies;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything that defines an experiment: strategies (each with its parameters) × seeds, the split, the labelling
 * schedule (initial labels, then queries of batchSize), the model (backend and settings) and the number of worker
 * threads (which never changes the numbers, only the wall time), how the spread is recalibrated without the test
 * set, and the stopping rules the runs are judged by (both default for files written before they existed).
 */
public record ExperimentPlan(List<StrategySpec> strategies, List<Integer> seeds, double testFraction, int initialLabels,
                             int queries, int batchSize, ModelSpec model, int threads, Pairing pairing,
                             Recalibration recalibration, StoppingSettings stopping) {
    public ExperimentPlan {
        strategies = List.copyOf(strategies);
        seeds = List.copyOf(seeds);
        if (pairing == null) pairing = Pairing.PER_STRATEGY;
        if (recalibration == null) recalibration = Recalibration.DEFAULT;
        if (stopping == null) stopping = StoppingSettings.DEFAULT;
    }

    /** A plan with the default recalibration and stopping rules. */
    public ExperimentPlan(List<StrategySpec> strategies, List<Integer> seeds, double testFraction, int initialLabels,
                          int queries, int batchSize, ModelSpec model, int threads, Pairing pairing) {
        this(strategies, seeds, testFraction, initialLabels, queries, batchSize, model, threads, pairing, null, null);
    }

    /** The pairing of new experiments: common random numbers across the strategies of a seed. */
    public static final Pairing PAIRING = Pairing.SHARED;

    /** The paper protocol (DESIGN.md §5): 4 strategies × seeds 0–4, 80/20 split, 30 + 5×15 labels, 5×MLP 128-128. */
    public static ExperimentPlan paper() {
        return new ExperimentPlan(StrategySpec.of(Strategies.paper()), List.of(0, 1, 2, 3, 4), 0.2, 30, 5, 15,
                ModelSpec.standard(), Math.max(1, Runtime.getRuntime().availableProcessors()), PAIRING);
    }

    public List<String> strategyNames() {
        return strategies.stream().map(StrategySpec::name).toList();
    }

    /** The spec of the named strategy in this plan; IllegalArgumentException when the plan has none. */
    public StrategySpec strategy(String name) {
        return strategies.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the plan has no strategy '" + name + "'"));
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

    /** Reasons the schedule, strategies and model cannot run at all, whatever the data; empty when they can. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (strategies.isEmpty()) p.add("choose at least one strategy");
        for (StrategySpec s : strategies) p.addAll(s.problems());
        if (strategyNames().stream().distinct().count() != strategies.size()) p.add("a strategy is listed twice");
        if (seeds.isEmpty()) p.add("choose at least one seed");
        if (seeds.stream().distinct().count() != seeds.size()) p.add("a seed is listed twice");
        if (!(testFraction > 0 && testFraction < 1)) p.add("test fraction must be between 0 and 1 (got " + testFraction + ")");
        if (initialLabels < 2) p.add("at least 2 initial labels are needed to train (got " + initialLabels + ")");
        if (queries < 0) p.add("queries must not be negative (got " + queries + ")");
        if (batchSize < 1) p.add("query batch size must be at least 1 (got " + batchSize + ")");
        if (threads < 1) p.add("threads must be at least 1 (got " + threads + ")");
        p.addAll(model.problems());
        p.addAll(recalibration.problems());
        p.addAll(stopping.problems());
        return p;
    }

    /** Human-readable reasons this plan cannot run on a dataset of the given number of rows; empty when it can. */
    public List<String> problems(int rows) {
        List<String> p = problems();
        if (p.isEmpty()) {
            int test = testSize(rows), pool = rows - test, needed = labelsNeeded();
            if (test < 2) p.add("the test set would hold " + test + " entries (" + rows + " × " + testFraction + "); at least 2 are needed");
            if (needed > pool)
                p.add("the protocol needs " + needed + " labels (" + initialLabels + " initial + " + queries + " × " + batchSize
                        + ") but the training pool holds only " + pool + " of " + rows + " entries; use fewer queries or a smaller batch, or more data");
        }
        return p;
    }

    /** Labels the whole schedule takes: initial + queries × batch. */
    public int labelsNeeded() { return initialLabels + queries * batchSize; }

    /** The named strategies; a strategy already in the plan keeps its parameters, the others take their defaults. */
    public ExperimentPlan withStrategies(List<String> names) {
        return withStrategySpecs(names.stream().map(n -> strategies.stream().filter(s -> s.name().equals(n)).findFirst()
                .orElse(StrategySpec.of(n))).toList());
    }

    public ExperimentPlan withStrategySpecs(List<StrategySpec> s) {
        return new ExperimentPlan(s, seeds, testFraction, initialLabels, queries, batchSize, model, threads, pairing, recalibration, stopping);
    }

    /** The same plan with one parameter of one of its strategies changed. */
    public ExperimentPlan withStrategyParameter(String strategy, String parameter, double value) {
        return withStrategySpecs(strategies.stream().map(s -> s.name().equals(strategy) ? s.with(parameter, value) : s).toList());
    }

    public ExperimentPlan withSeeds(List<Integer> s) {
        return new ExperimentPlan(strategies, s, testFraction, initialLabels, queries, batchSize, model, threads, pairing, recalibration, stopping);
    }

    public ExperimentPlan withTestFraction(double f) {
        return new ExperimentPlan(strategies, seeds, f, initialLabels, queries, batchSize, model, threads, pairing, recalibration, stopping);
    }

    public ExperimentPlan withSchedule(int initial, int queries, int batch) {
        return new ExperimentPlan(strategies, seeds, testFraction, initial, queries, batch, model, threads, pairing, recalibration, stopping);
    }

    public ExperimentPlan withModel(ModelSpec m) {
        return new ExperimentPlan(strategies, seeds, testFraction, initialLabels, queries, batchSize, m, threads, pairing, recalibration, stopping);
    }

    /** The same backend with other settings. */
    public ExperimentPlan withModel(MlpSettings m) {
        return withModel(model.withSettings(m));
    }

    public ExperimentPlan withPairing(Pairing p) {
        return new ExperimentPlan(strategies, seeds, testFraction, initialLabels, queries, batchSize, model, threads, p, recalibration, stopping);
    }

    public ExperimentPlan withRecalibration(Recalibration r) {
        return new ExperimentPlan(strategies, seeds, testFraction, initialLabels, queries, batchSize, model, threads, pairing, r, stopping);
    }

    public ExperimentPlan withStopping(StoppingSettings s) {
        return new ExperimentPlan(strategies, seeds, testFraction, initialLabels, queries, batchSize, model, threads, pairing, recalibration, s);
    }

    public ExperimentPlan withThreads(int t) {
        return new ExperimentPlan(strategies, seeds, testFraction, initialLabels, queries, batchSize, model, t, pairing, recalibration, stopping);
    }
}

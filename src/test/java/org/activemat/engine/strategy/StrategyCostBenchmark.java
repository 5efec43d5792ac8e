package org.activemat.engine.strategy;

import org.activemat.engine.loop.EnsembleFeatures;
import org.activemat.engine.model.MlpEnsemble;
import org.activemat.engine.model.MlpSettings;
import org.activemat.engine.model.Optimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Cost of one round's selection on a pool of 8 000 candidates, 105 labelled rows, B = 15, with the paper's ensemble
 * (5 Smile MLPs 17 → 128 → 128 → 1, trained for one epoch: the weights do not change the cost). Off by default; run
 * with {@code mvn -o -q test -Dtest=StrategyCostBenchmark -Dactivemat.bench=true}. Prints CPU time of this thread (so
 * other processes on a shared machine inflate it less than wall time), best of three after a warm-up: the ensemble's
 * prediction (what every round pays already), the features (one more forward pass per member, then the
 * concatenation or projection; paid once per round, shared by the strategies), and select() with the features ready.
 */
@EnabledIfSystemProperty(named = "activemat.bench", matches = "true")
class StrategyCostBenchmark {
    private static final int CANDIDATES = 8000, LABELLED = 105, BATCH = 15;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void costPerRoundOnEightThousandCandidates() {
        Random r = new Random(1);
        double[][] pool = new double[CANDIDATES + LABELLED][17];
        for (double[] row : pool) for (int j = 0; j < 17; j++) row[j] = r.nextGaussian();
        int[] labelled = new int[LABELLED], candidates = new int[CANDIDATES];
        double[][] lx = new double[LABELLED][];
        double[] y = new double[LABELLED];
        for (int i = 0; i < LABELLED; i++) { labelled[i] = i; lx[i] = pool[i]; y[i] = Math.sin(pool[i][0]) + pool[i][1]; }
        for (int i = 0; i < CANDIDATES; i++) candidates[i] = LABELLED + i;
        MlpSettings paper = new MlpSettings(5, List.of(128, 128), 1, 32, 1e-3, 0.9, Optimizer.SGD_MOMENTUM);
        MlpEnsemble ensemble = MlpEnsemble.train(lx, y, paper, new long[]{1, 2, 3, 4, 5}, null, null);
        double[][] cx = new double[CANDIDATES][];
        for (int i = 0; i < CANDIDATES; i++) cx[i] = pool[LABELLED + i];
        var prediction = ensemble.predict(cx);

        long t0 = CPU.getCurrentThreadCpuTime();
        MlpEnsemble.train(lx, y, MlpSettings.paper(), new long[]{1, 2, 3, 4, 5}, null, null);
        System.out.printf("training the paper's ensemble on %d labels: %6.0f ms (the round's budget)%n", LABELLED,
                (CPU.getCurrentThreadCpuTime() - t0) / 1e6);
        EnsembleFeatures network = new EnsembleFeatures(ensemble, pool, 3);
        System.out.printf("ensemble predict (paid already)   %6.0f ms%n", best(() -> ensemble.predict(cx)));
        System.out.printf("features, dim 0 (645 = 5 × 129)  %6.0f ms%n", best(() -> FeatureSpace.build(network, labelled, candidates, 0)));
        System.out.printf("features, dim 128                 %6.0f ms%n", best(() -> FeatureSpace.build(network, labelled, candidates, 128)));
        FeatureSource cached = cachedBlocks(network, labelled, candidates);
        System.out.printf("  of which assembly, dim 0/128    %6.0f / %.0f ms%n",
                best(() -> FeatureSpace.build(cached, labelled, candidates, 0)), best(() -> FeatureSpace.build(cached, labelled, candidates, 128)));

        SelectionContext base = new SelectionContext(pool, labelled, candidates, prediction.variance()).withOutcomes(prediction.mean(), y)
                .withNetwork(cached);
        base.features(0);
        base.features(128);
        System.out.printf("%-12s %10s%n", "strategy", "select ms");
        for (String name : Strategies.names())
            System.out.printf("%-12s %10.0f%n", name, best(() -> StrategySpec.of(name).create().select(base, BATCH, new Random(7))));
        System.out.printf("%-12s %10.0f%n", "maxdet 128", best(() -> new MaxDetStrategy(128, 0.01).select(base, BATCH, new Random(7))));
        System.out.printf("%-12s %10.0f%n", "maxdist 128", best(() -> new MaxDistStrategy(128).select(base, BATCH, new Random(7))));
    }

    /** The network's blocks for these rows computed once, so the assembly can be timed alone. */
    private static FeatureSource cachedBlocks(FeatureSource network, int[] labelled, int[] candidates) {
        int[] rows = new int[labelled.length + candidates.length];
        System.arraycopy(labelled, 0, rows, 0, labelled.length);
        System.arraycopy(candidates, 0, rows, labelled.length, candidates.length);
        double[][][] blocks = new double[network.blocks()][][];
        for (int b = 0; b < blocks.length; b++) blocks[b] = network.block(b, rows);
        return new FeatureSource() {
            @Override public int blocks() { return blocks.length; }

            @Override public double[][] block(int b, int[] asked) {
                if (asked.length != rows.length) throw new IllegalArgumentException("other rows");
                return blocks[b];
            }

            @Override public long projectionSeed() { return network.projectionSeed(); }
        };
    }

    private static double best(Supplier<?> work) {
        double best = Double.POSITIVE_INFINITY;
        for (int rep = 0; rep < 4; rep++) { // rep 0 warms the JIT up
            long t0 = CPU.getCurrentThreadCpuTime();
            work.get();
            double ms = (CPU.getCurrentThreadCpuTime() - t0) / 1e6;
            if (rep > 0) best = Math.min(best, ms);
        }
        return best;
    }
}

package org.activemat.report;

import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.RoundResult;
import org.activemat.engine.loop.RunResult;
import org.activemat.engine.loop.TestPredictions;
import org.activemat.engine.stats.Metrics;
import org.activemat.engine.study.PairedSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hand-made studies: four strategies × 5 seeds on the paper's schedule (30 + 5 × 15 labels), round 0 shared by all
 * strategies of a seed (paired by construction); diversity clearly better than random, uncertainty worse.
 */
final class ReportFixtures {
    private ReportFixtures() {}

    static final List<String> SYSTEMS = List.of("Si", "Fe", "C", "Ti–O");
    static final String TARGET = "formation_energy_per_atom";

    static ExperimentResult result(String system, int seeds) {
        return result(system, seeds, 1);
    }

    /** strength scales every strategy's effect (0: all as random), as a swept setting might. */
    static ExperimentResult result(String system, int seeds, double strength) {
        double base = switch (system) { case "Si" -> 0.05; case "Fe" -> 0.08; case "C" -> 0.30; default -> 0.12; };
        ExperimentPlan plan = ExperimentPlan.paper().withStrategies(List.of("random", "uncertainty", "diversity", "hybrid"));
        int[] labels = plan.labelCounts();
        List<RunResult> runs = new ArrayList<>();
        for (String strategy : plan.strategyNames()) {
            double effect = switch (strategy) { case "uncertainty" -> 1.06; case "diversity" -> 0.90; case "hybrid" -> 0.98; default -> 1; };
            effect = 1 + (effect - 1) * strength;
            for (int seed = 0; seed < seeds; seed++) {
                Random shared = new Random(31L * seed + system.hashCode()), own = new Random(strategy.hashCode() * 7L + seed * 13L + system.hashCode());
                double seedLevel = 1 + 0.08 * shared.nextGaussian();
                double[] mae = new double[labels.length];
                for (int r = 0; r < labels.length; r++) {
                    double decay = Math.pow(30.0 / labels[r], 0.6), e = r == 0 ? 1 : Math.pow(effect, r / 5.0);
                    mae[r] = base * 2 * decay * seedLevel * e * (r == 0 ? 1 : 1 + 0.02 * own.nextGaussian());
                }
                runs.add(run(strategy, seed, labels, mae));
            }
        }
        return new ExperimentResult(plan.withSeeds(seedList(seeds)), runs, true, 1);
    }

    static List<PairedSummary> summaries() {
        List<PairedSummary> out = new ArrayList<>();
        for (String s : SYSTEMS) out.add(PairedSummary.of(s, result(s, 5)));
        return PairedSummary.holmAcross(out);
    }

    /** A batch-size sweep on Si and Ti–O: the strategies' effects grow with the batch. */
    static List<SweepPoint> sweep() {
        List<SweepPoint> out = new ArrayList<>();
        for (String system : List.of("Si", "Ti–O"))
            for (int batch : new int[]{5, 10, 15, 20})
                out.add(new SweepPoint(system, "batch", Integer.toString(batch), PairedSummary.of(system, result(system, 5, batch / 10.0))));
        return out;
    }

    static RunResult run(String strategy, int seed, int[] labels, double[] mae) {
        List<RoundResult> rounds = new ArrayList<>();
        for (int r = 0; r < mae.length; r++)
            rounds.add(new RoundResult(r, labels[r], new Metrics(mae[r], mae[r] * 1.3, 0.8), List.of(), List.of(), 0));
        return new RunResult(strategy, seed, rounds, new TestPredictions(List.of(), new double[0], new double[0], new double[0]), 0);
    }

    private static List<Integer> seedList(int n) {
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < n; i++) s.add(i);
        return s;
    }
}

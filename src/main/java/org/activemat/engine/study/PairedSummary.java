package org.activemat.engine.study;

import org.activemat.engine.math.Moments;
import org.activemat.engine.stats.*;

import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.RoundResult;
import org.activemat.engine.loop.RunResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Every strategy of one result against random, paired by seed: final MAE mean ± std, the paired % difference of
 * final MAE with its 95 % CI, p, Holm-adjusted p (across the strategies of this result, or of a whole study with
 * {@link #holmAcross}), d_z, AUC mean and its paired % difference, labels saved with its bootstrap CI, the seeds
 * needed to detect δ (default 5 %), a sentence per strategy and the verdict for the system.
 * <p>
 * Pairing: a seed pairs when both the strategy and random finished it on the same schedule (an unfinished run is
 * absent from the result, so it drops its seed from that comparison only) and random's errors are positive and
 * finite, as a % of them requires. Means ± std of a strategy cover all its finished runs, like its learning curve.
 * The verdict's "at n seeds" is the smallest number of paired seeds among the comparisons that pair at all.
 */
public record PairedSummary(String system, String baseline, double delta, int seeds, List<StrategyStats> strategies,
                            List<Comparison> comparisons, String verdict) {

    public static final String BASELINE = org.activemat.engine.strategy.Strategies.BASELINE;
    public static final double DELTA = 5;

    public PairedSummary {
        strategies = List.copyOf(strategies);
        comparisons = List.copyOf(comparisons);
    }

    /** Final MAE and normalised AUC of one strategy over its finished runs: mean ± sample std (0 for one run). */
    public record StrategyStats(String strategy, int runs, double finalMaeMean, double finalMaeStd,
                                double aucMean, double aucStd) {}

    /**
     * One strategy against random over the paired seeds: differences in % of random (negative = better), the
     * Holm-adjusted p of the final MAE test, labels saved, seeds needed for δ (empty below 2 seeds) and its sentence.
     */
    public record Comparison(String strategy, List<Integer> seeds, PairedDifference finalMae, double holmP,
                             PairedDifference auc, LabelsSaved labelsSaved, OptionalInt seedsNeeded, String line) {
        public Comparison {
            seeds = List.copyOf(seeds);
        }

        public boolean significant() { return finalMae.hasInterval() && Verdict.significant(holmP); }
    }

    public static PairedSummary of(String system, ExperimentResult result) {
        return of(system, result, DELTA);
    }

    public static PairedSummary of(String system, ExperimentResult result, double delta) {
        Map<String, Map<Integer, RunResult>> byStrategy = new LinkedHashMap<>();
        if (result.plan() != null) for (String s : result.plan().strategyNames()) byStrategy.put(s, new LinkedHashMap<>());
        for (RunResult r : result.runs())
            byStrategy.computeIfAbsent(r.strategy(), k -> new LinkedHashMap<>()).putIfAbsent(r.seed(), r);
        byStrategy.values().removeIf(Map::isEmpty);

        List<StrategyStats> stats = new ArrayList<>();
        for (var e : byStrategy.entrySet()) stats.add(stats(e.getKey(), e.getValue().values()));

        Map<Integer, RunResult> base = byStrategy.get(BASELINE);
        if (base == null)
            return new PairedSummary(system, BASELINE, delta, 0, stats, List.of(),
                    BASELINE + " has no finished run on " + system + ": nothing to compare with");
        List<Comparison> comparisons = new ArrayList<>();
        for (var e : byStrategy.entrySet())
            if (!e.getKey().equals(BASELINE)) comparisons.add(compare(e.getKey(), e.getValue(), base, delta));
        PairedSummary raw = new PairedSummary(system, BASELINE, delta, 0, stats, comparisons, "");
        return raw.withHolm(Holm.adjust(raw.rawP()), base.size());
    }

    /**
     * The summaries of a study with Holm's correction taken across all their comparisons (every strategy of every
     * system, one family), lines and verdicts rewritten to match.
     */
    public static List<PairedSummary> holmAcross(List<PairedSummary> summaries) {
        List<double[]> families = new ArrayList<>();
        for (PairedSummary s : summaries) families.add(s.rawP());
        List<double[]> adjusted = Holm.adjust(families);
        List<PairedSummary> out = new ArrayList<>();
        for (int i = 0; i < summaries.size(); i++) {
            PairedSummary s = summaries.get(i);
            out.add(s.comparisons.isEmpty() ? s : s.withHolm(adjusted.get(i), s.seeds));
        }
        return out;
    }

    public Optional<Comparison> comparison(String strategy) {
        return comparisons.stream().filter(c -> c.strategy().equals(strategy)).findFirst();
    }

    public Optional<StrategyStats> stats(String strategy) {
        return strategies.stream().filter(s -> s.strategy().equals(strategy)).findFirst();
    }

    /** The unadjusted p-values of final MAE, in the order of the comparisons. */
    private double[] rawP() {
        return comparisons.stream().mapToDouble(c -> c.finalMae().p()).toArray();
    }

    /** This summary with the given adjusted p-values; baselineRuns is the seed count when nothing pairs at all. */
    private PairedSummary withHolm(double[] holm, int baselineRuns) {
        List<Comparison> cs = new ArrayList<>();
        List<Verdict.Entry> entries = new ArrayList<>();
        int seeds = comparisons.isEmpty() ? baselineRuns : Integer.MAX_VALUE;
        for (int i = 0; i < comparisons.size(); i++) {
            Comparison c = comparisons.get(i);
            String line = Verdict.line(c.strategy(), baseline, system, c.finalMae(), holm[i]);
            cs.add(new Comparison(c.strategy(), c.seeds(), c.finalMae(), holm[i], c.auc(), c.labelsSaved(), c.seedsNeeded(), line));
            entries.add(new Verdict.Entry(c.strategy(), c.finalMae(), holm[i]));
            if (c.finalMae().n() > 0) seeds = Math.min(seeds, c.finalMae().n());
        }
        if (seeds == Integer.MAX_VALUE) seeds = 0; // nothing pairs at all
        return new PairedSummary(system, baseline, delta, seeds, strategies, cs, Verdict.system(system, baseline, seeds, entries, delta));
    }

    private static Comparison compare(String strategy, Map<Integer, RunResult> runs, Map<Integer, RunResult> base, double delta) {
        int[] labelled = schedule(base.values().iterator().next());
        List<Integer> seeds = new ArrayList<>();
        List<double[]> mine = new ArrayList<>(), theirs = new ArrayList<>();
        for (RunResult r : runs.values()) {
            RunResult b = base.get(r.seed());
            if (b == null || !Arrays.equals(schedule(r), labelled) || !Arrays.equals(schedule(b), labelled)) continue;
            double[] s = mae(r), t = mae(b);
            if (!Arrays.stream(s).allMatch(Double::isFinite) || !Arrays.stream(t).allMatch(v -> v > 0 && Double.isFinite(v))) continue;
            seeds.add(r.seed());
            mine.add(s);
            theirs.add(t);
        }
        double[][] s = mine.toArray(double[][]::new), t = theirs.toArray(double[][]::new);
        int last = labelled.length - 1;
        double[] sFinal = Arrays.stream(s).mapToDouble(row -> row[last]).toArray();
        double[] tFinal = Arrays.stream(t).mapToDouble(row -> row[last]).toArray();
        PairedDifference finalMae = PairedDifference.relative(sFinal, tFinal);
        return new Comparison(strategy, seeds, finalMae, Double.NaN, CurveArea.paired(labelled, s, t),
                LabelsSaved.of(labelled, s, t), SeedsNeeded.of(finalMae.std(), delta), "");
    }

    private static StrategyStats stats(String strategy, Collection<RunResult> runs) {
        double[] fin = runs.stream().mapToDouble(r -> r.lastRound().metrics().mae()).toArray();
        double[] auc = runs.stream().mapToDouble(r -> CurveArea.normalised(schedule(r), mae(r))).toArray();
        return new StrategyStats(strategy, runs.size(), Moments.mean(fin), Moments.sampleStd(fin),
                Moments.mean(auc), Moments.sampleStd(auc));
    }

    private static int[] schedule(RunResult r) {
        return r.rounds().stream().mapToInt(RoundResult::labelled).toArray();
    }

    private static double[] mae(RunResult r) {
        return r.rounds().stream().mapToDouble(x -> x.metrics().mae()).toArray();
    }
}

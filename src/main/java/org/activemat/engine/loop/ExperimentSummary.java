package org.activemat.engine.loop;

import org.activemat.engine.strategy.Strategies;
import org.activemat.engine.stats.Coverage;
import org.activemat.engine.stats.LearningCurve;
import org.activemat.engine.stats.Metrics;
import org.activemat.engine.stats.Spearman;
import org.activemat.engine.stats.StrategyComparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-strategy learning curves (mean ± std over seeds) and the comparison with random, from finished runs.
 * Strategies whose runs did not all finish are summarised over the seeds that did; the t-test pairs only seeds
 * that both the strategy and random finished.
 */
public record ExperimentSummary(Map<String, LearningCurve> curves, Map<String, StrategyComparison> comparisons) {

    public static ExperimentSummary of(ExperimentResult result) {
        Map<String, List<RunResult>> byStrategy = new LinkedHashMap<>();
        for (String s : result.plan().strategyNames()) byStrategy.put(s, new ArrayList<>());
        for (RunResult r : result.runs()) byStrategy.computeIfAbsent(r.strategy(), k -> new ArrayList<>()).add(r);

        int[] labels = result.plan().labelCounts();
        Map<String, LearningCurve> curves = new LinkedHashMap<>();
        for (var e : byStrategy.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            List<Metrics[]> perSeed = new ArrayList<>();
            for (RunResult r : e.getValue()) perSeed.add(r.rounds().stream().map(RoundResult::metrics).toArray(Metrics[]::new));
            curves.put(e.getKey(), LearningCurve.of(e.getKey(), labels, perSeed));
        }

        Map<String, StrategyComparison> comparisons = new LinkedHashMap<>();
        LearningCurve random = curves.get(Strategies.BASELINE);
        for (var e : curves.entrySet()) {
            List<RunResult> runs = byStrategy.get(e.getKey());
            List<Double> mine = new ArrayList<>(), theirs = new ArrayList<>();
            for (RunResult r : runs) {
                RunResult rr = random == null ? null : find(byStrategy.get(Strategies.BASELINE), r.seed());
                if (rr != null) {
                    mine.add(r.lastRound().metrics().mae());
                    theirs.add(rr.lastRound().metrics().mae());
                }
            }
            double rho = runs.stream().mapToDouble(ExperimentSummary::calibration).filter(Double::isFinite).average().orElse(Double.NaN);
            double within = runs.stream().mapToDouble(ExperimentSummary::within2Sigma).filter(Double::isFinite).average().orElse(Double.NaN);
            double widening = runs.stream().mapToDouble(ExperimentSummary::widening95).filter(Double::isFinite).average().orElse(Double.NaN);
            double withinRe = mean(runs, r -> within2Sigma(r, true)), wideningRe = mean(runs, r -> widening95(r, true));
            comparisons.put(e.getKey(), StrategyComparison.of(e.getValue(), toArray(mine), random, toArray(theirs), rho, within, widening,
                    withinRe, wideningRe));
        }
        return new ExperimentSummary(curves, comparisons);
    }

    /** Spearman ρ between the final ensemble's std and |error| on the test set of one run. */
    public static double calibration(RunResult run) {
        TestPredictions p = run.testPredictions();
        double[] err = new double[p.truth().length];
        for (int i = 0; i < err.length; i++) err[i] = Math.abs(p.truth()[i] - p.mean()[i]);
        return Spearman.rho(p.std(), err);
    }

    /** The share of one run's test predictions within 2 ensemble std of the truth. */
    public static double within2Sigma(RunResult run) {
        TestPredictions p = run.testPredictions();
        return Coverage.within(2, p.truth(), p.mean(), p.std());
    }

    /** How many times wider one run's ensemble std must be for 95 % of its test errors to fall within 2 std. */
    public static double widening95(RunResult run) {
        TestPredictions p = run.testPredictions();
        return Coverage.widening95(p.truth(), p.mean(), p.std());
    }

    /** As within2Sigma(run), with the final round's recalibrated spread when recalibrated; NaN when it has none. */
    public static double within2Sigma(RunResult run, boolean recalibrated) {
        if (!recalibrated) return within2Sigma(run);
        TestPredictions p = run.testPredictions();
        double[] std = recalibratedStd(run);
        return std == null ? Double.NaN : Coverage.within(2, p.truth(), p.mean(), std);
    }

    /** As widening95(run), with the final round's recalibrated spread when recalibrated; NaN when it has none. */
    public static double widening95(RunResult run, boolean recalibrated) {
        if (!recalibrated) return widening95(run);
        TestPredictions p = run.testPredictions();
        double[] std = recalibratedStd(run);
        return std == null ? Double.NaN : Coverage.widening95(p.truth(), p.mean(), std);
    }

    /**
     * The final test predictions' std through the calibration the last round fitted without the test set; null when
     * the run recorded none (recalibration off, no held-out residuals, or a file from before it was recorded).
     */
    public static double[] recalibratedStd(RunResult run) {
        RoundEstimates e = run.lastRound().estimates();
        return e == null || e.calibration() == null ? null : e.calibration().apply(run.testPredictions().std());
    }

    /** The mean over runs of the finite values; NaN when none is. */
    private static double mean(List<RunResult> runs, java.util.function.ToDoubleFunction<RunResult> f) {
        return runs.stream().mapToDouble(f).filter(Double::isFinite).average().orElse(Double.NaN);
    }

    private static RunResult find(List<RunResult> runs, int seed) {
        if (runs == null) return null;
        for (RunResult r : runs) if (r.seed() == seed) return r;
        return null;
    }

    private static double[] toArray(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override public String toString() {
        return "ExperimentSummary" + Arrays.toString(comparisons.values().toArray());
    }
}

package org.activemat.engine.loop;

import org.activemat.engine.math.Moments;
import org.activemat.engine.stats.StoppingRule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each stopping rule would have stopped each run, and the test MAE of the model it would have kept, from the
 * recorded rounds alone (the test set judges a rule; no rule reads it). A rule that never fires lets the run go to the
 * end of its schedule, so its labels and MAE are the final ones.
 */
public final class StoppingSummary {
    private StoppingSummary() {}

    /**
     * One rule over the runs of one strategy: runs judged (those that recorded what the rule reads), how many of them it
     * stopped early, the mean labels and test MAE at its stop, the mean final label count and MAE of the same runs, and
     * the mean threshold it applied where it has one in the target's unit (NaN otherwise).
     */
    public record Outcome(StoppingRule rule, int runs, int stoppedEarly, double labelsAtStop, double maeAtStop,
                          double finalLabels, double finalMae, double threshold) {
        /** (MAE at stop − final MAE) / final MAE × 100: what stopping there cost in accuracy. */
        public double maeChangePercent() { return (maeAtStop - finalMae) / finalMae * 100; }

        /** The rule in words, with the mean threshold it applied when that is not already in the words. */
        public String setting(String unit) {
            String words = rule.describe(unit), u = unit == null || unit.isEmpty() ? "" : " " + unit;
            boolean shown = !u.isEmpty() && words.endsWith(u);
            return Double.isFinite(threshold) && !shown
                    ? words + String.format(java.util.Locale.ROOT, " (%.3g%s on average)", threshold, u) : words;
        }

        /** (final labels − labels at stop) / final labels × 100: what stopping there saved. */
        public double labelsSavedPercent() { return (finalLabels - labelsAtStop) / finalLabels * 100; }
    }

    /** strategy → one outcome per rule of the plan, in the plan's order. */
    public static Map<String, List<Outcome>> of(ExperimentResult result) {
        List<StoppingRule> rules = result.plan().stopping().rules(result.plan());
        Map<String, List<RunResult>> byStrategy = new LinkedHashMap<>();
        for (String s : result.plan().strategyNames()) byStrategy.put(s, new ArrayList<>());
        for (RunResult r : result.runs()) byStrategy.computeIfAbsent(r.strategy(), k -> new ArrayList<>()).add(r);
        Map<String, List<Outcome>> out = new LinkedHashMap<>();
        for (var e : byStrategy.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            List<Outcome> outcomes = new ArrayList<>();
            for (StoppingRule rule : rules) outcomes.add(outcome(rule, e.getValue()));
            out.put(e.getKey(), outcomes);
        }
        return out;
    }

    static Outcome outcome(StoppingRule rule, List<RunResult> runs) {
        List<double[]> judged = new ArrayList<>();   // {labels at stop, MAE at stop, final labels, final MAE, threshold, early?}
        for (RunResult run : runs) {
            StoppingRule.Signals s = signals(run);
            if (!rule.applies(s)) continue;
            int last = run.rounds().size() - 1, at = rule.stopRound(s);
            int stop = at < 0 ? last : at;
            RoundResult r = run.rounds().get(stop), end = run.rounds().get(last);
            judged.add(new double[]{r.labelled(), r.metrics().mae(), end.labelled(), end.metrics().mae(), rule.threshold(s),
                    stop < last ? 1 : 0});
        }
        int n = judged.size(), early = 0;
        double[][] cols = new double[5][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 5; k++) cols[k][i] = judged.get(i)[k];
            early += (int) judged.get(i)[5];
        }
        if (n == 0) return new Outcome(rule, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        return new Outcome(rule, n, early, Moments.mean(cols[0]), Moments.mean(cols[1]), Moments.mean(cols[2]), Moments.mean(cols[3]),
                Moments.mean(cols[4]));
    }

    /** What one run knew at each round without the test set, as the rules read it. */
    public static StoppingRule.Signals signals(RunResult run) {
        int n = run.rounds().size();
        int[] labels = new int[n];
        double[] heldOut = new double[n], sigma = new double[n];
        for (int r = 0; r < n; r++) {
            RoundResult rr = run.rounds().get(r);
            labels[r] = rr.labelled();
            heldOut[r] = rr.estimates() == null ? Double.NaN : rr.estimates().heldOutMae();
            sigma[r] = rr.estimates() == null ? Double.NaN : rr.estimates().poolSigmaCalibrated();
        }
        RoundEstimates first = run.rounds().get(0).estimates();
        return new StoppingRule.Signals(labels, heldOut, sigma, first == null ? Double.NaN : first.labelStd());
    }
}

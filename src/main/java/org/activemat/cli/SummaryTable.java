package org.activemat.cli;

import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.ExperimentSummary;
import org.activemat.engine.loop.LabelCost;
import org.activemat.engine.data.Units;
import org.activemat.engine.stats.PairedDifference;
import org.activemat.engine.stats.StrategyComparison;
import org.activemat.engine.study.PairedSummary;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The per-strategy summary printed on stdout after a run or a bench. */
final class SummaryTable {
    private SummaryTable() {}

    static void print(PrintWriter out, ExperimentResult result, String target) {
        print(out, result, target, Map.of());
    }

    /** With the DFT cost of each strategy's labels as a last column when the data records it (see LabelCost). */
    static void print(PrintWriter out, ExperimentResult result, String target, Map<String, Double> secondsById) {
        Map<String, LabelCost> cost = LabelCost.of(result, secondsById);
        ExperimentSummary s = ExperimentSummary.of(result);
        PairedSummary paired = PairedSummary.of(target, result);
        int[] labels = result.plan().labelCounts();
        int seeds = result.plan().seeds().size();
        out.printf(Locale.ROOT, "final test metrics at %d labels, %s over %d seed(s); MAE in %s%n", labels[labels.length - 1],
                seeds > 1 ? "mean ± std" : "one value", seeds, Units.of(target).isEmpty() ? "units of " + target : Units.of(target));
        TextTable table = cost.isEmpty()
                ? new TextTable("strategy", "final MAE", "R²", "vs random (95 % CI)", "p (Holm)", "d_z", "labels saved (95 % CI)",
                        "ρ(std,|err|)", "within 2σ raw→recal", "σ × 95% raw→recal")
                : new TextTable("strategy", "final MAE", "R²", "vs random (95 % CI)", "p (Holm)", "d_z", "labels saved (95 % CI)",
                        "ρ(std,|err|)", "within 2σ raw→recal", "σ × 95% raw→recal", "DFT time of labels");
        for (StrategyComparison c : s.comparisons().values()) {
            LabelCost lc = cost.get(c.strategy());
            var vs = paired.comparison(c.strategy());
            List<String> cells = new ArrayList<>(List.of(c.strategy(),
                    seeds > 1 ? String.format(Locale.ROOT, "%.4g ± %.2g", c.finalMae(), c.finalMaeStd()) : String.format(Locale.ROOT, "%.4g", c.finalMae()),
                    String.format(Locale.ROOT, "%.3f", c.finalR2()),
                    vs.map(v -> interval(v.finalMae())).orElse("—"), vs.map(v -> p(v.holmP())).orElse("—"),
                    vs.map(v -> num(v.finalMae().dz())).orElse("—"), vs.map(v -> v.labelsSaved().describe()).orElse("—"),
                    num(c.spearmanStdVsError()), pct(c.within2Sigma() * 100, false) + " → " + pct(c.within2SigmaRecalibrated() * 100, false),
                    widening(c.widening95()) + " → " + widening(c.widening95Recalibrated())));
            if (!cost.isEmpty()) cells.add(lc == null ? "—" : lc.formatted());
            table.add(cells.toArray(String[]::new));
        }
        table.print(out);
        out.println("verdict: " + paired.verdict().replace(" on " + target, ""));
        out.println("vs random: the paired difference of final MAE in % of random's, seed by seed (negative = fewer errors than "
                + "random), with its 95 % interval; p: paired t-test, Holm-corrected across the strategies; d_z: mean difference / its std");
        out.println("labels saved: how many fewer labels the strategy's mean curve needs to reach random's final MAE, in % of the "
                + "final count (\"never\" = not reached), with a bootstrap interval over seeds");
        out.println("calibration on the test set, mean over seeds: ρ ranks ensemble std against |error|; within 2σ is the share "
                + "of errors no larger than twice the std (95% for an honest spread); σ × 95% is how many times wider the std must be for that");
        out.println("recal: the std recalibrated without the test set (" + result.plan().recalibration().describe()
                + "), fitted at the final round and applied to its test predictions; — when off or not recorded");
        if (!cost.isEmpty())
            out.println("DFT time of labels: the pw.x wall time the data records for the structures each run labelled"
                    + (seeds > 1 ? ", mean ± std over seeds" : ""));
        StoppingTable.print(out, result, target);
    }

    private static String interval(PairedDifference d) {
        if (Double.isNaN(d.mean())) return "—";
        if (!d.hasInterval()) return String.format(Locale.ROOT, "%+.1f%% (1 seed)", d.mean());
        return String.format(Locale.ROOT, "%+.1f%% (%+.1f … %+.1f)", d.mean(), d.low(), d.high());
    }

    private static String pct(double v, boolean signed) {
        if (Double.isNaN(v)) return "—";
        return String.format(Locale.ROOT, signed ? "%+.1f%%" : "%.1f%%", v);
    }

    private static String widening(double v) {
        return Double.isNaN(v) ? "—" : Double.isInfinite(v) ? "∞" : String.format(Locale.ROOT, "×%.1f", v);
    }

    private static String p(double v) {
        if (Double.isNaN(v)) return "—";
        return v < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }
}

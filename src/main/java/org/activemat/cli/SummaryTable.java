package org.activemat.cli;

import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.ExperimentSummary;
import org.activemat.engine.loop.LabelCost;
import org.activemat.engine.stats.StrategyComparison;

import java.io.PrintWriter;
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
        int[] labels = result.plan().labelCounts();
        out.printf(Locale.ROOT, "final test metrics at %d labels, mean ± std over %d seed(s); MAE in units of %s%n",
                labels[labels.length - 1], result.plan().seeds().size(), target);
        out.printf(Locale.ROOT, "%-12s %22s %8s %11s %9s %13s %12s %10s %9s%s%n", "strategy", "final MAE ± std", "R²",
                "vs random", "p-value", "labels saved", "ρ(std,|err|)", "within 2σ", "σ × 95%", cost.isEmpty() ? "" : String.format("  %-18s", "DFT time of labels"));
        for (StrategyComparison c : s.comparisons().values()) {
            LabelCost lc = cost.get(c.strategy());
            out.printf(Locale.ROOT, "%-12s %22s %8.3f %11s %9s %13s %12s %10s %9s%s%n", c.strategy(),
                    String.format(Locale.ROOT, "%.4g ± %.2g", c.finalMae(), c.finalMaeStd()), c.finalR2(),
                    pct(c.improvementPercent(), true), p(c.pValue()), savedPct(c), num(c.spearmanStdVsError()),
                    pct(c.within2Sigma() * 100, false), widening(c.widening95()),
                    lc == null ? "" : "  " + lc.formatted());
        }
        if (!s.comparisons().containsKey("random"))
            out.println("(no random runs: improvement, p-value and labels saved need the random baseline)");
        out.println("vs random: lower final MAE than random in %; labels saved: labels needed to reach random's final MAE "
                + "on the mean curve (\"never\" = not reached)");
        out.println("calibration on the test set: ρ ranks ensemble std against |error|; within 2σ is the share of errors no "
                + "larger than twice the std (95% for an honest spread); σ × 95% is how many times wider the std must be for 95% to be");
        if (!cost.isEmpty())
            out.println("DFT time of labels: the pw.x wall time the data records for the structures each run labelled, mean ± std over seeds");
    }

    private static String pct(double v, boolean signed) {
        if (Double.isNaN(v)) return "—";
        return String.format(Locale.ROOT, signed ? "%+.1f%%" : "%.1f%%", v);
    }

    private static String widening(double v) {
        return Double.isNaN(v) ? "—" : Double.isInfinite(v) ? "∞" : String.format(Locale.ROOT, "×%.1f", v);
    }

    private static String savedPct(StrategyComparison c) {
        if (c.strategy().equals("random")) return "—";
        return Double.isNaN(c.labelsSavedPercent()) ? "never" : pct(c.labelsSavedPercent(), false);
    }

    private static String p(double v) {
        if (Double.isNaN(v)) return "—";
        return v < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }
}

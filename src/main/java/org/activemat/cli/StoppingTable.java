package org.activemat.cli;

import org.activemat.engine.data.Units;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.StoppingSummary;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where each stopping rule would have stopped the runs, and the test MAE then against the final one (after the summary). */
final class StoppingTable {
    private StoppingTable() {}

    static void print(PrintWriter out, ExperimentResult result, String target) {
        Map<String, List<StoppingSummary.Outcome>> all = StoppingSummary.of(result);
        if (all.isEmpty()) return;
        String unit = Units.of(target);
        out.println("stopping rules (would the runs have stopped earlier? judged on what each run knew without the test set; mean over seeds):");
        for (StoppingSummary.Outcome o : all.values().iterator().next())
            out.printf(Locale.ROOT, "  %-16s %s%n", o.rule().name(), o.setting(unit));
        String row = "%-12s %-16s %15s %14s %14s %11s %9s%n";
        out.printf(Locale.ROOT, row, "strategy", "rule", "labels at stop", "stopped early", "test MAE then", "final MAE", "vs final");
        for (var e : all.entrySet()) {
            boolean first = true;
            for (StoppingSummary.Outcome o : e.getValue()) {
                if (o.runs() == 0) {
                    out.printf(Locale.ROOT, row, first ? e.getKey() : "", o.rule().name(), "not recorded", "—", "—", "—", "—");
                } else {
                    out.printf(Locale.ROOT, row, first ? e.getKey() : "", o.rule().name(), String.format(Locale.ROOT, "%.0f", o.labelsAtStop()),
                            o.stoppedEarly() + "/" + o.runs(), String.format(Locale.ROOT, "%.4g", o.maeAtStop()),
                            String.format(Locale.ROOT, "%.4g", o.finalMae()), String.format(Locale.ROOT, "%+.1f%%", o.maeChangePercent()));
                }
                first = false;
            }
        }
        out.println("a rule that never fires lets the run go to the end; vs final: the test MAE at the stop against the final MAE of the same runs "
                + "(+ = less accurate); held-out MAE: " + result.plan().recalibration().heldOutInWords());
    }
}

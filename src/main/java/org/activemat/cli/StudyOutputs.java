package org.activemat.cli;

import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.study.PairedSummary;
import org.activemat.engine.study.StudyRun;
import org.activemat.engine.study.Sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What a study prints and writes besides its results files: the combined table and the verdicts. */
final class StudyOutputs {
    private StudyOutputs() {}

    static void write(Path dir, List<StudyRun> runs, Sweep sweep, ExperimentPlan plan, String target, String command,
                      PrintWriter out, PrintWriter err) throws IOException {
        out.printf(Locale.ROOT, "%-8s %-8s %-12s %18s %26s %12s %7s %9s%n", "system", sweep == null ? "" : sweep.setting(), "strategy",
                "final MAE ± std", "vs random (95 % CI)", "p (Holm)", "d_z", "AUC");
        for (StudyRun r : runs) {
            PairedSummary s = r.summary();
            for (PairedSummary.StrategyStats st : s.strategies()) {
                var c = s.comparison(st.strategy());
                out.printf(Locale.ROOT, "%-8s %-8s %-12s %18s %26s %12s %7s %9.4g%n", r.system(), r.sweepValue() == null ? "" : r.sweepValue(),
                        st.strategy(), String.format(Locale.ROOT, "%.4g ± %.2g", st.finalMaeMean(), st.finalMaeStd()),
                        c.map(x -> String.format(Locale.ROOT, "%+.1f %% (%+.1f … %+.1f)", x.finalMae().mean(), x.finalMae().low(), x.finalMae().high())).orElse("—"),
                        c.map(x -> String.format(Locale.ROOT, "%.3g", x.holmP())).orElse("—"),
                        c.map(x -> String.format(Locale.ROOT, "%.2f", x.finalMae().dz())).orElse("—"), st.aucMean());
            }
        }
        out.println();
        for (StudyRun r : runs) out.println((r.sweepValue() == null ? r.system() : r.system() + " at " + r.sweepValue()) + ": " + r.summary().verdict());
        out.flush();
    }
}

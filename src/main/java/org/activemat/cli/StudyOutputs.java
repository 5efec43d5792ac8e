package org.activemat.cli;

import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentSummary;
import org.activemat.engine.study.PairedSummary;
import org.activemat.engine.study.StudyRun;
import org.activemat.engine.study.Sweep;
import org.activemat.report.FigureFiles;
import org.activemat.report.FigureSize;
import org.activemat.report.HtmlReport;
import org.activemat.report.ImprovementFigure;
import org.activemat.report.LearningCurvesFigure;
import org.activemat.report.ReportContent;
import org.activemat.report.StudyTable;
import org.activemat.report.SweepFigure;
import org.activemat.report.SweepPoint;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a study writes besides its results files: the combined table (Markdown on stdout, table.csv and table.md), the
 * figures (PNG at 300 dpi and SVG) and one self-contained HTML report; a sweep adds its final MAE, AUC and labels-saved
 * figures against the swept setting.
 */
final class StudyOutputs {
    private StudyOutputs() {}

    private static final FigureSize WIDE = FigureSize.cm(17, 9);

    static void write(Path dir, Path report, List<StudyRun> runs, Sweep sweep, ExperimentPlan plan, String target, String command,
                      String software, PrintWriter out) throws IOException {
        String protocol = StudyCommand.describe(plan);
        List<ReportContent.ReportFigure> figures = new ArrayList<>();
        List<PairedSummary> summaries;
        Map<String, Map<String, StudyTable.Calibration>> calibration = new LinkedHashMap<>();
        if (sweep == null) {
            summaries = runs.stream().map(StudyRun::summary).toList();
            for (StudyRun r : runs) calibration.put(r.system(), StudyTable.Calibration.of(ExperimentSummary.of(r.results().toResult())));
            var curves = new LearningCurvesFigure(target, protocol, runs.stream()
                    .map(r -> LearningCurvesFigure.SystemCurves.of(r.system(), r.results().toResult())).toList());
            figures.add(new ReportContent.ReportFigure("Learning curves: test MAE against labels, mean over seeds with its 95 % "
                    + "interval, one panel per system.", curves, FigureSize.PAGE, "learning-curves.png"));
            figures.add(new ReportContent.ReportFigure("Final MAE of each strategy against random, paired by seed, with 95 % "
                    + "intervals; filled markers differ from random after Holm's correction.",
                    new ImprovementFigure(target + ", " + protocol, summaries), WIDE, "improvement.png"));
        } else {
            // the table and the verdicts of a sweep are per (system, value): name each summary so
            summaries = runs.stream().map(r -> renamed(r.summary(), r.system() + " " + sweep.setting() + "=" + r.sweepValue())).toList();
            List<SweepPoint> points = runs.stream().map(r -> new SweepPoint(r.system(), sweep.setting(), r.sweepValue(), r.summary())).toList();
            for (SweepFigure.Measure m : SweepFigure.Measure.values())
                figures.add(new ReportContent.ReportFigure("Sweep of " + sweep.setting() + ": " + m.name().toLowerCase().replace('_', ' ')
                        + " per strategy, mean with 95 % interval.", new SweepFigure(target, protocol, points).withMeasure(m), FigureSize.PAGE,
                        "sweep-" + m.name().toLowerCase().replace('_', '-') + ".png"));
        }
        StudyTable table = StudyTable.of(target, summaries, calibration);
        out.print(table.markdown());
        out.println();
        for (PairedSummary s : summaries) out.println(s.system() + ": " + s.verdict());
        out.flush();
        FigureFiles.writeAtomically(dir.resolve("table.csv"), table.csv().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        FigureFiles.writeAtomically(dir.resolve("table.md"), table.markdown().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (ReportContent.ReportFigure f : figures) {
            String stem = f.fileName().replaceAll("\\.png$", "");
            FigureFiles.writePng(dir.resolve(stem + ".png"), f.figure(), f.size(), FigureSize.DPI);
            FigureFiles.writeSvg(dir.resolve(stem + ".svg"), f.figure(), f.size());
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("target", target);
        settings.put("protocol", protocol);
        settings.put("strategies", String.join(", ", plan.strategies().stream().map(s -> s.label()).toList()));
        settings.put("seeds", plan.seeds().size() + " (" + plan.seeds().get(0) + "–" + plan.seeds().get(plan.seeds().size() - 1) + ")");
        settings.put("test fraction", String.valueOf(plan.testFraction()));
        settings.put("model", plan.model().backend() + " " + plan.model().settings());
        settings.put("pairing", plan.pairing() + " (every strategy of a seed shares the split, the initial labels and the member seeds)");
        if (sweep != null) settings.put("sweep", sweep.setting() + " = " + String.join(", ", sweep.values()));
        List<ReportContent.Dataset> datasets = new ArrayList<>();
        for (StudyRun r : runs) {
            var d = r.results().dataset();
            if (datasets.stream().noneMatch(x -> x.sha256().equals(d.sha256()))) datasets.add(new ReportContent.Dataset(r.system(), d.file(), d.sha256()));
        }
        List<String> notes = new ArrayList<>();
        if (runs.stream().anyMatch(r -> !r.results().complete())) notes.add("The study was cancelled: the statistics cover the runs that finished.");
        notes.add("Seeds needed to detect a difference δ at 80 % power: n ≈ ((z₀.₉₇₅ + z₀.₈) · s_d / δ)², with s_d the standard "
                + "deviation of the paired differences; δ = 5 %.");
        Files.createDirectories(report.toAbsolutePath().getParent());
        HtmlReport.write(report, new ReportContent("Active learning study: " + target, target, summaries, calibration, figures,
                settings, software, datasets, command, notes));
    }

    private static PairedSummary renamed(PairedSummary s, String name) {
        return new PairedSummary(name, s.baseline(), s.delta(), s.seeds(), s.strategies(), s.comparisons(), s.verdict());
    }
}

package org.activemat.report;

import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentSummary;
import org.activemat.engine.study.PairedSummary;
import org.activemat.engine.study.StudyRun;
import org.activemat.engine.study.Sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a study's runs make for a reader, shared by the CLI (`activemat study`) and the workbench's Study panel so both
 * show the same figures, table and report: the summaries (named per sweep value), the calibration, the figures with
 * their captions, and the report's content.
 */
public final class StudyReport {
    private StudyReport() {}

    public static final FigureSize WIDE = FigureSize.cm(17, 9);

    /** "4 strategies × 20 seeds, 30 + 5×15 labels, java-mlp 5×[128, 128], 200 epochs". */
    public static String protocol(ExperimentPlan p) {
        int[] labels = p.labelCounts();
        return String.format(Locale.ROOT, "%d strategies × %d seeds, %d + %d×%d labels, %s %d×%s, %d epochs",
                p.strategies().size(), p.seeds().size(), labels[0], p.queries(), p.batchSize(), p.model().backend(),
                p.model().members(), p.model().settings().hiddenLayers(), p.model().settings().epochs());
    }

    /** One per run; in a sweep each is named "system setting=value", as the table and the verdicts need. */
    public static List<PairedSummary> summaries(List<StudyRun> runs, Sweep sweep) {
        if (sweep == null) return runs.stream().map(StudyRun::summary).toList();
        return runs.stream().map(r -> renamed(r.summary(), r.system() + " " + sweep.setting() + "=" + r.sweepValue())).toList();
    }

    /** Per system, per strategy; empty in a sweep (a system appears once per value). */
    public static Map<String, Map<String, StudyTable.Calibration>> calibration(List<StudyRun> runs, Sweep sweep) {
        Map<String, Map<String, StudyTable.Calibration>> c = new LinkedHashMap<>();
        if (sweep == null)
            for (StudyRun r : runs) c.put(r.system(), StudyTable.Calibration.of(ExperimentSummary.of(r.results().toResult())));
        return c;
    }

    public static StudyTable table(List<StudyRun> runs, Sweep sweep, String target) {
        return StudyTable.of(target, summaries(runs, sweep), calibration(runs, sweep));
    }

    public static LearningCurvesFigure curves(List<StudyRun> runs, String target, String protocol) {
        return new LearningCurvesFigure(target, protocol, runs.stream()
                .map(r -> LearningCurvesFigure.SystemCurves.of(r.system(), r.results().toResult())).toList());
    }

    public static ImprovementFigure improvement(List<StudyRun> runs, String target, String protocol) {
        return new ImprovementFigure(target + ", " + protocol, summaries(runs, null));
    }

    /** The study's figures: learning curves and improvement, or a sweep's three measures against the setting. */
    public static List<ReportContent.ReportFigure> figures(List<StudyRun> runs, Sweep sweep, String target, String protocol) {
        List<ReportContent.ReportFigure> figures = new ArrayList<>();
        if (sweep == null) {
            figures.add(new ReportContent.ReportFigure("Learning curves: test MAE against labels, mean over seeds with its 95 % "
                    + "interval, one panel per system.", curves(runs, target, protocol), FigureSize.PAGE, "learning-curves.png"));
            figures.add(new ReportContent.ReportFigure("Final MAE of each strategy against random, paired by seed, with 95 % "
                    + "intervals; filled markers differ from random after Holm's correction.",
                    improvement(runs, target, protocol), WIDE, "improvement.png"));
        } else {
            List<SweepPoint> points = runs.stream().map(r -> new SweepPoint(r.system(), sweep.setting(), r.sweepValue(), r.summary())).toList();
            for (SweepFigure.Measure m : SweepFigure.Measure.values())
                figures.add(new ReportContent.ReportFigure("Sweep of " + sweep.setting() + ": " + m.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " per strategy, mean with 95 % interval.", new SweepFigure(target, protocol, points).withMeasure(m), FigureSize.PAGE,
                        "sweep-" + m.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".png"));
        }
        return figures;
    }

    /** The HTML report's content: figures, table, verdicts, settings, dataset fingerprints and the command. */
    public static ReportContent content(List<StudyRun> runs, Sweep sweep, ExperimentPlan plan, String target, String command,
                                        String software) {
        String protocol = protocol(plan);
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
        return new ReportContent("Active learning study: " + target, target, summaries(runs, sweep), calibration(runs, sweep),
                figures(runs, sweep, target, protocol), settings, software, datasets, command, notes);
    }

    private static PairedSummary renamed(PairedSummary s, String name) {
        return new PairedSummary(name, s.baseline(), s.delta(), s.seeds(), s.strategies(), s.comparisons(), s.verdict());
    }
}

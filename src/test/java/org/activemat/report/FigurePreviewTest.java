package org.activemat.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes every figure to the folder -Dreport.preview=DIR names, to look at them; skipped otherwise. */
@EnabledIfSystemProperty(named = "report.preview", matches = ".+")
class FigurePreviewTest {
    @Test
    void writesPreviews() throws Exception {
        Path dir = Path.of(System.getProperty("report.preview"));
        Files.createDirectories(dir);
        FigureSize page = FigureSize.PAGE;
        for (int n = 1; n <= 4; n++) {
            List<LearningCurvesFigure.SystemCurves> panels = new ArrayList<>();
            for (String s : ReportFixtures.SYSTEMS.subList(0, n))
                panels.add(LearningCurvesFigure.SystemCurves.of(s, ReportFixtures.result(s, 5)));
            LearningCurvesFigure f = new LearningCurvesFigure(ReportFixtures.TARGET, "paper protocol, 5 seeds", panels);
            FigureSize size = n == 4 ? page : FigureSize.cm(17, 7);
            FigureFiles.writePng(dir.resolve("curves-" + n + ".png"), f, size.widthPx(300), size.heightPx(300));
            FigureFiles.writeSvg(dir.resolve("curves-" + n + ".svg"), f, size.widthPx(300), size.heightPx(300));
        }
        FigureSize half = FigureSize.cm(17, 9);
        ImprovementFigure imp = new ImprovementFigure("formation_energy_per_atom, paper protocol, 5 seeds", ReportFixtures.summaries());
        FigureFiles.writePng(dir.resolve("improvement.png"), imp, half.widthPx(300), half.heightPx(300));
        FigureFiles.writeSvg(dir.resolve("improvement.svg"), imp, half.widthPx(300), half.heightPx(300));
        FigureFiles.writePng(dir.resolve("improvement-auc.png"), new ImprovementFigure("", ReportFixtures.summaries(),
                ImprovementFigure.Measure.AUC), half.widthPx(300), half.heightPx(300));
        SweepFigure sweep = new SweepFigure(ReportFixtures.TARGET, "paper protocol, 5 seeds", ReportFixtures.sweep());
        for (SweepFigure.Measure m : SweepFigure.Measure.values())
            FigureFiles.writePng(dir.resolve("sweep-" + m + ".png"), sweep.withMeasure(m), half.widthPx(300), half.heightPx(300));
        List<LearningCurvesFigure.SystemCurves> mixed = new ArrayList<>();
        for (String s : ReportFixtures.SYSTEMS.subList(0, 2)) {
            List<org.activemat.engine.stats.LearningCurve> cs = new ArrayList<>(LearningCurvesFigure.SystemCurves.of(s, ReportFixtures.result(s, 1)).curves());
            org.activemat.engine.stats.LearningCurve c = cs.get(1);
            cs.add(new org.activemat.engine.stats.LearningCurve("lcmd", c.labelled(), java.util.Arrays.stream(c.maeMean()).map(v -> v * 0.8).toArray(),
                    c.maeStd(), c.rmseMean(), c.rmseStd(), c.r2Mean(), c.r2Std(), 1));
            mixed.add(new LearningCurvesFigure.SystemCurves(s, cs));
        }
        FigureFiles.writePng(dir.resolve("curves-log-lcmd.png"), new LearningCurvesFigure("band_gap", "1 seed", mixed, true),
                FigureSize.cm(17, 7).widthPx(300), FigureSize.cm(17, 7).heightPx(300));
        // screen-sized, as the workbench will draw them
        javax.imageio.ImageIO.write(FigureFiles.toImage(new LearningCurvesFigure(ReportFixtures.TARGET, "paper protocol, 5 seeds",
                ReportFixtures.SYSTEMS.stream().map(s -> LearningCurvesFigure.SystemCurves.of(s, ReportFixtures.result(s, 5))).toList()),
                700, 450, 96), "png", dir.resolve("screen-curves.png").toFile());
        javax.imageio.ImageIO.write(FigureFiles.toImage(imp, 665, 271, 96), "png", dir.resolve("screen-improvement.png").toFile());
        javax.imageio.ImageIO.write(FigureFiles.toImage(sweep.withMeasure(SweepFigure.Measure.LABELS_SAVED), 600, 300, 96), "png",
                dir.resolve("screen-sweep.png").toFile());
        HtmlReport.write(dir.resolve("report.html"), HtmlReportTest.content());
        StudyTable table = StudyTable.of(ReportFixtures.TARGET, ReportFixtures.summaries());
        Files.writeString(dir.resolve("table.md"), table.markdown());
        Files.writeString(dir.resolve("table.csv"), table.csv());
    }
}

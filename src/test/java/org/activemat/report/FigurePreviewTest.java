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
    }
}

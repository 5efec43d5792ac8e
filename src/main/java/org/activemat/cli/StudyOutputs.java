package org.activemat.cli;

import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.study.PairedSummary;
import org.activemat.engine.study.StudyRun;
import org.activemat.engine.study.Sweep;
import org.activemat.report.FigureFiles;
import org.activemat.report.FigureSize;
import org.activemat.report.HtmlReport;
import org.activemat.report.ReportContent;
import org.activemat.report.StudyReport;
import org.activemat.report.StudyTable;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a study writes besides its results files: the combined table (Markdown on stdout, table.csv and table.md), the
 * figures (PNG at 300 dpi and SVG) and one self-contained HTML report; a sweep adds its final MAE, AUC and labels-saved
 * figures against the swept setting.
 */
final class StudyOutputs {
    private StudyOutputs() {}

    static void write(Path dir, Path report, List<StudyRun> runs, Sweep sweep, ExperimentPlan plan, String target, String command,
                      String software, PrintWriter out) throws IOException {
        ReportContent content = StudyReport.content(runs, sweep, plan, target, command, software);
        StudyTable table = content.table();
        out.print(table.markdown());
        out.println();
        for (PairedSummary s : content.summaries()) out.println(s.system() + ": " + s.verdict());
        out.flush();
        FigureFiles.writeAtomically(dir.resolve("table.csv"), table.csv().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        FigureFiles.writeAtomically(dir.resolve("table.md"), table.markdown().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (ReportContent.ReportFigure f : content.figures()) {
            String stem = f.fileName().replaceAll("\\.png$", "");
            FigureFiles.writePng(dir.resolve(stem + ".png"), f.figure(), f.size(), FigureSize.DPI);
            FigureFiles.writeSvg(dir.resolve(stem + ".svg"), f.figure(), f.size());
        }
        Files.createDirectories(report.toAbsolutePath().getParent());
        HtmlReport.write(report, content);
    }
}

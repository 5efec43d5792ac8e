package org.activemat.report;

import org.activemat.engine.data.Units;
import org.activemat.engine.study.PairedSummary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML file for a study: the verdicts in words, the combined table, the figures inline as SVG
 * (each with its 300 dpi PNG as a download from a data URI), the settings, the software version, the datasets'
 * fingerprints and the command that reproduces it. No external resource (no script, font, style sheet or image
 * from the network), so it opens offline and archives as one file. All given text is escaped.
 */
public final class HtmlReport {
    private HtmlReport() {}

    public static void write(Path file, ReportContent content) throws IOException {
        FigureFiles.writeAtomically(file, html(content).getBytes(StandardCharsets.UTF_8));
    }

    public static String html(ReportContent c) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(c.title())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<h1>").append(esc(c.title())).append("</h1>\n<p class=\"meta\">");
        if (!c.property().isEmpty()) {
            String unit = Units.of(c.property());
            b.append("Target: <code>").append(esc(c.property())).append("</code>").append(unit.isEmpty() ? "" : " (" + esc(unit) + ")");
        }
        if (!c.softwareVersion().isEmpty()) b.append(c.property().isEmpty() ? "" : " · ").append(esc(c.softwareVersion()));
        b.append("</p>\n");
        if (!c.notes().isEmpty()) {
            b.append("<div class=\"notes\"><ul>\n");
            for (String n : c.notes()) b.append("<li>").append(esc(n)).append("</li>\n");
            b.append("</ul></div>\n");
        }
        verdicts(b, c.summaries());
        table(b, c.table());
        figures(b, c.figures());
        settings(b, c.settings());
        datasets(b, c.datasets());
        if (!c.reproduce().isEmpty())
            b.append("<h2>Reproduce</h2>\n<p>Same seeds, same settings, same numbers:</p>\n<pre><code>")
                    .append(esc(c.reproduce())).append("</code></pre>\n");
        b.append("<footer>").append(esc(c.softwareVersion().isEmpty() ? "ActiveMat Workbench" : c.softwareVersion()))
                .append(" · GPL-3.0</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void verdicts(StringBuilder b, List<PairedSummary> summaries) {
        b.append("<h2>Verdict</h2>\n<ul class=\"verdicts\">\n");
        for (PairedSummary s : summaries) {
            b.append("<li><strong>").append(esc(s.system())).append("</strong>: ").append(esc(s.verdict()));
            if (!s.comparisons().isEmpty()) {
                b.append("\n<ul class=\"lines\">\n");
                for (PairedSummary.Comparison c : s.comparisons()) b.append("<li>").append(esc(c.line())).append("</li>\n");
                b.append("</ul>");
            }
            b.append("</li>\n");
        }
        if (summaries.isEmpty()) b.append("<li>No system finished.</li>\n");
        b.append("</ul>\n");
    }

    private static void table(StringBuilder b, StudyTable t) {
        b.append("<h2>Results</h2>\n<div class=\"scroll\"><table class=\"results\">\n<thead><tr>");
        for (String h : t.header()) b.append("<th>").append(esc(h)).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        List<List<String>> cells = t.cells();
        for (int i = 0; i < cells.size(); i++) {
            StudyTable.Row r = t.rows().get(i);
            String cls = r.isBaseline() ? " class=\"baseline\"" : r.comparison().significant() ? " class=\"significant\"" : "";
            b.append("<tr").append(cls).append(">");
            for (String cell : cells.get(i)) b.append("<td>").append(esc(cell)).append("</td>");
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table></div>\n<p class=\"legend\">").append(esc(TABLE_NOTE)).append("</p>\n");
    }

    private static void figures(StringBuilder b, List<ReportContent.ReportFigure> figures) {
        if (figures.isEmpty()) return;
        b.append("<h2>Figures</h2>\n");
        int i = 0;
        for (ReportContent.ReportFigure f : figures) {
            i++;
            int w = f.size().widthPx(FigureFiles.DPI), h = f.size().heightPx(FigureFiles.DPI);
            b.append("<figure>\n").append(FigureFiles.toSvgString(f.figure(), w, h, FigureFiles.DPI, "f" + i + "-")).append('\n');
            b.append("<figcaption>Figure ").append(i).append(". ").append(esc(f.caption()));
            String png = Base64.getEncoder().encodeToString(FigureFiles.toPng(f.figure(), w, h, FigureFiles.DPI));
            b.append(" <a download=\"").append(esc(f.fileName())).append("\" href=\"data:image/png;base64,").append(png)
                    .append("\">PNG, 300 dpi</a></figcaption>\n</figure>\n");
        }
    }

    private static void settings(StringBuilder b, Map<String, String> settings) {
        if (settings.isEmpty()) return;
        b.append("<h2>Settings</h2>\n<table class=\"kv\">\n");
        for (var e : settings.entrySet())
            b.append("<tr><th>").append(esc(e.getKey())).append("</th><td>").append(esc(e.getValue())).append("</td></tr>\n");
        b.append("</table>\n");
    }

    private static void datasets(StringBuilder b, List<ReportContent.Dataset> datasets) {
        if (datasets.isEmpty()) return;
        b.append("<h2>Data</h2>\n<table class=\"kv\">\n<thead><tr><th>dataset</th><th>file</th><th>SHA-256</th></tr></thead>\n<tbody>\n");
        for (ReportContent.Dataset d : datasets)
            b.append("<tr><td>").append(esc(d.name())).append("</td><td><code>").append(esc(d.file()))
                    .append("</code></td><td><code class=\"hash\">").append(esc(d.sha256())).append("</code></td></tr>\n");
        b.append("</tbody>\n</table>\n");
    }

    /** Text for HTML content and attribute values. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    private static final String TABLE_NOTE = "Negative % = lower error than random = better. Intervals are 95 %: "
            + "t-intervals over seeds for means and paired differences, a paired bootstrap for labels saved. "
            + "p: paired t-test of final MAE against random, Holm-adjusted across all comparisons of the study; "
            + "rows in bold are significant (p < 0.05). d_z: mean paired difference divided by its standard deviation. "
            + "AUC: the normalised area under the learning curve, i.e. the mean MAE over the schedule. Labels saved: the "
            + "fewest labels at which the strategy's mean curve reaches random's final MAE, as % of the final count "
            + "(\"never\": it did not; \"< 0\": a bound below any measurable saving). Calibration: Spearman ρ between the "
            + "ensemble's std and |error| on the test set, the share of test errors within 2 std, and how many times wider the "
            + "std must be for 95 % of them; after the arrow, the same for the std recalibrated without the test set (a "
            + "factor or an isotonic map fitted on held-out residuals of the labelled data at the final round).";

    private static final String CSS = """
            body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; color: #222; max-width: 1100px; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
            h1 { font-size: 1.5em; margin-bottom: 0.2em; }
            h2 { font-size: 1.15em; margin-top: 1.8em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
            .meta, footer, .legend { color: #555; font-size: 0.9em; }
            footer { margin-top: 3em; border-top: 1px solid #ddd; padding-top: 0.5em; }
            .notes { background: #fff6e0; border-left: 4px solid #e0a000; padding: 0.2em 1em; }
            .verdicts > li { margin-bottom: 0.6em; }
            .lines { color: #444; font-size: 0.92em; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; font-size: 0.88em; }
            th, td { padding: 0.25em 0.6em; border-bottom: 1px solid #e4e4e4; text-align: left; vertical-align: top; }
            table.results td:nth-child(n+3) { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            tr.baseline td { color: #666; }
            tr.significant td { font-weight: bold; }
            figure { margin: 1.5em 0; }
            figure svg { max-width: 100%; height: auto; display: block; }
            figcaption { font-size: 0.9em; color: #444; margin-top: 0.4em; }
            pre { background: #f5f5f5; padding: 0.6em 0.8em; overflow-x: auto; }
            code.hash { font-size: 0.85em; word-break: break-all; }
            @media print { body { max-width: none; } a[download] { display: none; } }
            """;
}

package org.activemat.report;

import org.activemat.engine.study.PairedSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {
    @TempDir Path dir;

    static ReportContent content() {
        List<PairedSummary> study = ReportFixtures.summaries();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("preset", "paper");
        settings.put("seeds", "0–4");
        settings.put("note <b>", "a & b");
        List<LearningCurvesFigure.SystemCurves> panels = ReportFixtures.SYSTEMS.stream()
                .map(s -> LearningCurvesFigure.SystemCurves.of(s, ReportFixtures.result(s, 5))).toList();
        return new ReportContent("Study <script>alert(1)</script>", ReportFixtures.TARGET, study,
                Map.of("Si", Map.of("diversity", new StudyTable.Calibration(0.42, 0.87))),
                List.of(new ReportContent.ReportFigure("Learning curves per system.",
                                new LearningCurvesFigure(ReportFixtures.TARGET, "paper protocol", panels), FigureSize.PAGE, "curves.png"),
                        new ReportContent.ReportFigure("Final MAE vs random.", new ImprovementFigure("", study), FigureSize.cm(17, 9), "improvement.png")),
                settings, "ActiveMat Workbench 0.1.0",
                List.of(new ReportContent.Dataset("Si", "sample-data/si.csv", "ab".repeat(32))),
                "activemat study --preset paper --out study/ --report report.html", List.of("Fe: 1 run did not finish"));
    }

    @Test
    void oneSelfContainedFileWithVerdictsTableFiguresAndHowToReproduce() throws Exception {
        Path file = dir.resolve("report.html");
        HtmlReport.write(file, content());
        String html = Files.readString(file);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        for (PairedSummary s : ReportFixtures.summaries()) assertThat(html).contains(HtmlReport.esc(s.verdict()));
        assertThat(count(html, "<tr class=\"baseline\">")).isEqualTo(4);
        assertThat(count(html, "<tbody>")).isEqualTo(2);    // results and data
        assertThat(html).contains("<td>Ti–O</td><td>hybrid</td><td>5</td>");
        assertThat(count(html, "<svg")).isEqualTo(2);
        assertThat(html).contains("data:image/png;base64,").contains("download=\"curves.png\"");
        assertThat(html).contains("ActiveMat Workbench 0.1.0", "ab".repeat(32), "sample-data/si.csv",
                "<code>activemat study --preset paper --out study/ --report report.html</code>", "Fe: 1 run did not finish");
        assertThat(html.indexOf("<th>preset</th>")).isPositive().isLessThan(html.indexOf("<th>seeds</th><td>0–4</td>"));   // settings in the order given
    }

    @Test
    void referencesNothingOutside() {
        String html = HtmlReport.html(content());
        Matcher m = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)|url\\(\\s*[\"']?\\s*(https?:|//)|@import|<script|<link|<iframe")
                .matcher(html.replace("&lt;script&gt;", ""));
        assertThat(m.find()).as("an external reference: " + (m.find(0) ? m.group() : "")).isFalse();
    }

    @Test
    void escapesAllGivenTextAndStaysWellFormed() throws Exception {
        String html = HtmlReport.html(content());
        assertThat(html).contains("<title>Study &lt;script&gt;alert(1)&lt;/script&gt;</title>")
                .contains("<th>note &lt;b&gt;</th><td>a &amp; b</td>").doesNotContain("<script>");
        for (String tag : List.of("html", "head", "body", "table", "thead", "tbody", "tr", "td", "th", "ul", "li", "figure", "figcaption", "pre", "svg"))
            assertThat(count(html, "<" + tag + "[ >]")).as(tag).isEqualTo(count(html, "</" + tag + ">"));
        // each inline figure is well-formed XML on its own
        Matcher svg = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
        int n = 0;
        while (svg.find()) { Svg.parse(svg.group()); n++; }
        assertThat(n).isEqualTo(2);
        assertThat(Svg.texts(html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + 6))).contains("Ti–O", "MAE (eV/atom)");
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}

package org.activemat.report;

import org.activemat.engine.study.PairedSummary;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StudyTableReportTest {
    private static final List<PairedSummary> STUDY = ReportFixtures.summaries();
    private static final Map<String, Map<String, StudyTable.Calibration>> CAL =
            Map.of("Si", Map.of("diversity", new StudyTable.Calibration(0.4213, 0.871, 6.31, 0.953, 0.94)));

    @Test
    void markdownHasOneRowPerSystemAndStrategy() {
        String md = StudyTable.of(ReportFixtures.TARGET, STUDY, CAL).markdown();
        List<String> lines = md.lines().toList();
        assertThat(lines).hasSize(2 + 4 * 4);
        assertThat(lines.get(0)).contains("| system | strategy | seeds | final MAE ± 95 % CI (eV/atom) |", "p (Holm)", "d_z",
                "AUC ± 95 % CI (eV/atom)", "labels saved (%) [95 % CI]", "calibration ρ", "within 2σ (%)");
        assertThat(lines.get(1)).isEqualTo("|" + "---|".repeat(13));
        for (String line : lines) assertThat(line.chars().filter(ch -> ch == '|').count()).isEqualTo(14);
        assertThat(lines.get(2)).startsWith("| Si | random | 5 |").contains("baseline");
        assertThat(lines).anyMatch(l -> l.startsWith("| Ti–O | hybrid | 5 |"));
    }

    @Test
    void cellsCarryTheNumbersOfTheSummaryAndDashesForWhatIsAbsent() {
        StudyTable t = StudyTable.of(ReportFixtures.TARGET, STUDY, CAL);
        StudyTable.Row div = t.rows().stream().filter(r -> r.system().equals("Si") && r.strategy().equals("diversity")).findFirst().orElseThrow();
        List<String> cells = t.cells().get(t.rows().indexOf(div));
        PairedSummary.Comparison c = div.comparison();
        assertThat(cells.get(4)).isEqualTo(StudyTable.difference(c.finalMae())).startsWith(Format.signed(c.finalMae().mean(), 1) + " [");
        assertThat(cells.get(5)).isEqualTo(Format.p(c.holmP()));
        assertThat(cells.get(10)).isEqualTo("0.42");
        assertThat(cells.get(11)).isEqualTo("87 → 95");   // within 2σ, raw → recalibrated
        assertThat(cells.get(12)).isEqualTo("×6.3 → ×0.9");
        // calibration not given for Fe: "—"
        int fe = t.rows().indexOf(t.rows().stream().filter(r -> r.system().equals("Fe")).findFirst().orElseThrow());
        assertThat(t.cells().get(fe).subList(10, 13)).containsExactly("—", "—", "—");
        // uncertainty never reaches random's final MAE in the fixture
        int unc = t.rows().indexOf(t.rows().stream().filter(r -> r.strategy().equals("uncertainty")).findFirst().orElseThrow());
        assertThat(t.cells().get(unc).get(9)).startsWith("never [");
    }

    @Test
    void csvHasAHeaderAndTheSameColumnsOnEveryLine() {
        String csv = StudyTable.of(ReportFixtures.TARGET, STUDY, CAL).csv();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 16);
        assertThat(lines.get(0).split(",")).containsExactlyElementsOf(StudyTable.CSV_COLUMNS);
        for (String l : lines) assertThat(l.split(",", -1)).hasSize(StudyTable.CSV_COLUMNS.size());
        String[] random = lines.get(1).split(",", -1), div = find(lines, "Si,diversity").split(",", -1);
        assertThat(random[0]).isEqualTo("Si");
        assertThat(random[3]).isEqualTo("eV/atom");
        assertThat(random[StudyTable.CSV_COLUMNS.indexOf("vs_random_pct")]).isEmpty();
        PairedSummary.Comparison c = STUDY.get(0).comparison("diversity").orElseThrow();
        assertThat(Double.parseDouble(div[StudyTable.CSV_COLUMNS.indexOf("vs_random_pct")])).isEqualTo(Double.parseDouble(Format.plain(c.finalMae().mean())));
        assertThat(div[StudyTable.CSV_COLUMNS.indexOf("significant")]).isEqualTo(Boolean.toString(c.significant()));
        assertThat(div[StudyTable.CSV_COLUMNS.indexOf("calibration_rho")]).isEqualTo("0.4213");
        assertThat(find(lines, "Fe,diversity").split(",", -1)[StudyTable.CSV_COLUMNS.indexOf("calibration_rho")]).isEmpty();
        assertThat(find(lines, "Si,uncertainty").split(",", -1)[StudyTable.CSV_COLUMNS.indexOf("labels_saved_pct")]).isEqualTo("never");
    }

    @Test
    void csvQuotesNamesWithCommasAndMarkdownEscapesPipes() {
        PairedSummary odd = PairedSummary.of("Ti,O | rutile", ReportFixtures.result("Ti–O", 3));
        StudyTable t = StudyTable.of(ReportFixtures.TARGET, List.of(odd));
        assertThat(t.csv().lines().skip(1)).allMatch(l -> l.startsWith("\"Ti,O | rutile\","));
        assertThat(t.markdown()).contains("| Ti,O \\| rutile |");
    }

    private static String find(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix + ",")).findFirst().orElseThrow(() -> new AssertionError(prefix + Arrays.toString(lines.toArray())));
    }
}

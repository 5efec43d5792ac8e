package org.activemat.report;

import org.activemat.engine.data.Units;
import org.activemat.engine.loop.ExperimentSummary;
import org.activemat.engine.stats.LabelsSaved;
import org.activemat.engine.stats.PairedDifference;
import org.activemat.engine.stats.StrategyComparison;
import org.activemat.engine.study.PairedSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The combined table of a study, one row per system × strategy: final MAE ± 95 % CI, the paired difference from
 * random in % with its CI, p after Holm, d_z, AUC (mean ± CI and vs random), labels saved with its bootstrap
 * interval, and calibration where given. As Markdown and HTML cells (for people: rounded, "—" for what is absent)
 * and as CSV (for programs: 6 significant digits, empty for absent, "never" and "-inf" where labels saved says so).
 */
public final class StudyTable {

    /**
     * Spearman ρ of ensemble std vs |error|, the share of test errors within 2 std (0–1) and how many times wider the
     * std must be for 95 % of them, for the raw std and the one recalibrated without the test set; NaN when absent.
     */
    public record Calibration(double rho, double within2Sigma, double widening95, double within2SigmaRecalibrated,
                              double widening95Recalibrated) {
        public static final Calibration NONE = new Calibration(Double.NaN, Double.NaN);

        /** ρ and coverage of the raw std only. */
        public Calibration(double rho, double within2Sigma) {
            this(rho, within2Sigma, Double.NaN, Double.NaN, Double.NaN);
        }

        /** Per strategy, from an experiment's summary (averaged over its runs). */
        public static Map<String, Calibration> of(ExperimentSummary summary) {
            Map<String, Calibration> out = new LinkedHashMap<>();
            for (StrategyComparison c : summary.comparisons().values())
                out.put(c.strategy(), new Calibration(c.spearmanStdVsError(), c.within2Sigma(), c.widening95(),
                        c.within2SigmaRecalibrated(), c.widening95Recalibrated()));
            return out;
        }
    }

    /** One row; comparison is empty for the baseline (random) itself. */
    public record Row(String system, String strategy, PairedSummary.StrategyStats stats,
                      PairedSummary.Comparison comparison, Calibration calibration) {
        public boolean isBaseline() { return comparison == null; }

        public double finalMaeHalfWidth() { return Interval.halfWidth(stats.finalMaeStd(), stats.runs()); }

        public double aucHalfWidth() { return Interval.halfWidth(stats.aucStd(), stats.runs()); }
    }

    private final String property;
    private final List<Row> rows;

    private StudyTable(String property, List<Row> rows) {
        this.property = property;
        this.rows = List.copyOf(rows);
    }

    /** calibration: system → strategy → values; a missing system or strategy shows "—". */
    public static StudyTable of(String property, List<PairedSummary> summaries, Map<String, Map<String, Calibration>> calibration) {
        List<Row> rows = new ArrayList<>();
        for (PairedSummary s : summaries) {
            Map<String, Calibration> cal = calibration == null ? Map.of() : calibration.getOrDefault(s.system(), Map.of());
            for (PairedSummary.StrategyStats st : s.strategies())
                rows.add(new Row(s.system(), st.strategy(), st, s.comparison(st.strategy()).orElse(null),
                        cal.getOrDefault(st.strategy(), Calibration.NONE)));
        }
        return new StudyTable(property, rows);
    }

    public static StudyTable of(String property, List<PairedSummary> summaries) {
        return of(property, summaries, Map.of());
    }

    public List<Row> rows() { return rows; }

    /** The column titles for people (Markdown, HTML). */
    public List<String> header() {
        String u = Units.of(property), unit = u.isEmpty() ? "" : " (" + u + ")";
        return List.of("system", "strategy", "seeds", "final MAE ± 95 % CI" + unit, "vs random (%) [95 % CI]",
                "p (Holm)", "d_z", "AUC ± 95 % CI" + unit, "AUC vs random (%)", "labels saved (%) [95 % CI]",
                "calibration ρ", "within 2σ (%) raw → recal.", "σ × 95 % raw → recal.");
    }

    /** The cells for people, row by row, matching header(). */
    public List<List<String>> cells() {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            PairedSummary.Comparison c = r.comparison();
            PairedSummary.StrategyStats st = r.stats();
            List<String> row = new ArrayList<>(List.of(r.system(), r.strategy(), Integer.toString(st.runs()),
                    plusMinus(st.finalMaeMean(), r.finalMaeHalfWidth()),
                    c == null ? "baseline" : difference(c.finalMae()),
                    c == null ? Format.NONE : Format.p(c.holmP()),
                    c == null ? Format.NONE : Format.signed(c.finalMae().dz(), 2),
                    plusMinus(st.aucMean(), r.aucHalfWidth()),
                    c == null ? Format.NONE : Format.signed(c.auc().mean(), 1),
                    c == null ? Format.NONE : labelsSaved(c.labelsSaved()),
                    Format.fixed(r.calibration().rho(), 2),
                    arrow(Format.fixed(100 * r.calibration().within2Sigma(), 0), Format.fixed(100 * r.calibration().within2SigmaRecalibrated(), 0)),
                    arrow(factor(r.calibration().widening95()), factor(r.calibration().widening95Recalibrated()))));
            out.add(row);
        }
        return out;
    }

    /** A GitHub-flavoured Markdown table; significant differences in bold. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        List<String> h = header();
        b.append(mdRow(h));
        b.append("|").append("---|".repeat(h.size())).append('\n');
        List<List<String>> cells = cells();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>(cells.get(i));
            if (rows.get(i).comparison() != null && rows.get(i).comparison().significant()) row.set(4, "**" + row.get(4) + "**");
            b.append(mdRow(row));
        }
        return b.toString();
    }

    public static final List<String> CSV_COLUMNS = List.of("system", "strategy", "seeds", "unit",
            "final_mae_mean", "final_mae_ci_low", "final_mae_ci_high",
            "vs_random_pct", "vs_random_ci_low", "vs_random_ci_high", "paired_seeds", "p", "p_holm", "significant", "d_z",
            "auc_mean", "auc_ci_low", "auc_ci_high", "auc_vs_random_pct", "auc_vs_random_ci_low", "auc_vs_random_ci_high",
            "labels_saved_pct", "labels_saved_ci_low", "labels_saved_ci_high", "seeds_needed",
            "calibration_rho", "within_2sigma", "within_2sigma_recalibrated", "widening_95", "widening_95_recalibrated");

    /** One header line, then one line per row (RFC 4180 quoting, "\n" line ends). */
    public String csv() {
        StringBuilder b = new StringBuilder(String.join(",", CSV_COLUMNS)).append('\n');
        String unit = Units.of(property);
        for (Row r : rows) {
            PairedSummary.StrategyStats st = r.stats();
            PairedSummary.Comparison c = r.comparison();
            double fh = r.finalMaeHalfWidth(), ah = r.aucHalfWidth();
            List<String> v = new ArrayList<>(List.of(r.system(), r.strategy(), Integer.toString(st.runs()), unit,
                    Format.plain(st.finalMaeMean()), Format.plain(st.finalMaeMean() - fh), Format.plain(st.finalMaeMean() + fh)));
            if (c == null) for (int i = 0; i < 8; i++) v.add("");
            else {
                PairedDifference d = c.finalMae();
                v.addAll(List.of(Format.plain(d.mean()), Format.plain(d.low()), Format.plain(d.high()), Integer.toString(d.n()),
                        Format.plain(d.p()), Format.plain(c.holmP()), Boolean.toString(c.significant()), Format.plain(d.dz())));
            }
            v.addAll(List.of(Format.plain(st.aucMean()), Format.plain(st.aucMean() - ah), Format.plain(st.aucMean() + ah)));
            if (c == null) for (int i = 0; i < 7; i++) v.add("");
            else {
                LabelsSaved l = c.labelsSaved();
                v.addAll(List.of(Format.plain(c.auc().mean()), Format.plain(c.auc().low()), Format.plain(c.auc().high()),
                        l.seeds() > 0 && !l.reached() ? "never" : Format.plain(l.percent()), Format.plain(l.low()), Format.plain(l.high()),
                        c.seedsNeeded().isPresent() ? Integer.toString(c.seedsNeeded().getAsInt()) : ""));
            }
            v.add(Format.plain(r.calibration().rho()));
            v.add(Format.plain(r.calibration().within2Sigma()));
            v.add(Format.plain(r.calibration().within2SigmaRecalibrated()));
            v.add(Format.plain(r.calibration().widening95()));
            v.add(Format.plain(r.calibration().widening95Recalibrated()));
            b.append(String.join(",", v.stream().map(StudyTable::csvField).toList())).append('\n');
        }
        return b.toString();
    }

    /** "0.0488 ± 0.0031" (3 significant digits of the mean, the half-width to the same decimals); no ± for one seed. */
    static String plusMinus(double mean, double half) {
        int d = Format.decimals3(mean);
        return Double.isNaN(half) ? Format.fixed(mean, d) : Format.fixed(mean, d) + " ± " + Format.fixed(half, d);
    }

    /** "34 → 95" (raw → recalibrated); one "—" when both are absent. */
    static String arrow(String raw, String recalibrated) {
        return raw.equals(Format.NONE) && recalibrated.equals(Format.NONE) ? Format.NONE : raw + " → " + recalibrated;
    }

    /** "×6.3", "∞", "—". */
    static String factor(double v) {
        return Double.isNaN(v) ? Format.NONE : Double.isInfinite(v) ? "∞" : "×" + Format.fixed(v, 1);
    }

    /** "−9.5 [−12.1, −6.9]", "+3.0 [1 seed]", "—" when nothing pairs. */
    static String difference(PairedDifference d) {
        if (d.n() == 0) return Format.NONE;
        String m = Format.signed(d.mean(), 1);
        return d.hasInterval() ? m + " [" + Format.signed(d.low(), 1) + ", " + Format.signed(d.high(), 1) + "]" : m + " [1 seed]";
    }

    /** "12.0 [10.4, 14.3]", "never [< 0, 1.7]", "2.0 [1 seed]". */
    static String labelsSaved(LabelsSaved l) {
        if (l.seeds() == 0) return Format.NONE;
        String p = l.reached() ? Format.fixed(l.percent(), 1) : "never";
        if (!l.hasInterval()) return p + " [1 seed]";
        return p + " [" + bound(l.low()) + ", " + bound(l.high()) + "]";
    }

    private static String bound(double v) {
        return v == Double.NEGATIVE_INFINITY ? "< 0" : Format.fixed(v, 1);
    }

    private static String mdRow(List<String> cells) {
        StringBuilder b = new StringBuilder("|");
        for (String c : cells) b.append(' ').append(c.replace("|", "\\|").replaceAll("[\r\n]+", " ")).append(" |");
        return b.append('\n').toString();
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}

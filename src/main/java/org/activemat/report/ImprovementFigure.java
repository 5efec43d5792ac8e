package org.activemat.report;

import org.activemat.engine.stats.PairedDifference;
import org.activemat.engine.study.PairedSummary;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Each strategy against random, per system: the mean paired difference in % with its 95 % CI as an error bar,
 * systems as groups along x and strategies as colours; a zero line (as good as random); negative = better.
 * Filled markers are significant (Holm-adjusted p &lt; 0.05 for final MAE), open ones are not.
 *
 * @param title     e.g. "formation_energy_per_atom, paper protocol, 5 seeds"
 * @param summaries one per system, in order (ideally after {@link PairedSummary#holmAcross})
 * @param measure   final MAE (the verdict's measure) or the area under the learning curve
 */
public record ImprovementFigure(String title, List<PairedSummary> summaries, Measure measure) implements Figure {

    public enum Measure {
        /** Final MAE, significance by Holm's p across the study: the verdict's test. */
        FINAL_MAE("final MAE vs random (%) — lower is better"),
        /** The normalised area under the learning curve (every round); significance by its own, unadjusted p. */
        AUC("AUC of MAE vs random (%) — lower is better");

        private final String axis;

        Measure(String axis) { this.axis = axis; }

        public String axisLabel() { return axis; }
    }

    public ImprovementFigure {
        summaries = List.copyOf(summaries);
        if (measure == null) measure = Measure.FINAL_MAE;
    }

    public ImprovementFigure(String title, List<PairedSummary> summaries) {
        this(title, summaries, Measure.FINAL_MAE);
    }

    /** The compared strategies (random excluded), in order of first appearance. */
    public List<String> strategies() {
        Set<String> names = new LinkedHashSet<>();
        for (PairedSummary s : summaries) for (PairedSummary.Comparison c : s.comparisons()) names.add(c.strategy());
        return List.copyOf(names);
    }

    @Override
    public void draw(Graphics2D g, double width, double height) {
        List<String> strategies = strategies();
        List<Legend.Entry> entries = new ArrayList<>();
        for (String s : strategies) entries.add(Legend.Entry.strategy(s, strategies, false));
        String sig = measure == Measure.FINAL_MAE ? "p < 0.05 after Holm" : "p < 0.05 (unadjusted)";
        entries.add(new Legend.Entry("filled: " + sig, Style.INK, false, false, StrategyPalette.Marker.CIRCLE, true));
        entries.add(new Legend.Entry("open: not significant", Style.INK, false, false, StrategyPalette.Marker.CIRCLE, false));
        String head = measure == Measure.FINAL_MAE ? "Final MAE vs random" : "Area under the learning curve vs random";
        String fullTitle = title == null || title.isEmpty() ? head : head + ": " + title;
        String note = "Bars: 95 % CI of the mean paired difference over seeds; 0 % = as good as random.";
        Rectangle2D plot = FigureLayout.frame(g, width, height, fullTitle, new Legend(entries), 1, note).get(0);
        if (strategies.isEmpty()) {
            FigureLayout.empty(g, plot, "no strategy to compare with random");
            return;
        }

        double lo = 0, hi = 0;
        for (PairedSummary s : summaries)
            for (PairedSummary.Comparison c : s.comparisons()) {
                PairedDifference d = difference(c);
                for (double v : new double[]{d.mean(), d.low(), d.high()})
                    if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
            }
        List<String> systems = summaries.stream().map(PairedSummary::system).toList();
        PlotArea area = new PlotArea(Axis.categories(systems), Axis.fit(lo, hi, true), "", "", measure.axisLabel());
        area.layout(plot);
        area.drawGrid(g, false);
        area.drawHorizontal(g, 0, Style.ZERO);

        double slot = area.px(1) - area.px(0), step = Math.min(slot * 0.7 / Math.max(1, strategies.size()), 22);
        double cap = Math.min(step * 0.5, 6), size = Math.min(Style.MARKER * 1.3, step * 0.6);
        Shape clip = area.clip(g);
        for (int i = 0; i < summaries.size(); i++)
            for (PairedSummary.Comparison c : summaries.get(i).comparisons()) {
                PairedDifference d = difference(c);
                if (d.n() == 0 || !Double.isFinite(d.mean())) continue;
                int k = strategies.indexOf(c.strategy());
                double x = area.px(i) + (k - (strategies.size() - 1) / 2.0) * step;
                StrategyPalette.Look look = StrategyPalette.look(c.strategy(), strategies);
                Color color = look.color();
                if (d.hasInterval()) Marks.errorBar(g, x, area.py(d.low()), area.py(d.high()), color, cap);
                Marks.marker(g, x, area.py(d.mean()), look.marker(), color, significant(c, d), size);
            }
        area.restoreClip(g, clip);
        area.drawAxes(g);
    }

    private PairedDifference difference(PairedSummary.Comparison c) {
        return measure == Measure.AUC ? c.auc() : c.finalMae();
    }

    private boolean significant(PairedSummary.Comparison c, PairedDifference d) {
        if (!d.hasInterval()) return false;
        return measure == Measure.AUC ? d.p() < 0.05 : c.significant();
    }
}

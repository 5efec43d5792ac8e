package org.activemat.report;

import org.activemat.engine.data.Units;
import org.activemat.engine.stats.LabelsSaved;
import org.activemat.engine.study.PairedSummary;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A parameter sweep: per strategy, a measure against the setting's values (in the order given), one panel per
 * system, one legend. Final MAE and AUC are mean ± 95 % t-interval over each strategy's runs; labels saved is the
 * point with its bootstrap interval (random has none). Strategies are spread a little along x so bars do not hide
 * each other.
 *
 * @param target   the property learnt, for the unit
 * @param protocol for the title, e.g. "paper protocol, 5 seeds"
 * @param points   every (system, value) with its summary; all of one setting
 */
public record SweepFigure(String target, String protocol, List<SweepPoint> points, Measure measure) implements Figure {

    public enum Measure { FINAL_MAE, AUC, LABELS_SAVED }

    public SweepFigure {
        points = List.copyOf(points);
        if (measure == null) measure = Measure.FINAL_MAE;
        if (points.stream().map(SweepPoint::setting).distinct().count() > 1)
            throw new IllegalArgumentException("a sweep figure shows one setting, got " + points.stream().map(SweepPoint::setting).distinct().toList());
    }

    public SweepFigure(String target, String protocol, List<SweepPoint> points) {
        this(target, protocol, points, Measure.FINAL_MAE);
    }

    public SweepFigure withMeasure(Measure m) {
        return new SweepFigure(target, protocol, points, m);
    }

    public String setting() {
        return points.isEmpty() ? "setting" : points.get(0).setting();
    }

    public String title() {
        String what = switch (measure) {
            case FINAL_MAE -> "final MAE";
            case AUC -> "area under the learning curve";
            case LABELS_SAVED -> "labels saved vs random";
        };
        String t = "Sweep of " + setting() + ": " + what;
        return protocol == null || protocol.isEmpty() ? t : t + " (" + protocol + ")";
    }

    public String yLabel() {
        return switch (measure) {
            case FINAL_MAE -> Units.label("final MAE", target);
            case AUC -> Units.label("AUC of MAE", target);
            case LABELS_SAVED -> "labels saved vs random (%) — higher is better";
        };
    }

    public List<String> systems() { return distinct(points.stream().map(SweepPoint::system).toList()); }

    public List<String> values() { return distinct(points.stream().map(SweepPoint::value).toList()); }

    /** The strategies drawn, in order of first appearance (random not for labels saved). */
    public List<String> strategies() {
        List<String> names = new ArrayList<>();
        for (SweepPoint p : points)
            for (PairedSummary.StrategyStats s : p.summary().strategies())
                if (!(measure == Measure.LABELS_SAVED && s.strategy().equals(p.summary().baseline()))) names.add(s.strategy());
        return distinct(names);
    }

    @Override
    public void draw(Graphics2D g, double width, double height) {
        List<String> strategies = strategies(), systems = systems(), values = values();
        List<Legend.Entry> entries = new ArrayList<>();
        for (String s : strategies) entries.add(Legend.Entry.strategy(s, strategies, true));
        String note = anyNever() ? "▽ on the lower edge: never reached random's final MAE within the schedule" : null;
        List<Rectangle2D> panels = FigureLayout.frame(g, width, height, title(), new Legend(entries), Math.max(1, systems.size()), note);
        if (points.isEmpty() || strategies.isEmpty()) {
            FigureLayout.empty(g, panels.get(0), "no sweep result to plot");
            return;
        }
        for (int i = 0; i < systems.size(); i++) panel(g, panels.get(i), systems.get(i), strategies, values);
    }

    /** True when labels saved are shown and some strategy never reached random's final MAE (a NaN point). */
    private boolean anyNever() {
        if (measure != Measure.LABELS_SAVED) return false;
        return points.stream().flatMap(p -> p.summary().comparisons().stream())
                .anyMatch(c -> c.labelsSaved().seeds() > 0 && !c.labelsSaved().reached());
    }

    /** Draws one system's panel; a "never" is drawn as an open ▽ on the floor. */
    private void panel(Graphics2D g, Rectangle2D box, String system, List<String> strategies, List<String> values) {
        double[][][] v = new double[strategies.size()][values.size()][];   // {mean, low, high}, or null
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (SweepPoint p : points) {
            if (!p.system().equals(system)) continue;
            for (int k = 0; k < strategies.size(); k++) {
                double[] e = estimate(p.summary(), strategies.get(k));
                if (e == null) continue;
                v[k][values.indexOf(p.value())] = e;
                for (double d : e) if (Double.isFinite(d)) { lo = Math.min(lo, d); hi = Math.max(hi, d); }
            }
        }
        boolean floorUsed = false;   // a "never" point or a "< 0" bound: leave a strip below 0 for them
        for (double[][] row : v) for (double[] e : row) floorUsed |= e != null && (Double.isNaN(e[0]) || e[1] == Double.NEGATIVE_INFINITY);
        if (measure == Measure.LABELS_SAVED) {
            lo = Math.min(lo, 0);
            hi = Math.max(hi, 0);
            if (floorUsed) lo = Math.min(lo, -0.08 * (hi - lo));
        }
        PlotArea area = new PlotArea(Axis.categories(values), Axis.fit(lo, hi, measure == Measure.LABELS_SAVED),
                system, setting(), yLabel());
        area.layout(box);
        area.drawGrid(g, false);
        if (measure == Measure.LABELS_SAVED) area.drawHorizontal(g, 0, Style.ZERO);
        double slot = area.px(1) - area.px(0), step = Math.min(slot * 0.5 / Math.max(1, strategies.size()), 10);
        double floor = area.inner().getMaxY() - Style.MARKER;
        Shape clip = area.clip(g);
        for (int k = 0; k < strategies.size(); k++) {
            StrategyPalette.Look look = StrategyPalette.look(strategies.get(k), strategies);
            double[] xs = new double[values.size()], ys = new double[values.size()];
            for (int j = 0; j < values.size(); j++) {
                xs[j] = area.px(j) + (k - (strategies.size() - 1) / 2.0) * step;
                ys[j] = v[k][j] == null || !Double.isFinite(v[k][j][0]) ? Double.NaN : area.py(v[k][j][0]);
            }
            Marks.line(g, xs, ys, Style.translucent(look.color(), 0.7), look.dashed());
            for (int j = 0; j < values.size(); j++) {
                double[] e = v[k][j];
                if (e == null) continue;
                if (!Double.isNaN(e[1]) && !Double.isNaN(e[2]))
                    Marks.errorBar(g, xs[j], area.py(e[1]), area.py(e[2]), look.color(), Math.min(step * 0.8, 5));
                if (Double.isNaN(ys[j])) {   // labels saved "never": on the floor, open
                    Marks.marker(g, xs[j], floor, StrategyPalette.Marker.TRIANGLE_DOWN, look.color(), false, Style.MARKER);
                } else Marks.marker(g, xs[j], ys[j], look.marker(), look.color(), true, Style.MARKER);
            }
        }
        area.restoreClip(g, clip);
        area.drawAxes(g);
    }

    /** {value, low, high} of one strategy in one summary; null when it has no result there. */
    private double[] estimate(PairedSummary s, String strategy) {
        if (measure == Measure.LABELS_SAVED) {
            Optional<PairedSummary.Comparison> c = s.comparison(strategy);
            if (c.isEmpty() || c.get().labelsSaved().seeds() == 0) return null;
            LabelsSaved l = c.get().labelsSaved();
            return new double[]{l.percent(), l.low(), l.high()};
        }
        Optional<PairedSummary.StrategyStats> st = s.stats(strategy);
        if (st.isEmpty()) return null;
        PairedSummary.StrategyStats x = st.get();
        double mean = measure == Measure.AUC ? x.aucMean() : x.finalMaeMean();
        double h = Interval.halfWidth(measure == Measure.AUC ? x.aucStd() : x.finalMaeStd(), x.runs());
        return new double[]{mean, mean - h, mean + h};
    }

    private static List<String> distinct(List<String> names) {
        Set<String> s = new LinkedHashSet<>(names);
        return List.copyOf(s);
    }
}

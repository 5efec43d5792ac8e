package org.activemat.report;

import org.activemat.engine.data.Units;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.ExperimentSummary;
import org.activemat.engine.stats.LearningCurve;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The paper's figure: one panel per system (one row for up to 3, 2 × 2 for 4), each with the mean MAE against the
 * label count per strategy and its 95 % band over seeds (mean ± t_{0.975, n−1}·std/√n; no band for one seed), the
 * system as panel title, the target's unit on the y axis; one legend for the whole figure and a title naming the
 * target and the protocol.
 *
 * @param target   the property learnt (formation_energy_per_atom), for the title and the unit
 * @param protocol e.g. "paper protocol, 5 seeds"
 * @param systems  the panels, in order
 * @param logY     a log MAE axis (curves that fall by an order of magnitude)
 */
public record LearningCurvesFigure(String target, String protocol, List<SystemCurves> systems, boolean logY) implements Figure {

    /** One panel: a system's name and its strategies' curves, in strategy order. */
    public record SystemCurves(String system, List<LearningCurve> curves) {
        public SystemCurves {
            curves = List.copyOf(curves);
        }

        /** The curves of one experiment, as the summary gives them (plan order, finished runs only). */
        public static SystemCurves of(String system, ExperimentResult result) {
            return new SystemCurves(system, List.copyOf(ExperimentSummary.of(result).curves().values()));
        }
    }

    public LearningCurvesFigure {
        systems = List.copyOf(systems);
    }

    public LearningCurvesFigure(String target, String protocol, List<SystemCurves> systems) {
        this(target, protocol, systems, false);
    }

    public LearningCurvesFigure withLogY(boolean log) {
        return new LearningCurvesFigure(target, protocol, systems, log);
    }

    public String title() {
        String t = "Learning curves: " + (target == null || target.isEmpty() ? "MAE" : target);
        return protocol == null || protocol.isEmpty() ? t : t + " (" + protocol + ")";
    }

    /** Every strategy of every panel, in order of first appearance: the shared legend. */
    public List<String> strategies() {
        Set<String> names = new LinkedHashSet<>();
        for (SystemCurves s : systems) for (LearningCurve c : s.curves()) names.add(c.strategy());
        return List.copyOf(names);
    }

    @Override
    public void draw(Graphics2D g, double width, double height) {
        List<String> strategies = strategies();
        List<Legend.Entry> entries = new ArrayList<>();
        for (String s : strategies) entries.add(Legend.Entry.strategy(s, strategies, true));
        boolean anyBand = systems.stream().flatMap(s -> s.curves().stream()).anyMatch(c -> c.seeds() >= 2);
        if (anyBand) entries.add(new Legend.Entry("band: 95 % CI over seeds", Style.translucent(Style.FRAME, 0.3), false, false, null, true));
        List<Rectangle2D> panels = FigureLayout.frame(g, width, height, title(), new Legend(entries), Math.max(1, systems.size()));
        if (systems.isEmpty()) {
            FigureLayout.empty(g, panels.get(0), "no finished run to plot");
            return;
        }
        String yLabel = Units.label("MAE", target), xLabel = "labelled structures";
        for (int i = 0; i < systems.size(); i++) panel(g, panels.get(i), systems.get(i), strategies, xLabel, yLabel);
    }

    private void panel(Graphics2D g, Rectangle2D box, SystemCurves sc, List<String> strategies, String xLabel, String yLabel) {
        if (sc.curves().isEmpty()) {
            FigureLayout.empty(g, box, sc.system() + ": no finished run");
            return;
        }
        double xmin = Double.POSITIVE_INFINITY, xmax = Double.NEGATIVE_INFINITY;
        double ymin = Double.POSITIVE_INFINITY, ymax = Double.NEGATIVE_INFINITY;
        List<double[][]> bands = new ArrayList<>();
        for (LearningCurve c : sc.curves()) {
            double[][] b = band(c);
            bands.add(b);
            for (int r = 0; r < c.labelled().length; r++) {
                xmin = Math.min(xmin, c.labelled()[r]);
                xmax = Math.max(xmax, c.labelled()[r]);
                for (double v : new double[]{c.maeMean()[r], b[0][r], b[1][r]})
                    if (Double.isFinite(v) && (!logY || v > 0)) { ymin = Math.min(ymin, v); ymax = Math.max(ymax, v); }
            }
        }
        double xpad = (xmax - xmin) * 0.03;
        Axis x = Axis.range(xmin - xpad, xmax + xpad);
        Axis y = logY ? Axis.log(ymin, ymax) : Axis.fit(ymin, ymax, false);
        PlotArea area = new PlotArea(x, y, sc.system(), xLabel, yLabel);
        area.layout(box);
        area.drawGrid(g, true);
        Shape clip = area.clip(g);
        for (int k = 0; k < sc.curves().size(); k++) {   // all bands first, so no band covers a line
            LearningCurve c = sc.curves().get(k);
            Marks.band(g, xs(area, c), ys(area, bands.get(k)[0]), ys(area, bands.get(k)[1]), StrategyPalette.look(c.strategy(), strategies).color());
        }
        for (LearningCurve c : sc.curves()) {
            StrategyPalette.Look look = StrategyPalette.look(c.strategy(), strategies);
            double[] px = xs(area, c), py = ys(area, c.maeMean());
            Marks.line(g, px, py, look.color(), look.dashed());
            for (int r = 0; r < px.length; r++)
                if (Double.isFinite(py[r])) Marks.marker(g, px[r], py[r], look.marker(), look.color(), true, Style.MARKER);
        }
        area.restoreClip(g, clip);
        area.drawAxes(g);
    }

    /** {lower, upper} of the 95 % band per round; NaN (no band) for fewer than 2 seeds. */
    static double[][] band(LearningCurve c) {
        int n = c.maeMean().length;
        double[][] b = new double[2][n];
        for (int r = 0; r < n; r++) {
            double h = Interval.halfWidth(c.maeStd()[r], c.seeds());
            b[0][r] = c.maeMean()[r] - h;
            b[1][r] = c.maeMean()[r] + h;
        }
        return b;
    }

    private static double[] xs(PlotArea a, LearningCurve c) {
        double[] out = new double[c.labelled().length];
        for (int i = 0; i < out.length; i++) out[i] = a.px(c.labelled()[i]);
        return out;
    }

    private static double[] ys(PlotArea a, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < out.length; i++) out[i] = Double.isNaN(v[i]) ? Double.NaN : a.py(v[i]);
        return out;
    }
}

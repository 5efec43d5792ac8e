package org.activemat.ui.run;

import org.activemat.ui.common.chart.ChartView;
import org.activemat.ui.common.chart.FxColors;
import org.activemat.ui.common.chart.StrategyColors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The learning curves as a chart draws them: per strategy, the chosen metric's mean with its band, on a linear or a
 * log axis (log10 of the values, which the chart labels with the values), and the hover text of each point in the
 * values themselves. One seed gives no band, and the legend's seed count is the one the band is made of.
 */
public final class CurveLines {
    private CurveLines() {}

    public static List<ChartView.Line> of(List<CurveSeries> series, CurveMetric metric, Bands bands, boolean log) {
        boolean inLog = log && metric.allowsLog();
        List<ChartView.Line> out = new ArrayList<>();
        for (CurveSeries c : series) {
            int n = c.rounds();
            double[] x = new double[n], y = new double[n], lo = new double[n], hi = new double[n];
            double[] mean = metric.mean(c), std = metric.std(c);
            for (int i = 0; i < n; i++) {
                x[i] = c.labels()[i];
                double h = bands.halfWidth(std[i], c.seedsPerRound()[i]);
                h = Double.isNaN(h) ? 0 : h;   // no band: the bounds collapse onto the mean
                y[i] = scale(mean[i], inLog);
                // a band reaching below zero cannot be drawn on a log axis: it stops at a tenth of the mean
                lo[i] = scale(inLog ? Math.max(mean[i] - h, mean[i] / 10) : mean[i] - h, inLog);
                hi[i] = scale(mean[i] + h, inLog);
            }
            String name = c.strategy() + " " + Bands.seedCount(c.seedsPerRound());
            out.add(new ChartView.Line(name, x, y, lo, hi, FxColors.of(StrategyColors.argb(c.strategy())),
                    StrategyColors.dashed(c.strategy())));
        }
        return out;
    }

    private static double scale(double v, boolean log) { return log ? Math.log10(v) : v; }

    /** "diversity at 60 labels: MAE 0.0801 eV/atom, 95 % interval 0.071 … 0.089 (3 seeds)". */
    public static String describe(CurveSeries c, int i, CurveMetric metric, Bands bands, String unit) {
        double m = metric.mean(c)[i], h = bands.halfWidth(metric.std(c)[i], c.seedsPerRound()[i]);
        int seeds = c.seedsPerRound()[i];
        String u = metric.hasUnit() && unit != null && !unit.isEmpty() ? " " + unit : "";
        String spread = Double.isNaN(h) ? "" : bands == Bands.STD
                ? String.format(Locale.ROOT, " ± %.3g", h)
                : String.format(Locale.ROOT, ", 95 %% interval %.3g … %.3g", m - h, m + h);
        return String.format(Locale.ROOT, "%s at %d labels: %s %.4g%s%s (%d %s)", c.strategy(), c.labels()[i], metric.label(), m,
                u, spread, seeds, seeds == 1 ? "seed" : "seeds");
    }
}

package org.activemat.ui.common.chart;

import java.util.List;
import java.util.Set;

/**
 * What a chart shows at one moment, frozen: its series, titles, visible range and hidden series, and its size on
 * screen. The screen paints it every frame; a PNG or SVG paints the same picture on a worker thread while the live
 * chart goes on changing.
 *
 * @param range  the visible data range {x0, x1, y0, y1}
 * @param hidden the series hidden by a click on their legend row, by {@link #key} of their name
 * @param hover  the main-series point under the cursor, or -1 (a saved chart has none)
 * @param logY   the y data are log10 of the values (the axis is labelled with the values)
 */
public record ChartPicture(String title, String xLabel, String yLabel, String emptyMessage, List<ChartView.Points> points,
                           List<ChartView.Line> lines, ChartView.Bars bars, ChartView.ColorBar colorBar, boolean showDiagonal,
                           int[] highlighted, int selected, int hover, double[] range, Set<String> hidden,
                           boolean logY, double width, double height) {

    public ChartPicture {
        points = List.copyOf(points);
        lines = List.copyOf(lines);
        highlighted = highlighted.clone();
        range = range.clone();
        hidden = Set.copyOf(hidden);
    }

    /** A series' name without its "(n seeds)": what stays the same while a live run adds seeds. */
    static String key(String name) { return name == null ? "" : name.replaceAll(" \\([^)]*\\)$", ""); }

    boolean isHidden(String name) { return name != null && !name.isEmpty() && hidden.contains(key(name)); }

    boolean isEmpty() { return points.isEmpty() && lines.isEmpty() && bars == null; }

    /** The same picture without the cursor's ring: what a file or the clipboard gets. */
    ChartPicture withoutHover() {
        return new ChartPicture(title, xLabel, yLabel, emptyMessage, points, lines, bars, colorBar, showDiagonal,
                highlighted, selected, -1, range, hidden, logY, width, height);
    }
}

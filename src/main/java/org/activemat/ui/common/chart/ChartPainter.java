package org.activemat.ui.common.chart;

import org.activemat.ui.common.chart.ChartCanvas.Align;
import org.activemat.ui.common.chart.ChartCanvas.Baseline;

import java.util.ArrayList;
import java.util.List;

/**
 * Paints a chart picture on any canvas: the screen's, a PNG's or an SVG's. The frame, title, axes, series, legend and
 * colour bar are laid out here once, so the margins the hit tests use (plotArea) are the ones drawn.
 */
final class ChartPainter {
    private ChartPainter() {}

    private static final double LEFT = 70, RIGHT_PAD = 16, TOP = 30, BOTTOM = 46;

    /** Where the painted legend went, and its rows (for clicks on the screen). */
    record Painted(LegendPlacement.Corner legendCorner, List<LegendPainter.Entry> legendRows) {
        static final Painted NOTHING = new Painted(null, List.of());
    }

    /** Sets v's plot rectangle for a chart of width × height: the chart less its margins and the colour bar. */
    static Viewport plotArea(Viewport v, double width, double height, boolean colorBar) {
        v.setPlot(LEFT, TOP, width - RIGHT_PAD - (colorBar ? ColorBarPainter.WIDTH : 0), height - BOTTOM);
        return v;
    }

    /** A generous mean width of a character of the 13 px message font: a narrow chart wraps its message, never cuts it. */
    private static final double EMPTY_CHAR_WIDTH = 7.2;

    /** Generous mean widths of a character of the 12 px and 11 px title fonts. */
    private static final double TITLE_CHAR_12 = 6.9, TITLE_CHAR_11 = 6.3;

    /**
     * The title above the plot: one line at 12 px when it fits, else on two lines at 11 px (a narrow chart, e.g. with
     * the guide docked), every word kept: a saved SVG holds the whole title whatever the chart's width.
     */
    private static void title(ChartCanvas g, String title, double pl, double pt, double w) {
        g.fill(0xff222222);
        g.textAlign(Align.LEFT);
        g.textBaseline(Baseline.CENTER);
        if (title.length() <= (int) ((w - pl - 4) / TITLE_CHAR_12)) {
            g.font(12);
            g.fillText(title, pl, pt / 2);
            return;
        }
        java.util.List<String> lines = wrap(title, (int) ((w - pl - 4) / TITLE_CHAR_11));
        String first = lines.get(0), rest = String.join(" ", lines.subList(1, lines.size()));
        g.font(11);
        g.fillText(first, pl, pt / 2 - 6.5);
        g.fillText(rest, pl, pt / 2 + 6.5);
    }

    /** Words into lines of at most maxChars (a longer word stands alone). */
    static java.util.List<String> wrap(String text, int maxChars) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > Math.max(1, maxChars)) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Paints p into [0, w] × [0, h]; raster keeps the point image between frames. */
    static Painted paint(ChartPicture p, ChartCanvas g, double w, double h, PointRaster raster) {
        g.fill(0xffffffff);
        g.fillRect(0, 0, w, h);
        Viewport v = new Viewport();
        v.setRange(p.range());
        plotArea(v, w, h, p.colorBar() != null);
        double pl = v.left, pt = v.top, pr = v.right, pb = v.bottom;
        if (pr - pl < 20 || pb - pt < 20) return Painted.NOTHING;
        if (p.isEmpty()) {
            g.fill(0xff777777);
            g.font(13);
            g.textAlign(Align.CENTER);
            g.textBaseline(Baseline.CENTER);
            java.util.List<String> lines = wrap(p.emptyMessage(), (int) ((w - 24) / EMPTY_CHAR_WIDTH));
            for (int i = 0; i < lines.size(); i++) g.fillText(lines.get(i), w / 2, h / 2 + (i - (lines.size() - 1) / 2.0) * 17);
            return Painted.NOTHING;
        }
        title(g, p.title(), pl, pt, w);
        AxesPainter.draw(g, v, p.xLabel(), p.yLabel(), h, p.logY());
        g.save();
        g.clipRect(pl, pt, pr - pl, pb - pt);
        if (p.showDiagonal()) SeriesPainter.diagonal(g, v);
        if (p.bars() != null) SeriesPainter.bars(g, v, p.bars());
        raster.draw(g, p.points(), v);
        for (ChartView.Line l : p.lines()) if (!p.isHidden(l.name())) SeriesPainter.line(g, v, l);
        if (!p.points().isEmpty()) SeriesPainter.marks(g, v, p.points().get(0), p.highlighted(), p.selected(), p.hover());
        g.restore();
        g.stroke(0xff666666);
        g.lineWidth(1);
        g.strokeRect(pl + 0.5, pt + 0.5, pr - pl - 1, pb - pt - 1);
        List<LegendPainter.Entry> rows = new ArrayList<>();
        LegendPlacement.Corner corner = LegendPainter.draw(g, v, p.lines(), p.points(), p::isHidden, rows);
        if (p.colorBar() != null) ColorBarPainter.draw(g, p.colorBar(), v, w);
        return new Painted(corner, rows);
    }
}

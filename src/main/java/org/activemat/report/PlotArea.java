package org.activemat.report;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * One panel: a title, a frame with ticks, grid lines and tick labels, and the axis labels; it maps data values to
 * figure points. Laid out from the space it is given: the margins make room for the measured tick labels, so
 * nothing overlaps or leaves the panel. Use: layout, drawGrid, then the data (clipped to inner()), then drawAxes.
 */
final class PlotArea {
    private static final double TICK = 3, GAP = 3;

    private final Axis x, y;
    private final String title, xLabel, yLabel;
    private Rectangle2D outer, inner;
    private List<Axis.Tick> xTicks, yTicks;
    private List<String> yLines = List.of();

    PlotArea(Axis x, Axis y, String title, String xLabel, String yLabel) {
        this.x = x;
        this.y = y;
        this.title = title == null ? "" : title;
        this.xLabel = xLabel == null ? "" : xLabel;
        this.yLabel = yLabel == null ? "" : yLabel;
    }

    /** Fits the panel into outer and returns the plotting rectangle inside its margins. */
    Rectangle2D layout(Rectangle2D outer) {
        this.outer = outer;
        double tickH = Text.height(Style.TICK), labelH = Text.height(Style.LABEL);
        double top = title.isEmpty() ? tickH / 2 + 2 : Text.height(Style.PANEL_TITLE) + 4;
        double bottom = TICK + GAP + tickH + (xLabel.isEmpty() ? 2 : GAP + labelH + 1);
        // y ticks first (their labels set the left margin), then x ticks from the width that is left
        yTicks = y.ticks(Math.max(2, (int) Math.round((outer.getHeight() - top - bottom) / 30)));
        double yLabelW = 0;
        for (Axis.Tick t : yTicks) yLabelW = Math.max(yLabelW, Text.width(Style.TICK, t.label()));
        // a long y label takes two lines rather than running off the panel
        yLines = yLabel.isEmpty() ? List.of() : Text.wrap(yLabel, Style.LABEL, outer.getHeight() - top - bottom + 8, 2);
        double left = (yLines.isEmpty() ? 2 : yLines.size() * labelH + GAP + 1) + yLabelW + GAP + TICK;
        double right = 4;
        double w = Math.max(10, outer.getWidth() - left - right);
        xTicks = fitXTicks(w);
        if (!xTicks.isEmpty()) {   // the last tick label is centred on the right edge: keep its half inside
            Axis.Tick last = xTicks.get(xTicks.size() - 1);
            double overhang = Text.width(Style.TICK, last.label()) / 2 - (w - x.map(last.value(), 0, w));
            right = Math.max(right, overhang + 1);
        }
        inner = new Rectangle2D.Double(outer.getX() + left, outer.getY() + top,
                Math.max(10, outer.getWidth() - left - right), Math.max(10, outer.getHeight() - top - bottom));
        return inner;
    }

    /** As many x ticks as fit with room between their labels. */
    private List<Axis.Tick> fitXTicks(double width) {
        List<Axis.Tick> ticks = List.of();
        for (int target = 6; target >= 2; target--) {
            ticks = x.ticks(target);
            double total = 0;
            for (Axis.Tick t : ticks) total += Text.width(Style.TICK, t.label()) + 8;
            if (total <= width) break;
        }
        return ticks;
    }

    Rectangle2D inner() { return inner; }

    double px(double value) { return x.map(value, inner.getMinX(), inner.getMaxX()); }

    /** The y position; values beyond a log axis's reach (≤ 0) land just below the frame, never at ±∞. */
    double py(double value) {
        double top = inner.getMinY(), bottom = inner.getMaxY(), h = inner.getHeight();
        if (y.isLog() && !(value > 0)) return bottom + h;
        double p = y.map(value, bottom, top);
        return Math.max(top - 10 * h, Math.min(bottom + 10 * h, p));
    }

    Axis xAxis() { return x; }

    Axis yAxis() { return y; }

    /** The light grid lines at the y ticks (and x ticks unless categorical spacing makes them noise). */
    void drawGrid(Graphics2D g, boolean vertical) {
        g.setColor(Style.GRID);
        g.setStroke(Style.solid(Style.THIN * 0.8f));
        for (Axis.Tick t : yTicks) g.draw(new Line2D.Double(inner.getMinX(), py(t.value()), inner.getMaxX(), py(t.value())));
        if (vertical)
            for (Axis.Tick t : xTicks) g.draw(new Line2D.Double(px(t.value()), inner.getMinY(), px(t.value()), inner.getMaxY()));
    }

    /** A horizontal reference line across the panel (e.g. 0 % = as good as random). */
    void drawHorizontal(Graphics2D g, double value, java.awt.Color color) {
        if (value < y.min() || value > y.max()) return;
        g.setColor(color);
        g.setStroke(Style.solid(Style.THIN * 1.3f));
        g.draw(new Line2D.Double(inner.getMinX(), py(value), inner.getMaxX(), py(value)));
    }

    /** Clips g to the plotting rectangle; returns the old clip for restoreClip. */
    Shape clip(Graphics2D g) {
        Shape old = g.getClip();
        g.clip(inner);
        return old;
    }

    void restoreClip(Graphics2D g, Shape old) {
        g.setClip(old);
    }

    /** The frame, ticks, tick labels, axis labels and the panel title. */
    void drawAxes(Graphics2D g) {
        g.setColor(Style.FRAME);
        g.setStroke(Style.solid(Style.THIN));
        g.draw(inner);
        double bottom = inner.getMaxY(), left = inner.getMinX();
        for (Axis.Tick t : xTicks) {
            double p = px(t.value());
            g.setColor(Style.FRAME);
            g.draw(new Line2D.Double(p, bottom, p, bottom + TICK));
            g.setColor(Style.INK);
            Text.draw(g, t.label(), Style.TICK, p, bottom + TICK + GAP, 0.5, 0);
        }
        for (Axis.Tick t : yTicks) {
            double p = py(t.value());
            g.setColor(Style.FRAME);
            g.draw(new Line2D.Double(left - TICK, p, left, p));
            g.setColor(Style.INK);
            Text.draw(g, t.label(), Style.TICK, left - TICK - GAP, p, 1, 0.5);
        }
        if (!xLabel.isEmpty())
            Text.draw(g, Text.fit(xLabel, Style.LABEL, outer.getWidth()), Style.LABEL, inner.getCenterX(), outer.getMaxY() - 1, 0.5, 1);
        double labelH = Text.height(Style.LABEL);
        for (int i = 0; i < yLines.size(); i++)
            Text.drawUp(g, yLines.get(i), Style.LABEL, outer.getMinX() + 1 + i * labelH, inner.getCenterY(), 0.5, 0);
        if (!title.isEmpty())
            Text.draw(g, Text.fit(title, Style.PANEL_TITLE, inner.getWidth()), Style.PANEL_TITLE, inner.getCenterX(), outer.getMinY(), 0.5, 0);
    }
}

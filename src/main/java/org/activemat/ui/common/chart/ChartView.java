package org.activemat.ui.common.chart;

import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * A 2-D chart drawn on a Canvas: scatter points (tens of thousands, rasterised into one image so pan, zoom and
 * hover stay smooth), lines with ±std bands, histogram bars, a legend and an optional colour bar. This class holds the
 * content and the interaction; the viewport maps data to pixels, the painters draw, PointHits finds the point under
 * the cursor.
 * Drag pans, the wheel zooms about the cursor, double-click resets the view. The first point series is the
 * "main" one: hover shows its info text, a click reports its index.
 */
public class ChartView extends Region {
    /** Points in data coordinates; argb per point (or a single colour when argb has length 1). */
    public record Points(String name, double[] x, double[] y, int[] argb, double size, boolean outlined) {
        public int count() { return x.length; }
    }

    /** A polyline; lo/hi (optional, may be null) draw a translucent band around it. */
    public record Line(String name, double[] x, double[] y, double[] lo, double[] hi, Color color, boolean dashed) {}

    /** Histogram bars: edges.length == counts.length + 1. */
    public record Bars(double[] edges, double[] counts, Color color) {}

    public record ColorBar(String label, double min, double max) {}

    /** The hover text of vertex i of the l-th line added (e.g. its mean ± interval and seed count). */
    public interface LineInfo {
        String at(int line, int vertex);
    }

    private final Canvas canvas = new Canvas();
    private final ChartCanvas screen = new FxChartCanvas(canvas.getGraphicsContext2D());
    private final Label hoverLabel = new Label();
    private final List<Points> points = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private Bars bars;
    private ColorBar colorBar;
    private String title = "", xLabel = "", yLabel = "";
    private String emptyMessage = "";
    private boolean showDiagonal;
    private LegendPlacement.Corner legendCorner;
    private int[] highlighted = new int[0];
    private int selected = -1;
    /** Series hidden by a click on their legend row, by name without its "(n seeds)": kept across live redraws. */
    private final java.util.Set<String> hidden = new java.util.HashSet<>();
    private final List<LegendPainter.Entry> legendHits = new ArrayList<>();

    private final Viewport view = new Viewport();
    private final PointRaster raster = new PointRaster();
    private boolean userView;
    private int hover = -1;
    private double pressX, pressY;
    private double[] pressRange;
    private boolean dragged;
    private boolean redrawQueued;
    private IntFunction<String> info = i -> "#" + i;
    /** What hovering vertex i of line l shows; null: curves show nothing on hover. */
    private LineInfo lineInfo;
    private boolean logY;
    private IntConsumer onPointClicked = i -> {};

    public ChartView() {
        getStyleClass().add("chart-view");
        getChildren().addAll(canvas, hoverLabel);
        hoverLabel.setManaged(false);
        hoverLabel.setVisible(false);
        hoverLabel.setMouseTransparent(true);
        hoverLabel.setStyle("-fx-background-color: rgba(255,255,255,0.95); -fx-border-color: #888; -fx-padding: 3 6 3 6;"
                + " -fx-font-size: 11px;");
        setMinSize(200, 150);
        setPrefSize(500, 380);
        canvas.widthProperty().addListener(o -> requestRedraw());
        canvas.heightProperty().addListener(o -> requestRedraw());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            setHover(-1, 0, 0);
            hoverLabel.setVisible(false);   // a curve's hover text too
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onRelease);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        ChartMenu.attach(this);
    }

    // ---- content -------------------------------------------------------------------------------------------

    public void setTitles(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        requestRedraw();
    }

    public void setEmptyMessage(String message) { emptyMessage = message; requestRedraw(); }

    public void clear() {
        points.clear();
        lines.clear();
        bars = null;
        colorBar = null;
        highlighted = new int[0];
        selected = -1;
        setHover(-1, 0, 0);
        if (!userView) fit();
        requestRedraw();
    }

    public void addPoints(Points p) { points.add(p); afterChange(); }

    public void addLine(Line l) { lines.add(l); afterChange(); }

    public void setBars(Bars b) { bars = b; afterChange(); }

    public void setColorBar(ColorBar c) { colorBar = c; requestRedraw(); }

    public void setShowDiagonal(boolean on) { showDiagonal = on; requestRedraw(); }

    /** Indices of the main series drawn with a ring (e.g. the latest batch). */
    public void setHighlighted(int[] indices) { highlighted = indices.clone(); requestRedraw(); }

    /** One point of the main series drawn as selected, or -1. */
    public void setSelected(int index) { selected = index; requestRedraw(); }

    public void setInfo(IntFunction<String> info) { this.info = info; }

    public void setLineInfo(LineInfo info) { this.lineInfo = info; }

    /** The y data given are log10 of the values: the axis is labelled with the values at 1, 2, 5 × 10^k. */
    public void setLogY(boolean log) { logY = log; requestRedraw(); }

    public boolean isLogY() { return logY; }

    public void setOnPointClicked(IntConsumer c) { onPointClicked = c; }

    public List<Points> pointSeries() { return List.copyOf(points); }

    public List<Line> lineSeries() { return List.copyOf(lines); }

    /** Number of points in all point series: what a test or a status line can check. */
    public int pointCount() { return points.stream().mapToInt(Points::count).sum(); }

    /** Back to the view that fits all data. */
    public void resetView() {
        userView = false;
        fit();
        requestRedraw();
    }

    private void afterChange() {
        if (!userView) fit();
        requestRedraw();
    }

    private void fit() { view.fit(points, lines, bars, showDiagonal); }

    // ---- layout and drawing --------------------------------------------------------------------------------

    @Override protected void layoutChildren() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(Math.max(1, getHeight()));
    }

    /** Coalesces many changes in one pulse into one redraw. */
    public void requestRedraw() {
        if (redrawQueued) return;
        redrawQueued = true;
        Platform.runLater(this::draw);
    }

    /** The viewport with the plot area of the current size: the canvas less the margins and the colour bar. */
    private Viewport view() {
        return ChartPainter.plotArea(view, canvas.getWidth(), canvas.getHeight(), colorBar != null);
    }

    /** What the chart shows now, frozen: the screen paints it, and so does a saved PNG or SVG. */
    public ChartPicture picture() {
        return new ChartPicture(title, xLabel, yLabel, emptyMessage, points, lines, bars, colorBar, showDiagonal, highlighted,
                selected, hover, view.range(), hidden, logY, canvas.getWidth(), canvas.getHeight());
    }

    /** Draws now (FX thread); package-private so the performance test can time one frame. */
    void draw() {
        redrawQueued = false;
        ChartPainter.Painted painted = ChartPainter.paint(picture(), screen, canvas.getWidth(), canvas.getHeight(), raster);
        legendCorner = painted.legendCorner();
        legendHits.clear();
        legendHits.addAll(painted.legendRows());
    }

    /** Whether the named series (and its band) is hidden; a click on its legend row toggles it. */
    public boolean isHidden(String name) { return name != null && !name.isEmpty() && hidden.contains(ChartPicture.key(name)); }

    public void setHidden(String name, boolean hide) {
        if (hide) hidden.add(ChartPicture.key(name));
        else hidden.remove(ChartPicture.key(name));
        requestRedraw();
    }

    /** Where the last frame's legend rows are, {x, y, w, h} in this region by series name (for tests). */
    public java.util.Map<String, double[]> legendRows() {
        java.util.Map<String, double[]> m = new java.util.LinkedHashMap<>();
        for (LegendPainter.Entry e : legendHits) m.put(e.name(), new double[]{e.x(), e.y(), e.w(), e.h()});
        return m;
    }

    /** Where the last frame put the legend (null when it had none). */
    public LegendPlacement.Corner legendCorner() { return legendCorner; }

    // ---- interaction ---------------------------------------------------------------------------------------

    /** Index of the main-series point within 7 px of (px, py), or -1. */
    public int pointAt(double px, double py) {
        return points.isEmpty() ? -1 : PointHits.nearest(points.get(0), view(), px, py);
    }

    /** Screen position (in this region) of a main-series point, for tests and tooltips. */
    public double[] screenPosition(int index) {
        Points main = points.get(0);
        Viewport v = view();
        return new double[]{v.sx(main.x()[index]), v.sy(main.y()[index])};
    }

    /** Screen position (in this region) of vertex i of the l-th line, for tests. */
    public double[] screenPositionOfLine(int l, int i) {
        Line line = lines.get(l);
        Viewport v = view();
        return new double[]{v.sx(line.x()[i]), v.sy(line.y()[i])};
    }

    private void onMove(MouseEvent e) {
        int i = pointAt(e.getX(), e.getY());
        if (i < 0 && lineInfo != null && !lines.isEmpty()) {   // a curve: its values at the nearest point
            int[] hit = PointHits.nearestVertex(lines, this::isHidden, view(), e.getX(), e.getY());
            showHoverText(hit == null ? null : lineInfo.at(hit[0], hit[1]), e.getX(), e.getY());
            return;
        }
        setHover(i, e.getX(), e.getY());
    }

    /** Text beside (px, py), kept inside the chart on every side; null hides it. */
    private void showHoverText(String text, double px, double py) {
        if (text == null || text.isEmpty()) {
            hoverLabel.setVisible(false);
            return;
        }
        hoverLabel.setText(text);
        hoverLabel.setWrapText(true);
        hoverLabel.setMaxWidth(Math.max(120, getWidth() - 8));
        hoverLabel.autosize();
        double lx = px + 14, ly = py + 12;
        if (lx + hoverLabel.getWidth() > getWidth()) lx = px - hoverLabel.getWidth() - 8;
        if (ly + hoverLabel.getHeight() > getHeight()) ly = py - hoverLabel.getHeight() - 8;
        hoverLabel.relocate(Math.max(2, Math.min(lx, getWidth() - hoverLabel.getWidth() - 2)), Math.max(2, ly));
        hoverLabel.setVisible(true);
    }

    /** The hover text shown now (empty when none), for tests. */
    public String hoverText() { return hoverLabel.isVisible() ? hoverLabel.getText() : ""; }

    private void setHover(int i, double px, double py) {
        if (i == hover && i < 0) return;
        hover = i;
        showHoverText(i >= 0 ? info.apply(i) : null, px, py);
        requestRedraw();
    }

    private void onPress(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        pressRange = view.range();
        dragged = false;
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) resetView();
    }

    private void onDrag(MouseEvent e) {
        double ddx = e.getX() - pressX, ddy = e.getY() - pressY;
        if (!dragged && Math.hypot(ddx, ddy) < 3) return;
        dragged = true;
        userView = true;
        view().pan(pressRange, ddx, ddy);
        hoverLabel.setVisible(false);
        requestRedraw();
    }

    private void onRelease(MouseEvent e) {
        if (dragged || e.getButton() != MouseButton.PRIMARY) return;
        for (LegendPainter.Entry h : legendHits)   // every click toggles, quick ones too (counted as double clicks)
            if (h.contains(e.getX(), e.getY())) {
                setHidden(h.name(), !isHidden(h.name()));
                return;
            }
        if (e.getClickCount() == 1) {
            int i = pointAt(e.getX(), e.getY());
            if (i >= 0) onPointClicked.accept(i);
        }
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) return;
        view().zoom(e.getX(), e.getY(), e.getDeltaY() > 0 ? 1 / 1.2 : 1.2);
        userView = true;
        requestRedraw();
        e.consume();
    }

    /** For tests and a status line: the current visible data range {x0, x1, y0, y1}. */
    public double[] viewRange() { return view.range(); }
}

package org.activemat.ui.common.chart;

import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * A 2-D chart drawn on a Canvas: scatter points (tens of thousands, rasterised into one image so pan, zoom and
 * hover stay smooth), lines with ±std bands, histogram bars, a legend and an optional colour bar.
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

    private static final double LEFT = 70, RIGHT_PAD = 16, TOP = 30, BOTTOM = 46, COLORBAR_W = 74;

    private final Canvas canvas = new Canvas();
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

    private double x0 = 0, x1 = 1, y0 = 0, y1 = 1;
    private boolean userView;
    private int hover = -1;
    private double pressX, pressY, pressX0, pressX1, pressY0, pressY1;
    private boolean dragged;
    private boolean redrawQueued;
    private WritableImage raster;
    private PixelBuffer<java.nio.IntBuffer> pixelBuffer;
    private int[] pixels = new int[0];
    private IntFunction<String> info = i -> "#" + i;
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
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHover(-1, 0, 0));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onRelease);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
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
        if (!userView) autoRange();
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

    public void setOnPointClicked(IntConsumer c) { onPointClicked = c; }

    public List<Points> pointSeries() { return List.copyOf(points); }

    public List<Line> lineSeries() { return List.copyOf(lines); }

    /** Number of points in all point series: what a test or a status line can check. */
    public int pointCount() { return points.stream().mapToInt(Points::count).sum(); }

    /** Back to the view that fits all data. */
    public void resetView() {
        userView = false;
        autoRange();
        requestRedraw();
    }

    private void afterChange() {
        if (!userView) autoRange();
        requestRedraw();
    }

    private void autoRange() {
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Points p : points) for (int i = 0; i < p.count(); i++) include(r, p.x()[i], p.y()[i]);
        for (Line l : lines) for (int i = 0; i < l.x().length; i++) {
            include(r, l.x()[i], l.y()[i]);
            if (l.lo() != null) include(r, l.x()[i], l.lo()[i]);
            if (l.hi() != null) include(r, l.x()[i], l.hi()[i]);
        }
        if (bars != null) {
            include(r, bars.edges()[0], 0);
            for (int i = 0; i < bars.counts().length; i++) include(r, bars.edges()[i + 1], bars.counts()[i]);
        }
        if (!(r[0] <= r[1])) { r[0] = 0; r[1] = 1; }
        if (!(r[2] <= r[3])) { r[2] = 0; r[3] = 1; }
        if (showDiagonal) {
            double lo = Math.min(r[0], r[2]), hi = Math.max(r[1], r[3]);
            r[0] = r[2] = lo;
            r[1] = r[3] = hi;
        }
        double px = pad(r[0], r[1]), py = pad(r[2], r[3]);
        x0 = r[0] - px;
        x1 = r[1] + px;
        y0 = bars != null ? 0 : r[2] - py;
        y1 = r[3] + py;
    }

    private static double pad(double lo, double hi) {
        double span = hi - lo;
        return span > 0 ? span * 0.05 : Math.max(Math.abs(lo) * 0.05, 0.5);
    }

    private static void include(double[] r, double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) return;
        r[0] = Math.min(r[0], x);
        r[1] = Math.max(r[1], x);
        r[2] = Math.min(r[2], y);
        r[3] = Math.max(r[3], y);
    }

    // ---- layout and drawing --------------------------------------------------------------------------------

    @Override protected void layoutChildren() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(Math.max(1, getHeight()));
    }

    /** Coalesces many changes in one pulse into one redraw. */
    public void requestRedraw() {
        if (redrawQueued) return;
        redrawQueued = true;
        if (Platform.isFxApplicationThread()) Platform.runLater(this::draw);
        else Platform.runLater(this::draw);
    }

    private double plotLeft() { return LEFT; }
    private double plotTop() { return TOP; }
    private double plotRight() { return canvas.getWidth() - RIGHT_PAD - (colorBar != null ? COLORBAR_W : 0); }
    private double plotBottom() { return canvas.getHeight() - BOTTOM; }

    private double sx(double x) { return plotLeft() + (x - x0) / (x1 - x0) * (plotRight() - plotLeft()); }
    private double sy(double y) { return plotBottom() - (y - y0) / (y1 - y0) * (plotBottom() - plotTop()); }
    private double dx(double px) { return x0 + (px - plotLeft()) / (plotRight() - plotLeft()) * (x1 - x0); }
    private double dy(double py) { return y0 + (plotBottom() - py) / (plotBottom() - plotTop()) * (y1 - y0); }

    /** Draws now (FX thread); package-private so the performance test can time one frame. */
    void draw() {
        redrawQueued = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double pl = plotLeft(), pt = plotTop(), pr = plotRight(), pb = plotBottom();
        if (pr - pl < 20 || pb - pt < 20) return;
        if (points.isEmpty() && lines.isEmpty() && bars == null) {
            g.setFill(Color.web("#777"));
            g.setFont(Font.font(13));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(emptyMessage, w / 2, h / 2);
            return;
        }
        g.setFont(Font.font(12));
        g.setFill(Color.web("#222"));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(title, pl, pt / 2);
        drawAxes(g, pl, pt, pr, pb);
        g.save();
        g.beginPath();
        g.rect(pl, pt, pr - pl, pb - pt);
        g.clip();
        if (showDiagonal) {
            g.setStroke(Color.web("#999"));
            g.setLineDashes(5, 4);
            double lo = Math.max(x0, y0), hi = Math.min(x1, y1);
            g.strokeLine(sx(lo), sy(lo), sx(hi), sy(hi));
            g.setLineDashes();
        }
        if (bars != null) drawBars(g);
        drawPoints(g, pl, pt, pr, pb);
        for (Line l : lines) drawLine(g, l);
        drawMarks(g);
        g.restore();
        g.setStroke(Color.web("#666"));
        g.setLineWidth(1);
        g.strokeRect(pl + 0.5, pt + 0.5, pr - pl - 1, pb - pt - 1);
        drawLegend(g, pl, pt, pr, pb);
        if (colorBar != null) drawColorBar(g, pr, pt, pb);
    }

    private void drawAxes(GraphicsContext g, double pl, double pt, double pr, double pb) {
        g.setLineWidth(1);
        g.setFont(Font.font(11));
        double xs = NiceTicks.step(x0, x1, Math.max(2, (int) ((pr - pl) / 90)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double v : NiceTicks.ticks(x0, x1, Math.max(2, (int) ((pr - pl) / 90)))) {
            double px = Math.round(sx(v)) + 0.5;
            g.setStroke(Color.web("#eee"));
            g.strokeLine(px, pt, px, pb);
            g.setStroke(Color.web("#666"));
            g.strokeLine(px, pb, px, pb + 4);
            g.setFill(Color.web("#333"));
            g.fillText(NiceTicks.label(v, xs), px, pb + 6);
        }
        double ys = NiceTicks.step(y0, y1, Math.max(2, (int) ((pb - pt) / 60)));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double v : NiceTicks.ticks(y0, y1, Math.max(2, (int) ((pb - pt) / 60)))) {
            double py = Math.round(sy(v)) + 0.5;
            g.setStroke(Color.web("#eee"));
            g.strokeLine(pl, py, pr, py);
            g.setStroke(Color.web("#666"));
            g.strokeLine(pl - 4, py, pl, py);
            g.setFill(Color.web("#333"));
            g.fillText(NiceTicks.label(v, ys), pl - 6, py);
        }
        g.setFont(Font.font(12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(xLabel, (pl + pr) / 2, canvas.getHeight() - 4);
        g.save();
        g.translate(14, (pt + pb) / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(yLabel, 0, 0);
        g.restore();
    }

    private void drawBars(GraphicsContext g) {
        g.setFill(bars.color());
        g.setStroke(Color.WHITE);
        for (int i = 0; i < bars.counts().length; i++) {
            double a = sx(bars.edges()[i]), b = sx(bars.edges()[i + 1]), top = sy(bars.counts()[i]), base = sy(0);
            g.fillRect(a, top, Math.max(1, b - a), base - top);
            g.strokeRect(a, top, Math.max(1, b - a), base - top);
        }
    }

    /** Rasterises all points into one image: far cheaper than thousands of Canvas shape calls. */
    private void drawPoints(GraphicsContext g, double pl, double pt, double pr, double pb) {
        if (points.isEmpty()) return;
        // data → raster pixel as one multiply-add per axis (no property reads inside the loop)
        double kx = (pr - pl) / (x1 - x0), ky = (pb - pt) / (y1 - y0);
        int w = (int) Math.ceil(pr - pl), h = (int) Math.ceil(pb - pt);
        if (w <= 0 || h <= 0) return;
        if (raster == null || raster.getWidth() != w || raster.getHeight() != h) {
            // the image shares our int[] (PixelBuffer): no per-frame pixel conversion or copy
            java.nio.IntBuffer buffer = java.nio.IntBuffer.allocate(w * h);
            pixelBuffer = new PixelBuffer<>(w, h, buffer, PixelFormat.getIntArgbPreInstance());
            raster = new WritableImage(pixelBuffer);
            pixels = buffer.array();
        }
        java.util.Arrays.fill(pixels, 0);
        for (Points p : points) {
            int r = (int) Math.max(1, Math.round(p.size() / 2));
            for (int i = 0; i < p.count(); i++) {
                double x = p.x()[i], y = p.y()[i];
                if (!Double.isFinite(x) || !Double.isFinite(y)) continue;
                int cx = (int) Math.round((x - x0) * kx), cy = (int) Math.round((pb - pt) - (y - y0) * ky);
                if (cx < -r || cy < -r || cx >= w + r || cy >= h + r) continue;
                int c = p.argb().length == 1 ? p.argb()[0] : p.argb()[i];
                stamp(w, h, cx, cy, r, c, p.outlined() ? darker(c) : c);
            }
        }
        pixelBuffer.updateBuffer(b -> null);   // whole image changed
        g.drawImage(raster, pl, pt);
    }

    /** A filled square of half-width r at (cx, cy), clipped to the raster, with a one-pixel edge. */
    private void stamp(int w, int h, int cx, int cy, int r, int fill, int edge) {
        int left = Math.max(0, cx - r), right = Math.min(w - 1, cx + r);
        int top = Math.max(0, cy - r), bottom = Math.min(h - 1, cy + r);
        for (int yy = top; yy <= bottom; yy++) {
            int row = yy * w;
            if (yy == cy - r || yy == cy + r) {
                java.util.Arrays.fill(pixels, row + left, row + right + 1, edge);
                continue;
            }
            java.util.Arrays.fill(pixels, row + left, row + right + 1, fill);
            if (left == cx - r) pixels[row + left] = edge;
            if (right == cx + r) pixels[row + right] = edge;
        }
    }

    private static int darker(int argb) {
        int r = ((argb >> 16) & 0xff) * 6 / 10, gr = ((argb >> 8) & 0xff) * 6 / 10, b = (argb & 0xff) * 6 / 10;
        return 0xff000000 | (r << 16) | (gr << 8) | b;
    }

    private void drawLine(GraphicsContext g, Line l) {
        int n = l.x().length;
        if (l.lo() != null && l.hi() != null && n > 0) {
            double[] px = new double[2 * n], py = new double[2 * n];
            for (int i = 0; i < n; i++) {
                px[i] = sx(l.x()[i]);
                py[i] = sy(l.hi()[i]);
                px[2 * n - 1 - i] = sx(l.x()[i]);
                py[2 * n - 1 - i] = sy(l.lo()[i]);
            }
            g.setFill(l.color().deriveColor(0, 1, 1, 0.18));
            g.fillPolygon(px, py, 2 * n);
        }
        double[] px = new double[n], py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = sx(l.x()[i]);
            py[i] = sy(l.y()[i]);
        }
        g.setStroke(l.color());
        g.setLineWidth(2);
        if (l.dashed()) g.setLineDashes(6, 4);
        g.strokePolyline(px, py, n);
        g.setLineDashes();
        g.setFill(l.color());
        for (int i = 0; i < n; i++) g.fillOval(px[i] - 3, py[i] - 3, 6, 6);
        g.setLineWidth(1);
    }

    private void drawMarks(GraphicsContext g) {
        if (points.isEmpty()) return;
        Points main = points.get(0);
        g.setLineWidth(2);
        g.setStroke(Color.web("#d62728"));
        for (int i : highlighted) {
            if (i < 0 || i >= main.count()) continue;
            g.strokeOval(sx(main.x()[i]) - 6, sy(main.y()[i]) - 6, 12, 12);
        }
        if (selected >= 0 && selected < main.count()) {
            g.setStroke(Color.BLACK);
            g.strokeRect(sx(main.x()[selected]) - 7, sy(main.y()[selected]) - 7, 14, 14);
        }
        if (hover >= 0 && hover < main.count()) {
            g.setStroke(Color.web("#ff7f0e"));
            g.strokeOval(sx(main.x()[hover]) - 8, sy(main.y()[hover]) - 8, 16, 16);
        }
        g.setLineWidth(1);
    }

    /** Where the last frame put the legend (null when it had none). */
    public LegendPlacement.Corner legendCorner() { return legendCorner; }

    /** What the legend could hide, in pixels: curve and band samples every few pixels, and every point. */
    private LegendPlacement.Marks marks() {
        LegendPlacement.Marks m = new LegendPlacement.Marks();
        for (Line l : lines) {
            boolean band = l.lo() != null && l.hi() != null;
            for (int i = 0; i < l.x().length; i++) {
                m.add(sx(l.x()[i]), sy(l.y()[i]));
                if (band) m.addSegment(sx(l.x()[i]), sy(l.lo()[i]), sx(l.x()[i]), sy(l.hi()[i]), 6);
                if (i == 0) continue;
                m.addSegment(sx(l.x()[i - 1]), sy(l.y()[i - 1]), sx(l.x()[i]), sy(l.y()[i]), 4);
                if (band) {
                    m.addSegment(sx(l.x()[i - 1]), sy(l.lo()[i - 1]), sx(l.x()[i]), sy(l.lo()[i]), 6);
                    m.addSegment(sx(l.x()[i - 1]), sy(l.hi()[i - 1]), sx(l.x()[i]), sy(l.hi()[i]), 6);
                }
            }
        }
        for (Points p : points) for (int i = 0; i < p.count(); i++) m.add(sx(p.x()[i]), sy(p.y()[i]));
        return m;
    }

    private void drawLegend(GraphicsContext g, double pl, double pt, double pr, double pb) {
        List<String> names = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        List<Line> asLine = new ArrayList<>();   // the line to draw as the sample, or null for a point series' square
        for (Line l : lines) if (l.name() != null && !l.name().isEmpty() && !names.contains(l.name())) {
            names.add(l.name());
            colors.add(l.color());
            asLine.add(l);
        }
        for (Points p : points) if (p.name() != null && !p.name().isEmpty() && p.argb().length == 1) {
            names.add(p.name());
            colors.add(FxColors.of(p.argb()[0]));
            asLine.add(null);
        }
        legendCorner = null;
        if (names.isEmpty()) return;
        g.setFont(Font.font(11));
        double wmax = 0;
        for (String n : names) wmax = Math.max(wmax, n.length() * 6.5);
        double bw = wmax + 26, bh = names.size() * 16 + 8;
        LegendPlacement.Corner corner = LegendPlacement.best(pl, pt, pr, pb, bw, bh, marks());
        legendCorner = corner;
        double[] at = LegendPlacement.origin(corner, pl, pt, pr, pb, bw, bh);
        double bx = at[0], by = at[1];
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRect(bx, by, bw, bh);
        g.setStroke(Color.web("#bbb"));
        g.strokeRect(bx, by, bw, bh);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < names.size(); i++) {
            double y = by + 12 + i * 16;
            Line l = asLine.get(i);
            if (l == null) {
                g.setFill(colors.get(i));
                g.fillRect(bx + 6, y - 5, 12, 10);
            } else {   // a line looks like a line in its legend, dashed when it is dashed
                g.setStroke(colors.get(i));
                g.setLineWidth(2);
                if (l.dashed()) g.setLineDashes(4, 3);
                g.strokeLine(bx + 4, y, bx + 19, y);
                g.setLineDashes();
                g.setLineWidth(1);
                g.setFill(colors.get(i));
                g.fillOval(bx + 9, y - 3, 6, 6);   // the curves mark their points too
            }
            g.setFill(Color.web("#222"));
            g.fillText(names.get(i), bx + 22, y);
        }
    }

    private void drawColorBar(GraphicsContext g, double pr, double pt, double pb) {
        double bx = pr + 14, bw = 14;
        for (int i = 0; i < 100; i++) {
            double t0 = i / 100.0;
            g.setFill(FxColors.of(Palette.sequential(t0)));
            double y = pb - (i + 1) * (pb - pt) / 100.0;
            g.fillRect(bx, y, bw, (pb - pt) / 100.0 + 1);
        }
        g.setStroke(Color.web("#666"));
        g.strokeRect(bx, pt, bw, pb - pt);
        g.setFont(Font.font(10));
        g.setFill(Color.web("#333"));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double lo = colorBar.min(), hi = colorBar.max();
        if (hi > lo) {
            double step = NiceTicks.step(lo, hi, 5);
            for (double v : NiceTicks.ticks(lo, hi, 5)) {
                double y = pb - (v - lo) / (hi - lo) * (pb - pt);
                g.strokeLine(bx + bw, y, bx + bw + 3, y);
                g.fillText(NiceTicks.label(v, step), bx + bw + 5, y);
            }
        }
        g.save();
        g.translate(canvas.getWidth() - 6, (pt + pb) / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(colorBar.label(), 0, 0);
        g.restore();
    }

    // ---- interaction ---------------------------------------------------------------------------------------

    /** Index of the main-series point within 7 px of (px, py), or -1. Linear scan: ~0.1 ms for 20 000 points. */
    public int pointAt(double px, double py) {
        if (points.isEmpty()) return -1;
        Points main = points.get(0);
        int best = -1;
        double bestD = 49;
        double kx = (plotRight() - plotLeft()) / (x1 - x0), ky = (plotBottom() - plotTop()) / (y1 - y0);
        double ox = plotLeft() - x0 * kx, oy = plotBottom() + y0 * ky;
        double[] xs = main.x(), ys = main.y();
        for (int i = 0; i < xs.length; i++) {
            double ddx = ox + xs[i] * kx - px;
            if (ddx * ddx >= bestD) continue;
            double ddy = oy - ys[i] * ky - py;
            double d = ddx * ddx + ddy * ddy;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** Screen position (in this region) of a main-series point, for tests and tooltips. */
    public double[] screenPosition(int index) {
        Points main = points.get(0);
        return new double[]{sx(main.x()[index]), sy(main.y()[index])};
    }

    private void onMove(MouseEvent e) {
        int i = pointAt(e.getX(), e.getY());
        setHover(i, e.getX(), e.getY());
    }

    private void setHover(int i, double px, double py) {
        if (i == hover && i < 0) return;
        hover = i;
        if (i >= 0) {
            hoverLabel.setText(info.apply(i));
            hoverLabel.autosize();
            double lx = px + 14, ly = py + 12;
            if (lx + hoverLabel.getWidth() > getWidth()) lx = px - hoverLabel.getWidth() - 8;
            if (ly + hoverLabel.getHeight() > getHeight()) ly = py - hoverLabel.getHeight() - 8;
            hoverLabel.relocate(lx, ly);
            hoverLabel.setVisible(true);
        } else {
            hoverLabel.setVisible(false);
        }
        requestRedraw();
    }

    private void onPress(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        pressX0 = x0;
        pressX1 = x1;
        pressY0 = y0;
        pressY1 = y1;
        dragged = false;
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) resetView();
    }

    private void onDrag(MouseEvent e) {
        double ddx = e.getX() - pressX, ddy = e.getY() - pressY;
        if (!dragged && Math.hypot(ddx, ddy) < 3) return;
        dragged = true;
        userView = true;
        double fx = (pressX1 - pressX0) / (plotRight() - plotLeft()), fy = (pressY1 - pressY0) / (plotBottom() - plotTop());
        x0 = pressX0 - ddx * fx;
        x1 = pressX1 - ddx * fx;
        y0 = pressY0 + ddy * fy;
        y1 = pressY1 + ddy * fy;
        hoverLabel.setVisible(false);
        requestRedraw();
    }

    private void onRelease(MouseEvent e) {
        if (!dragged && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
            int i = pointAt(e.getX(), e.getY());
            if (i >= 0) onPointClicked.accept(i);
        }
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) return;
        double f = e.getDeltaY() > 0 ? 1 / 1.2 : 1.2;
        double cx = dx(e.getX()), cy = dy(e.getY());
        x0 = cx + (x0 - cx) * f;
        x1 = cx + (x1 - cx) * f;
        y0 = cy + (y0 - cy) * f;
        y1 = cy + (y1 - cy) * f;
        userView = true;
        requestRedraw();
        e.consume();
    }

    /** For tests and a status line: the current visible data range {x0, x1, y0, y1}. */
    public double[] viewRange() { return new double[]{x0, x1, y0, y1}; }
}

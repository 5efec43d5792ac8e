package org.activemat.ui.common.chart;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The chart painters' calls on Java2D: a BufferedImage for PNG and the clipboard, or JFreeSVG's SVGGraphics2D for SVG.
 * Java2D keeps colour and stroke as one paint, so this class holds the GraphicsContext-like state itself.
 */
final class Java2dChartCanvas implements ChartCanvas {
    // measured without the device, as the report's figures do: the same layout in a PNG at any dpi and in an SVG
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** Everything save() keeps besides the transform and the clip. */
    private record State(int fill, int stroke, double lineWidth, double[] dashes, double alpha, Font font, Align align,
                         Baseline baseline) {}

    private record Saved(State state, AffineTransform transform, Shape clip) {}

    private final Graphics2D g;
    private final double rasterScale;
    private final Deque<Saved> stack = new ArrayDeque<>();
    private int fill = 0xff000000, stroke = 0xff000000;
    private double lineWidth = 1, alpha = 1;
    private double[] dashes = new double[0];
    private Font font = sansSerif(12);
    private Align align = Align.LEFT;
    private Baseline baseline = Baseline.BOTTOM;

    /** rasterScale: the device pixels per chart unit a point raster gets (a PNG's scale; for an SVG, enough to zoom). */
    Java2dChartCanvas(Graphics2D g, double rasterScale) {
        this.g = g;
        this.rasterScale = rasterScale;
    }

    private static Font sansSerif(double size) { return new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) size); }

    private Color color(int argb) {
        int a = (int) Math.round(((argb >>> 24) & 0xff) * alpha);
        return new Color((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, Math.max(0, Math.min(255, a)));
    }

    private void filling() { g.setColor(color(fill)); }

    private void stroking() {
        g.setColor(color(stroke));
        float[] d = null;
        if (dashes.length > 0) {
            d = new float[dashes.length];
            for (int i = 0; i < d.length; i++) d[i] = (float) dashes[i];
        }
        // JavaFX's defaults: square caps, mitred joins with a limit of 10
        g.setStroke(new BasicStroke((float) lineWidth, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10f, d, 0f));
    }

    @Override public void fill(int argb) { fill = argb; }

    @Override public void stroke(int argb) { stroke = argb; }

    @Override public void lineWidth(double width) { lineWidth = width; }

    @Override public void dashes(double... pattern) { dashes = pattern.clone(); }

    @Override public void alpha(double a) { alpha = a; }

    @Override public void font(double size) { font = sansSerif(size); }

    @Override public void textAlign(Align a) { align = a; }

    @Override public void textBaseline(Baseline b) { baseline = b; }

    @Override public void fillRect(double x, double y, double w, double h) {
        filling();
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override public void strokeRect(double x, double y, double w, double h) {
        stroking();
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override public void strokeLine(double x0, double y0, double x1, double y1) {
        stroking();
        g.draw(new Line2D.Double(x0, y0, x1, y1));
    }

    @Override public void strokePolyline(double[] xs, double[] ys, int n) {
        if (n < 2) return;
        stroking();
        g.draw(path(xs, ys, n, false));
    }

    @Override public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n < 3) return;
        filling();
        g.fill(path(xs, ys, n, true));
    }

    private static Path2D path(double[] xs, double[] ys, int n, boolean closed) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO, n + 1);
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) p.lineTo(xs[i], ys[i]);
        if (closed) p.closePath();
        return p;
    }

    @Override public void fillOval(double x, double y, double w, double h) {
        filling();
        g.fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override public void strokeOval(double x, double y, double w, double h) {
        stroking();
        g.draw(new Ellipse2D.Double(x, y, w, h));
    }

    @Override public void fillText(String text, double x, double y) {
        if (text == null || text.isEmpty()) return;
        Font f = font;
        LineMetrics m = f.getLineMetrics(text, FRC);
        double w = f.getStringBounds(text, FRC).getWidth();
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        double textY = switch (baseline) {
            case TOP -> y + m.getAscent();
            case CENTER -> y + (m.getAscent() - m.getDescent()) / 2;
            case BOTTOM -> y - m.getDescent();
        };
        filling();
        g.setFont(f);
        g.drawString(text, (float) left, (float) textY);
    }

    @Override public void save() {
        stack.push(new Saved(new State(fill, stroke, lineWidth, dashes, alpha, font, align, baseline), g.getTransform(), g.getClip()));
    }

    @Override public void restore() {
        Saved saved = stack.poll();
        if (saved == null) return;
        State s = saved.state();
        fill = s.fill();
        stroke = s.stroke();
        lineWidth = s.lineWidth();
        dashes = s.dashes();
        alpha = s.alpha();
        font = s.font();
        align = s.align();
        baseline = s.baseline();
        g.setTransform(saved.transform());
        g.setClip(saved.clip());
    }

    @Override public void translate(double dx, double dy) { g.translate(dx, dy); }

    @Override public void rotate(double degrees) { g.rotate(Math.toRadians(degrees)); }

    @Override public void clipRect(double x, double y, double w, double h) { g.clip(new Rectangle2D.Double(x, y, w, h)); }

    @Override public void drawPixels(int[] argbPre, int w, int h, double x, double y, double width, double height) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        img.getRaster().setDataElements(0, 0, w, h, argbPre.length == w * h ? argbPre : java.util.Arrays.copyOf(argbPre, w * h));
        var composite = g.getComposite();
        if (alpha < 1) g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) alpha));
        g.drawImage(img, new AffineTransform(width / w, 0, 0, height / h, x, y), null);
        g.setComposite(composite);
    }

    @Override public double rasterScale() { return rasterScale; }
}

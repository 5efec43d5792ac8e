package org.activemat.ui.common.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.nio.IntBuffer;

/** The chart painters' calls on a JavaFX Canvas: what the screen shows. */
final class FxChartCanvas implements ChartCanvas {
    private final GraphicsContext g;
    // the point raster shares its int[] with the image (PixelBuffer): no per-frame copy while panning
    private int[] rasterPixels;
    private int rasterW, rasterH;
    private PixelBuffer<IntBuffer> rasterBuffer;
    private WritableImage rasterImage;

    FxChartCanvas(GraphicsContext g) { this.g = g; }

    @Override public void fill(int argb) { g.setFill(FxColors.of(argb)); }

    @Override public void stroke(int argb) { g.setStroke(FxColors.of(argb)); }

    @Override public void lineWidth(double width) { g.setLineWidth(width); }

    @Override public void dashes(double... pattern) { g.setLineDashes(pattern.length == 0 ? null : pattern); }

    @Override public void alpha(double alpha) { g.setGlobalAlpha(alpha); }

    @Override public void font(double size) { g.setFont(Font.font(size)); }

    @Override public void textAlign(Align align) {
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
    }

    @Override public void textBaseline(Baseline baseline) {
        g.setTextBaseline(switch (baseline) {
            case TOP -> VPos.TOP;
            case CENTER -> VPos.CENTER;
            case BOTTOM -> VPos.BOTTOM;
        });
    }

    @Override public void fillRect(double x, double y, double w, double h) { g.fillRect(x, y, w, h); }

    @Override public void strokeRect(double x, double y, double w, double h) { g.strokeRect(x, y, w, h); }

    @Override public void strokeLine(double x0, double y0, double x1, double y1) { g.strokeLine(x0, y0, x1, y1); }

    @Override public void strokePolyline(double[] xs, double[] ys, int n) { g.strokePolyline(xs, ys, n); }

    @Override public void fillPolygon(double[] xs, double[] ys, int n) { g.fillPolygon(xs, ys, n); }

    @Override public void fillOval(double x, double y, double w, double h) { g.fillOval(x, y, w, h); }

    @Override public void strokeOval(double x, double y, double w, double h) { g.strokeOval(x, y, w, h); }

    @Override public void fillText(String text, double x, double y) { g.fillText(text, x, y); }

    @Override public void save() { g.save(); }

    @Override public void restore() { g.restore(); }

    @Override public void translate(double dx, double dy) { g.translate(dx, dy); }

    @Override public void rotate(double degrees) { g.rotate(degrees); }

    @Override public void clipRect(double x, double y, double w, double h) {
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
    }

    @Override public void drawPixels(int[] argbPre, int w, int h, double x, double y, double width, double height) {
        if (argbPre != rasterPixels || w != rasterW || h != rasterH) {
            rasterBuffer = new PixelBuffer<>(w, h, IntBuffer.wrap(argbPre), PixelFormat.getIntArgbPreInstance());
            rasterImage = new WritableImage(rasterBuffer);
            rasterPixels = argbPre;
            rasterW = w;
            rasterH = h;
        } else {
            rasterBuffer.updateBuffer(b -> null);   // the whole image changed
        }
        g.drawImage(rasterImage, x, y, width, height);
    }

    @Override public double rasterScale() { return 1; }
}

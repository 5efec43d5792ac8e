package org.activemat.ui.common.chart;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * Draws every point series into one image: far cheaper than thousands of Canvas shape calls, so pan, zoom and hover
 * stay smooth with tens of thousands of points. The image shares its int[] (PixelBuffer): no per-frame copy.
 */
final class PointRaster {
    private WritableImage raster;
    private PixelBuffer<IntBuffer> pixelBuffer;
    private int[] pixels = new int[0];

    void draw(GraphicsContext g, List<ChartView.Points> points, Viewport v) {
        if (points.isEmpty()) return;
        double pl = v.left, pt = v.top;
        // data → raster pixel as one multiply-add per axis (no property reads inside the loop)
        double kx = v.kx(), ky = v.ky(), x0 = v.x0, y0 = v.y0, height = v.bottom - v.top;
        int w = (int) Math.ceil(v.right - pl), h = (int) Math.ceil(height);
        if (w <= 0 || h <= 0) return;
        if (raster == null || raster.getWidth() != w || raster.getHeight() != h) {
            IntBuffer buffer = IntBuffer.allocate(w * h);
            pixelBuffer = new PixelBuffer<>(w, h, buffer, PixelFormat.getIntArgbPreInstance());
            raster = new WritableImage(pixelBuffer);
            pixels = buffer.array();
        }
        Arrays.fill(pixels, 0);
        for (ChartView.Points p : points) {
            int r = (int) Math.max(1, Math.round(p.size() / 2));
            for (int i = 0; i < p.count(); i++) {
                double x = p.x()[i], y = p.y()[i];
                if (!Double.isFinite(x) || !Double.isFinite(y)) continue;
                int cx = (int) Math.round((x - x0) * kx), cy = (int) Math.round(height - (y - y0) * ky);
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
                Arrays.fill(pixels, row + left, row + right + 1, edge);
                continue;
            }
            Arrays.fill(pixels, row + left, row + right + 1, fill);
            if (left == cx - r) pixels[row + left] = edge;
            if (right == cx + r) pixels[row + right] = edge;
        }
    }

    private static int darker(int argb) {
        int r = ((argb >> 16) & 0xff) * 6 / 10, gr = ((argb >> 8) & 0xff) * 6 / 10, b = (argb & 0xff) * 6 / 10;
        return 0xff000000 | (r << 16) | (gr << 8) | b;
    }
}

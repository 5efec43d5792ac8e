package org.activemat.ui.common.chart;

import java.util.Arrays;
import java.util.List;

/**
 * Draws every point series into one image: far cheaper than thousands of shape calls, so pan, zoom and hover stay
 * smooth with tens of thousands of points. The image is made at the canvas's raster scale (1 on screen, the export's
 * scale in a PNG or SVG) so points stay sharp; its pixel array is kept for the next frame.
 */
final class PointRaster {
    private int[] pixels = new int[0];

    void draw(ChartCanvas g, List<ChartView.Points> points, Viewport v) {
        if (points.isEmpty()) return;
        double s = g.rasterScale();
        // data → raster pixel as one multiply-add per axis (no property reads inside the loop)
        double kx = v.kx() * s, ky = v.ky() * s, x0 = v.x0, y0 = v.y0, height = (v.bottom - v.top) * s;
        int w = (int) Math.ceil((v.right - v.left) * s), h = (int) Math.ceil(height);
        if (w <= 0 || h <= 0) return;
        if (pixels.length != w * h) pixels = new int[w * h];
        else Arrays.fill(pixels, 0);
        int edgeWidth = (int) Math.max(1, Math.round(s));
        for (ChartView.Points p : points) {
            int r = (int) Math.max(1, Math.round(p.size() * s / 2));
            for (int i = 0; i < p.count(); i++) {
                double x = p.x()[i], y = p.y()[i];
                if (!Double.isFinite(x) || !Double.isFinite(y)) continue;
                int cx = (int) Math.round((x - x0) * kx), cy = (int) Math.round(height - (y - y0) * ky);
                if (cx < -r || cy < -r || cx >= w + r || cy >= h + r) continue;
                int c = p.argb().length == 1 ? p.argb()[0] : p.argb()[i];
                stamp(w, h, cx, cy, r, edgeWidth, c, p.outlined() ? darker(c) : c);
            }
        }
        g.drawPixels(pixels, w, h, v.left, v.top, w / s, h / s);
    }

    /** A filled square of half-width r at (cx, cy), clipped to the raster, with an edge e pixels wide. */
    private void stamp(int w, int h, int cx, int cy, int r, int e, int fill, int edge) {
        int left = Math.max(0, cx - r), right = Math.min(w - 1, cx + r);
        int top = Math.max(0, cy - r), bottom = Math.min(h - 1, cy + r);
        for (int yy = top; yy <= bottom; yy++) {
            int row = yy * w;
            if (yy < cy - r + e || yy > cy + r - e) {
                Arrays.fill(pixels, row + left, row + right + 1, edge);
                continue;
            }
            Arrays.fill(pixels, row + left, row + right + 1, fill);
            for (int xx = left; xx <= Math.min(right, cx - r + e - 1); xx++) pixels[row + xx] = edge;
            for (int xx = Math.max(left, cx + r - e + 1); xx <= right; xx++) pixels[row + xx] = edge;
        }
    }

    private static int darker(int argb) {
        int r = ((argb >> 16) & 0xff) * 6 / 10, gr = ((argb >> 8) & 0xff) * 6 / 10, b = (argb & 0xff) * 6 / 10;
        return 0xff000000 | (r << 16) | (gr << 8) | b;
    }
}

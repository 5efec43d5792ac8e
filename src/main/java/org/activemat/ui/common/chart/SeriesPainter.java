package org.activemat.ui.common.chart;

/** Histogram bars, curves with their ±std bands, the y = x diagonal, and the rings that mark points of the main series. */
final class SeriesPainter {
    private SeriesPainter() {}

    /** Opacity of a curve's band: the curves of other strategies stay visible through it. */
    static final double BAND_OPACITY = 0.18;

    static void diagonal(ChartCanvas g, Viewport v) {
        g.stroke(0xff999999);
        g.dashes(5, 4);
        double lo = Math.max(v.x0, v.y0), hi = Math.min(v.x1, v.y1);
        g.strokeLine(v.sx(lo), v.sy(lo), v.sx(hi), v.sy(hi));
        g.dashes();
    }

    static void bars(ChartCanvas g, Viewport v, ChartView.Bars bars) {
        g.fill(FxColors.argb(bars.color()));
        g.stroke(0xffffffff);
        for (int i = 0; i < bars.counts().length; i++) {
            double a = v.sx(bars.edges()[i]), b = v.sx(bars.edges()[i + 1]), top = v.sy(bars.counts()[i]), base = v.sy(0);
            g.fillRect(a, top, Math.max(1, b - a), base - top);
            g.strokeRect(a, top, Math.max(1, b - a), base - top);
        }
    }

    static void line(ChartCanvas g, Viewport v, ChartView.Line l) {
        int n = l.x().length, color = FxColors.argb(l.color());
        if (l.lo() != null && l.hi() != null && n > 0) {
            double[] px = new double[2 * n], py = new double[2 * n];
            for (int i = 0; i < n; i++) {
                px[i] = v.sx(l.x()[i]);
                py[i] = v.sy(l.hi()[i]);
                px[2 * n - 1 - i] = v.sx(l.x()[i]);
                py[2 * n - 1 - i] = v.sy(l.lo()[i]);
            }
            g.fill(Palette.translucent(color, BAND_OPACITY));
            g.fillPolygon(px, py, 2 * n);
        }
        double[] px = new double[n], py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = v.sx(l.x()[i]);
            py[i] = v.sy(l.y()[i]);
        }
        g.stroke(color);
        g.lineWidth(2);
        if (l.dashed()) g.dashes(6, 4);
        g.strokePolyline(px, py, n);
        g.dashes();
        g.fill(color);
        for (int i = 0; i < n; i++) g.fillOval(px[i] - 3, py[i] - 3, 6, 6);
        g.lineWidth(1);
    }

    /** Red rings on the highlighted points, a black square on the selected one, an orange ring under the cursor. */
    static void marks(ChartCanvas g, Viewport v, ChartView.Points main, int[] highlighted, int selected, int hover) {
        g.lineWidth(2);
        g.stroke(0xffd62728);
        for (int i : highlighted) {
            if (i < 0 || i >= main.count()) continue;
            g.strokeOval(v.sx(main.x()[i]) - 6, v.sy(main.y()[i]) - 6, 12, 12);
        }
        if (selected >= 0 && selected < main.count()) {
            g.stroke(0xff000000);
            g.strokeRect(v.sx(main.x()[selected]) - 7, v.sy(main.y()[selected]) - 7, 14, 14);
        }
        if (hover >= 0 && hover < main.count()) {
            g.stroke(0xffff7f0e);
            g.strokeOval(v.sx(main.x()[hover]) - 8, v.sy(main.y()[hover]) - 8, 16, 16);
        }
        g.lineWidth(1);
    }
}

package org.activemat.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Lines, markers, bands and error bars in figure coordinates (points); NaN points are gaps. */
final class Marks {
    private Marks() {}

    /** A polyline through (x[i], y[i]), broken where a value is NaN. */
    static void line(Graphics2D g, double[] x, double[] y, Color color, boolean dashed) {
        g.setColor(color);
        g.setStroke(dashed ? Style.dashed(Style.LINE) : Style.solid(Style.LINE));
        Path2D.Double p = new Path2D.Double();
        boolean open = false;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) { open = false; continue; }
            if (open) p.lineTo(x[i], y[i]); else p.moveTo(x[i], y[i]);
            open = true;
        }
        g.draw(p);
    }

    /** The filled area between lo and hi along x, one polygon per run of finite values. */
    static void band(Graphics2D g, double[] x, double[] lo, double[] hi, Color color) {
        g.setColor(Style.translucent(color, Style.BAND_ALPHA));
        int i = 0;
        while (i < x.length) {
            while (i < x.length && !finite(x[i], lo[i], hi[i])) i++;
            int start = i;
            while (i < x.length && finite(x[i], lo[i], hi[i])) i++;
            if (i - start < 2) continue;
            Path2D.Double p = new Path2D.Double();
            p.moveTo(x[start], hi[start]);
            for (int k = start + 1; k < i; k++) p.lineTo(x[k], hi[k]);
            for (int k = i - 1; k >= start; k--) p.lineTo(x[k], lo[k]);
            p.closePath();
            g.fill(p);
        }
    }

    /** A vertical bar from lo to hi at x with caps of the given width. */
    static void errorBar(Graphics2D g, double x, double lo, double hi, Color color, double cap) {
        g.setColor(color);
        g.setStroke(Style.solid(Style.THIN * 1.5f));
        g.draw(new Line2D.Double(x, lo, x, hi));
        g.draw(new Line2D.Double(x - cap / 2, lo, x + cap / 2, lo));
        g.draw(new Line2D.Double(x - cap / 2, hi, x + cap / 2, hi));
    }

    /** A marker centred on (x, y); open markers have a white fill so lines do not show through. */
    static void marker(Graphics2D g, double x, double y, StrategyPalette.Marker kind, Color color, boolean filled, double size) {
        Shape s = shape(kind, x, y, size);
        g.setColor(filled ? color : Color.WHITE);
        g.fill(s);
        g.setColor(color);
        g.setStroke(Style.solid(Style.THIN * 1.4f));
        g.draw(s);
    }

    static Shape shape(StrategyPalette.Marker kind, double x, double y, double size) {
        double r = size / 2;
        Path2D.Double p = new Path2D.Double();
        switch (kind) {
            case CIRCLE: return new Ellipse2D.Double(x - r, y - r, size, size);
            case SQUARE: r *= 0.9; return new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
            case TRIANGLE:
                r *= 1.15;
                p.moveTo(x, y - r); p.lineTo(x + r * 0.87, y + r * 0.5); p.lineTo(x - r * 0.87, y + r * 0.5);
                break;
            case TRIANGLE_DOWN:
                r *= 1.15;
                p.moveTo(x, y + r); p.lineTo(x + r * 0.87, y - r * 0.5); p.lineTo(x - r * 0.87, y - r * 0.5);
                break;
            case DIAMOND:
                r *= 1.2;
                p.moveTo(x, y - r); p.lineTo(x + r, y); p.lineTo(x, y + r); p.lineTo(x - r, y);
                break;
            default: // PENTAGON
                r *= 1.1;
                for (int k = 0; k < 5; k++) {
                    double a = -Math.PI / 2 + k * 2 * Math.PI / 5;
                    if (k == 0) p.moveTo(x + r * Math.cos(a), y + r * Math.sin(a)); else p.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
                }
        }
        p.closePath();
        return p;
    }

    private static boolean finite(double... v) {
        for (double d : v) if (!Double.isFinite(d)) return false;
        return true;
    }
}

package org.activemat.ui.common.chart;

import javafx.scene.paint.Color;

/** ARGB ints from Palette as JavaFX colours, and back. */
public final class FxColors {
    private FxColors() {}

    public static Color of(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
    }

    /** The colour as an ARGB int, what the painters draw with. */
    public static int argb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    public static Color categorical(int k) { return of(Palette.categorical(k)); }
}

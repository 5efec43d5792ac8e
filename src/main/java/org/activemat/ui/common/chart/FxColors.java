package org.activemat.ui.common.chart;

import javafx.scene.paint.Color;

/** ARGB ints from Palette as JavaFX colours. */
public final class FxColors {
    private FxColors() {}

    public static Color of(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
    }

    public static Color categorical(int k) { return of(Palette.categorical(k)); }
}

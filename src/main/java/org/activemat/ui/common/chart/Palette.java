package org.activemat.ui.common.chart;

/** Colours for charts as ARGB ints (no JavaFX types, so view-models can use them): a perceptually even sequential map (viridis, sampled) and a categorical set. */
public final class Palette {
    private Palette() {}

    private static final double[][] VIRIDIS = {
            {0.267, 0.005, 0.329}, {0.283, 0.141, 0.458}, {0.254, 0.265, 0.530}, {0.207, 0.372, 0.553},
            {0.164, 0.471, 0.558}, {0.128, 0.567, 0.551}, {0.135, 0.659, 0.518}, {0.267, 0.749, 0.441},
            {0.478, 0.821, 0.318}, {0.741, 0.873, 0.150}, {0.993, 0.906, 0.144}};

    /** Tableau-10: distinguishable, colour-blind-tolerant categories. */
    private static final int[] CATEGORICAL = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
            0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};

    /** Viridis at t in [0,1] as opaque ARGB. NaN gives light grey. */
    public static int sequential(double t) {
        if (Double.isNaN(t)) return 0xffc8c8c8;
        t = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = Math.min((int) t, VIRIDIS.length - 2);
        double f = t - i;
        double[] a = VIRIDIS[i], b = VIRIDIS[i + 1];
        return argb(a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1]), a[2] + f * (b[2] - a[2]));
    }

    public static int categorical(int k) {
        return 0xff000000 | CATEGORICAL[Math.floorMod(k, CATEGORICAL.length)];
    }

    /** The colour with its opacity multiplied by opacity (e.g. a band behind its curve). */
    public static int translucent(int argb, double opacity) {
        int a = (int) Math.round(((argb >>> 24) & 0xff) * Math.max(0, Math.min(1, opacity)));
        return a << 24 | (argb & 0xffffff);
    }

    private static int argb(double r, double g, double b) {
        return 0xff000000 | ((int) Math.round(r * 255) << 16) | ((int) Math.round(g * 255) << 8) | (int) Math.round(b * 255);
    }
}

package org.activemat.report;

import java.awt.Color;
import java.util.List;

/**
 * One colour, dash and marker per strategy, the same as the workbench's charts for the paper's four (random is the
 * grey dashed baseline); other strategies take a fixed cycle by their order in the figure, so colours never clash
 * within one figure. Markers differ too, so a greyscale print still tells the strategies apart.
 */
final class StrategyPalette {
    private StrategyPalette() {}

    enum Marker { CIRCLE, TRIANGLE, SQUARE, DIAMOND, TRIANGLE_DOWN, PENTAGON }

    /** How one strategy is drawn. */
    record Look(Color color, boolean dashed, Marker marker) {}

    static final Color RANDOM = new Color(0x7f7f7f);
    // Tableau-10, as the workbench's Palette
    private static final int[] TABLEAU = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
            0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    // the cycle for strategies beyond the paper: the Tableau colours the paper's strategies do not use
    private static final int[] CYCLE = {0x76b7b2, 0x59a14f, 0xb07aa1, 0x9c755f, 0xedc948, 0xff9da7, 0xbab0ac};

    /** The look of strategy within a figure that shows strategies (in that order). */
    static Look look(String strategy, List<String> strategies) {
        switch (strategy) {
            case "random": return new Look(RANDOM, true, Marker.CIRCLE);
            case "uncertainty": return new Look(new Color(TABLEAU[1]), false, Marker.TRIANGLE);
            case "diversity": return new Look(new Color(TABLEAU[2]), false, Marker.SQUARE);
            case "hybrid": return new Look(new Color(TABLEAU[0]), false, Marker.DIAMOND);
            default:
                int k = 0;
                for (String s : strategies) {
                    if (s.equals(strategy)) break;
                    if (!isPaper(s)) k++;
                }
                Marker[] m = Marker.values();
                return new Look(new Color(CYCLE[k % CYCLE.length]), false, m[(k + 4) % m.length]);
        }
    }

    private static boolean isPaper(String s) {
        return s.equals("random") || s.equals("uncertainty") || s.equals("diversity") || s.equals("hybrid");
    }
}

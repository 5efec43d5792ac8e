package org.activemat.ui.common.chart;

/** One colour per strategy, the same on every chart; random is the grey baseline. */
public final class StrategyColors {
    private StrategyColors() {}

    public static int argb(String strategy) {
        return switch (strategy) {
            case "random" -> 0xff7f7f7f;
            case "uncertainty" -> Palette.categorical(1);
            case "diversity" -> Palette.categorical(2);
            case "hybrid" -> Palette.categorical(0);
            default -> Palette.categorical(Math.abs(strategy.hashCode()) % 10);
        };
    }

    public static boolean dashed(String strategy) { return "random".equals(strategy); }
}

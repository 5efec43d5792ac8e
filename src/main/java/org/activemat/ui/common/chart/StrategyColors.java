package org.activemat.ui.common.chart;

import org.activemat.engine.strategy.Strategies;

import java.util.List;

/** One colour per strategy, the same on every chart; the baseline is grey and dashed. */
public final class StrategyColors {
    private StrategyColors() {}

    public static int argb(String strategy) {
        if (Strategies.BASELINE.equals(strategy)) return 0xff7f7f7f;
        List<String> others = Strategies.names().stream().filter(n -> !n.equals(Strategies.BASELINE)).toList();
        int k = others.indexOf(strategy);
        if (k < 0) return Palette.categorical(Math.abs(strategy.hashCode()) % 10);   // e.g. a file's strategy not registered here
        return Palette.categorical(k < 3 ? (k + 1) % 3 : k);   // the paper's three keep the colours of earlier figures
    }

    public static boolean dashed(String strategy) { return Strategies.BASELINE.equals(strategy); }
}

package org.activemat.engine.strategy;

import java.util.List;

/** The built-in strategies by name. */
public final class Strategies {
    private Strategies() {}

    public static final List<String> NAMES = List.of("random", "uncertainty", "diversity", "hybrid");

    /** The strategy called name with the given diversity k and hybrid α; IllegalArgumentException listing the names otherwise. */
    public static QueryStrategy byName(String name, int diversityClusters, double hybridAlpha) {
        return switch (name) {
            case "random" -> new RandomStrategy();
            case "uncertainty" -> new UncertaintyStrategy();
            case "diversity" -> new DiversityStrategy(diversityClusters);
            case "hybrid" -> new HybridStrategy(hybridAlpha);
            default -> throw new IllegalArgumentException("unknown strategy '" + name + "'; expected one of " + String.join(", ", NAMES));
        };
    }
}

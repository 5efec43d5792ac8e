package org.activemat.engine.strategy;

import org.activemat.engine.registry.Parameter;
import org.activemat.engine.registry.Registry;

import java.util.List;

/** Every query strategy, by name, with its parameters; the paper's four come first. */
public final class Strategies {
    private Strategies() {}

    /** The baseline every comparison is made against, and the strategy suggest uses unless told otherwise. */
    public static final String BASELINE = "random", SUGGEST_DEFAULT = "uncertainty";

    public static final Registry<StrategyType> REGISTRY = new Registry<StrategyType>("strategy")
            .register(StrategyType.paper(BASELINE, "B uniform draws from the unlabelled pool (the baseline)",
                    p -> new RandomStrategy()))
            .register(StrategyType.paper(SUGGEST_DEFAULT, "the B candidates with the largest ensemble variance (query by committee)",
                    p -> new UncertaintyStrategy()))
            .register(StrategyType.paper("diversity",
                    "k-means on the standardized pool; from each cluster the candidate farthest from the labelled set",
                    p -> new DiversityStrategy(p.get("k").intValue()),
                    Parameter.integer("k", "k-means clusters", 15, 1, 10_000)))
            .register(StrategyType.paper("hybrid",
                    "greedy α·variance + (1−α)·distance to labelled ∪ picked, both min-max scaled",
                    p -> new HybridStrategy(p.get("alpha")),
                    Parameter.real("alpha", "weight of the variance against the distance", 0.6, 0, 1, "")));

    /** The paper's four strategies (random, uncertainty, diversity, hybrid), the default of every protocol. */
    public static List<String> paper() {
        return REGISTRY.entries().stream().filter(StrategyType::inPaper).map(StrategyType::name).toList();
    }

    /** The names of every registered strategy, in registration order. */
    public static List<String> names() {
        return REGISTRY.names();
    }
}

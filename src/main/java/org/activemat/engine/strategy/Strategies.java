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
                    Parameter.real("alpha", "weight of the variance against the distance", 0.6, 0, 1, "")))
            // beyond the paper: batch strategies in the trained network's feature space (Holzmüller et al. 2023)
            .register(StrategyType.of("maxdist", "greedy k-center on the network's features: the candidate farthest from labelled ∪ picked",
                    p -> new MaxDistStrategy(p.get("dim").intValue()), dim(0)))
            .register(StrategyType.of("kmeanspp", "k-means++ seeding on the network's features, the labelled rows as the first centres",
                    p -> new KMeansPlusPlusStrategy(p.get("dim").intValue()), dim(0)))
            .register(StrategyType.of("maxdet", "greedy log-determinant of the feature kernel: the largest posterior variance given labelled ∪ picked",
                    p -> new MaxDetStrategy(p.get("dim").intValue(), p.get("sigma2")), dim(0), sigma2("jitter σ² added to the kernel diagonal")))
            .register(StrategyType.of("lcmd", "largest cluster maximum distance: in the cluster (around labelled ∪ picked) of largest Σd², its farthest point",
                    p -> new LcmdStrategy(p.get("dim").intValue()), dim(0)))
            .register(StrategyType.of("bait", "greedy BAIT: the candidate that most lowers tr(A⁻¹C), the pool's last-layer posterior variance",
                    p -> new BaitStrategy(p.get("dim").intValue(), p.get("sigma2")), dim(128), sigma2("prior σ² (noise over weight variance)")))
            .register(StrategyType.of("adaptive", "an EXP3 bandit picks one strategy each round, rewarded by the model's improvement on the next, held-out batch",
                    Strategies::adaptive, adaptiveParameters()));

    private static Parameter dim(int defaultValue) {
        return Parameter.integer("dim", "random projection of the network features to this many dimensions (0 = none: members × (width + 1))",
                defaultValue, 0, 4096);
    }

    private static Parameter sigma2(String what) {
        return Parameter.real("sigma2", what + ", relative to the mean k(x, x) of the labelled rows", 0.01, 1e-6, 10, "");
    }

    private static Parameter[] adaptiveParameters() {
        List<Parameter> p = new java.util.ArrayList<>();
        p.add(Parameter.real("gamma", "EXP3 exploration γ: every strategy keeps at least γ/K probability", 0.3, 0.01, 1, ""));
        p.add(Parameter.real("eta", "EXP3 learning rate η: log-weight change per unit of importance-weighted reward above ½", 2, 0.01, 100, ""));
        for (String arm : AdaptiveStrategy.ARMS)
            p.add(Parameter.integer(arm, "1 = the bandit may choose " + arm, AdaptiveStrategy.DEFAULT_ARMS.contains(arm) ? 1 : 0, 0, 1));
        return p.toArray(Parameter[]::new);
    }

    /** The arms switched on, each at its own defaults. */
    private static QueryStrategy adaptive(java.util.Map<String, Double> p) {
        List<QueryStrategy> arms = new java.util.ArrayList<>();
        for (String arm : AdaptiveStrategy.ARMS) if (p.get(arm) == 1) arms.add(StrategySpec.of(arm).create());
        if (arms.isEmpty()) throw new IllegalArgumentException("adaptive needs at least one strategy to choose from: set one of "
                + String.join(", ", AdaptiveStrategy.ARMS) + " to 1");
        return new AdaptiveStrategy(arms, p.get("gamma"), p.get("eta"));
    }

    /** The paper's four strategies (random, uncertainty, diversity, hybrid), the default of every protocol. */
    public static List<String> paper() {
        return REGISTRY.entries().stream().filter(StrategyType::inPaper).map(StrategyType::name).toList();
    }

    /** The names of every registered strategy, in registration order. */
    public static List<String> names() {
        return REGISTRY.names();
    }
}

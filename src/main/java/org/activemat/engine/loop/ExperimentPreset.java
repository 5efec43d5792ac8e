package org.activemat.engine.loop;

import org.activemat.engine.registry.Registry;

import java.util.function.Supplier;

/** A named starting point for a protocol (the CLI's --preset, the Strategies panel's buttons). */
public record ExperimentPreset(String name, String description, Supplier<ExperimentPlan> plan) implements Registry.Entry {
    public static final Registry<ExperimentPreset> REGISTRY = new Registry<ExperimentPreset>("preset")
            .register(new ExperimentPreset("paper", "arXiv 2601.06916: 80/20 split, 30 + 5×15 labels, 5 seeds, 5 MLPs 128-128, "
                    + "the paper's four strategies", ExperimentPlan::paper))
            .register(new ExperimentPreset("quick", "the paper's schedule with 3 seeds and 5 smaller MLPs (64-64, "
                    + "40 % of the epochs): a first look in a fraction of the time", ExperimentPreset::quick))
            .register(new ExperimentPreset("study", "the paper's protocol at 20 seeds, enough to tell a 5 % difference "
                    + "from noise on the bundled systems", () -> ExperimentPlan.paper().withSeeds(seeds(20))));

    static java.util.List<Integer> seeds(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }

    static ExperimentPlan quick() {
        ExperimentPlan p = ExperimentPlan.paper();
        var m = p.model().settings();
        return p.withSeeds(java.util.List.of(0, 1, 2))
                .withModel(m.withHiddenLayers(java.util.List.of(64, 64)).withEpochs(Math.max(1, m.epochs() * 2 / 5)));
    }
}

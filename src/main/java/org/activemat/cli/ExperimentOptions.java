package org.activemat.cli;

import org.activemat.engine.loop.ExperimentPlan;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.stream.IntStream;

/** Protocol options shared by run and bench: a preset, then any setting overridden one by one. */
final class ExperimentOptions {
    @Option(names = "--preset", defaultValue = "paper", paramLabel = "NAME",
            description = "protocol preset (default ${DEFAULT-VALUE}: 80/20 split, 30 + 5×15 labels, 5 seeds, 5 MLPs 128-128)")
    String preset;

    @Mixin ModelOptions model;

    @Option(names = "--strategies", split = ",", paramLabel = "LIST",
            description = "comma-separated: random, uncertainty, diversity, hybrid (default: all four)")
    List<String> strategies;

    @Option(names = "--seeds", paramLabel = "N", description = "number of seeds, 0..N-1 (default 5)")
    Integer seeds;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores); never changes the numbers")
    Integer threads;

    @Option(names = "--initial", paramLabel = "N", description = "initial random labels (default 30)")
    Integer initial;

    @Option(names = "--queries", paramLabel = "N", description = "query rounds after the initial one (default 5)")
    Integer queries;

    @Option(names = "--batch", paramLabel = "B", description = "labels per query (default 15)")
    Integer batch;

    @Option(names = "--alpha", paramLabel = "A", description = "hybrid weight of variance vs distance (default 0.6)")
    Double alpha;

    ExperimentPlan plan() {
        if (!preset.equals("paper")) throw new CliErrors.BadInputException("unknown preset '" + preset + "'; expected: paper");
        ExperimentPlan p = ExperimentPlan.paper();
        if (strategies != null) p = p.withStrategies(strategies.stream().map(String::trim).toList());
        if (seeds != null) {
            if (seeds < 1) throw new CliErrors.BadInputException("--seeds must be at least 1 (got " + seeds + ")");
            p = p.withSeeds(IntStream.range(0, seeds).boxed().toList());
        }
        if (threads != null) p = p.withThreads(threads);
        p = p.withModel(model.apply(p.model()));
        if (initial != null || queries != null || batch != null)
            p = p.withSchedule(initial != null ? initial : p.initialLabels(), queries != null ? queries : p.queries(),
                    batch != null ? batch : p.batchSize());
        if (alpha != null) p = p.withHybridAlpha(alpha);
        return p;
    }
}

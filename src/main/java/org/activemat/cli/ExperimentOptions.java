package org.activemat.cli;

import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentPreset;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Protocol options shared by run and bench: a preset, then any setting overridden one by one. */
final class ExperimentOptions {
    @Option(names = "--preset", defaultValue = "paper", paramLabel = "NAME", completionCandidates = Candidates.PresetNames.class,
            description = "protocol preset: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}: 80/20 split, 30 + 5×15 labels, 5 seeds, 5 MLPs 128-128)")
    String preset;

    @Mixin ModelOptions model;

    @Option(names = "--strategies", split = ",", paramLabel = "LIST", completionCandidates = Candidates.StrategyNames.class,
            description = "comma-separated, from: ${COMPLETION-CANDIDATES} (default: the preset's)")
    List<String> strategies;

    @Mixin StrategyOptions strategyOptions;

    @Mixin CalibrationOptions calibration;

    @Option(names = "--seeds", paramLabel = "N", description = "number of seeds, 0..N-1 (default 5)")
    Integer seeds;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the number of cores); never changes the numbers")
    Integer threads;

    @Option(names = "--test-fraction", paramLabel = "F", description = "share of the data held out as the test set (default 0.2)")
    Double testFraction;

    @Option(names = "--initial", paramLabel = "N", description = "initial random labels (default 30)")
    Integer initial;

    @Option(names = "--queries", paramLabel = "N", description = "query rounds after the initial one (default 5)")
    Integer queries;

    @Option(names = "--batch", paramLabel = "B", description = "labels per query (default 15)")
    Integer batch;

    ExperimentPlan plan() {
        ExperimentPlan p;
        try {
            p = ExperimentPreset.REGISTRY.get(preset).plan().get();
        } catch (IllegalArgumentException e) {
            throw new CliErrors.BadInputException(e.getMessage());
        }
        if (strategies != null) p = p.withStrategies(strategies.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList());
        p = p.withStrategySpecs(strategyOptions.apply(p.strategies()));
        if (seeds != null) {
            if (seeds < 1) throw new CliErrors.BadInputException("--seeds must be at least 1 (got " + seeds + ")");
            p = p.withSeeds(IntStream.range(0, seeds).boxed().toList());
        }
        if (threads != null) p = p.withThreads(threads);
        if (testFraction != null) p = p.withTestFraction(testFraction);
        p = p.withModel(model.apply(p.model()));
        p = calibration.apply(p);
        if (initial != null || queries != null || batch != null)
            p = p.withSchedule(initial != null ? initial : p.initialLabels(), queries != null ? queries : p.queries(),
                    batch != null ? batch : p.batchSize());
        return p;
    }
}

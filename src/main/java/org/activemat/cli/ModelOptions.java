package org.activemat.cli;

import org.activemat.engine.model.MlpSettings;
import org.activemat.engine.model.ModelSpec;
import org.activemat.engine.model.Optimizer;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * The model backend and the ensemble's settings, each overriding the backend's defaults when given: shared by run,
 * bench, explore and suggest.
 */
final class ModelOptions {
    @Option(names = "--model", paramLabel = "BACKEND", completionCandidates = Candidates.ModelNames.class,
            description = "model backend: ${COMPLETION-CANDIDATES} (default: the preset's, else the first)")
    String backend;

    @Option(names = "--epochs", paramLabel = "N", description = "training epochs per member (default: the backend's)")
    Integer epochs;

    @Option(names = "--members", paramLabel = "M", description = "ensemble size (default 5)")
    Integer members;

    @Option(names = "--hidden", split = ",", paramLabel = "SIZES", description = "hidden layer sizes, e.g. 128,128 (default)")
    List<Integer> hidden;

    @Option(names = "--lr", paramLabel = "RATE", description = "learning rate (default: the backend's)")
    Double learningRate;

    @Option(names = "--minibatch", paramLabel = "N", description = "training mini-batch size (default 16)")
    Integer miniBatch;

    @Option(names = "--optimizer", paramLabel = "NAME", description = "${COMPLETION-CANDIDATES} (default: the backend's)")
    Optimizer optimizer;

    /** The given spec with the options applied; --model switches to that backend's defaults first. */
    ModelSpec apply(ModelSpec spec) {
        try {
            if (backend != null && !backend.equalsIgnoreCase(spec.backend())) spec = ModelSpec.of(backend);
        } catch (IllegalArgumentException e) {
            throw new CliErrors.BadInputException(e.getMessage());
        }
        MlpSettings m = spec.settings();
        if (epochs != null) m = m.withEpochs(epochs);
        if (members != null) m = m.withMembers(members);
        if (hidden != null) m = m.withHiddenLayers(new ArrayList<>(hidden));
        if (learningRate != null) m = m.withLearningRate(learningRate);
        if (miniBatch != null) m = m.withBatchSize(miniBatch);
        if (optimizer != null) m = m.withOptimizer(optimizer);
        return spec.withSettings(m);
    }
}

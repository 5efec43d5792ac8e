package org.activemat.cli;

import org.activemat.engine.model.MlpSettings;
import org.activemat.engine.model.Optimizer;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** The ensemble's settings, each overriding the paper's when given: shared by run, bench, explore and suggest. */
final class ModelOptions {
    @Option(names = "--epochs", paramLabel = "N", description = "training epochs per member (default 100)")
    Integer epochs;

    @Option(names = "--members", paramLabel = "M", description = "ensemble size (default 5)")
    Integer members;

    @Option(names = "--hidden", split = ",", paramLabel = "SIZES", description = "hidden layer sizes, e.g. 128,128 (default)")
    List<Integer> hidden;

    @Option(names = "--lr", paramLabel = "RATE", description = "learning rate (default 0.01)")
    Double learningRate;

    @Option(names = "--minibatch", paramLabel = "N", description = "training mini-batch size (default 16)")
    Integer miniBatch;

    @Option(names = "--optimizer", paramLabel = "NAME", description = "sgd_momentum (default) or rmsprop")
    Optimizer optimizer;

    MlpSettings apply(MlpSettings m) {
        if (epochs != null) m = m.withEpochs(epochs);
        if (members != null) m = m.withMembers(members);
        if (hidden != null) m = m.withHiddenLayers(new ArrayList<>(hidden));
        if (learningRate != null) m = m.withLearningRate(learningRate);
        if (miniBatch != null) m = m.withBatchSize(miniBatch);
        if (optimizer != null) m = m.withOptimizer(optimizer);
        return m;
    }
}

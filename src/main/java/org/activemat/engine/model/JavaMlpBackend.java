package org.activemat.engine.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The project's own MLP ensemble ({@link JavaMlpTrainer}): pure-Java float32, Adam or SGD with momentum, the same
 * numbers on every machine. Defaults are the paper's recipe: 5 members, 17→128→128→1 ReLU, MSE, Adam lr 1e-3,
 * mini-batch 16, and {@link #EPOCHS} epochs.
 */
public final class JavaMlpBackend implements ModelBackend {
    public static final String NAME = "java-mlp";

    /** TODO: chosen by measurement against smile-mlp's paper settings. */
    public static final int EPOCHS = 100;

    @Override public String name() { return NAME; }

    @Override public String description() {
        return "the project's own pure-Java float32 MLP ensemble: Adam or SGD with momentum, bit-identical on every machine";
    }

    @Override public MlpSettings defaults() {
        return new MlpSettings(5, List.of(128, 128), EPOCHS, 16, 1e-3, 0.9, Optimizer.ADAM);
    }

    @Override public List<String> problems(MlpSettings s) {
        List<String> p = new ArrayList<>();
        if (s.optimizer() == Optimizer.RMSPROP)
            p.add(NAME + " has no RMSProp optimizer; use adam or sgd_momentum, or the smile-mlp backend");
        return p;
    }

    @Override public Trainer trainer(MlpSettings s) {
        return new JavaMlpTrainer(s);
    }
}

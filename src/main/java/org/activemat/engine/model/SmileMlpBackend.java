package org.activemat.engine.model;

import java.util.List;

/** Smile 3.1.1's MLP (native OpenBLAS, SGD + momentum or RMSProp, no Adam): kept as an independent cross-check. */
final class SmileMlpBackend implements ModelBackend {
    static final String NAME = ModelBackends.SMILE_MLP;

    @Override public String name() { return NAME; }

    /** bench --model smile-mlp on the bundled Si, 2026-12-01 (README, Performance). */
    @Override public double microsPerSampleEpoch() { return 44.5; }

    @Override public String description() {
        return "Smile 3.1.1's MLP: SGD with momentum or RMSProp, native OpenBLAS (numbers vary slightly by CPU)";
    }

    @Override public MlpSettings defaults() { return MlpSettings.paper(); }

    @Override public List<String> problems(MlpSettings s) {
        return s.optimizer() == Optimizer.ADAM
                ? List.of("smile-mlp has no Adam optimizer; use sgd_momentum or rmsprop, or another model backend")
                : List.of();
    }

    @Override public Trainer trainer(MlpSettings s) {
        return (x, y, seeds, afterMember, token, pool) -> MlpEnsemble.train(x, y, s, seeds, afterMember, token, pool);
    }
}

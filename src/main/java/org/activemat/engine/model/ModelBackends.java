package org.activemat.engine.model;

import org.activemat.engine.registry.Registry;

/** Every model backend, by name; the first registered is the default. */
public final class ModelBackends {
    private ModelBackends() {}

    /** Smile's MLP: the only backend of results files of schema 1. */
    public static final String SMILE_MLP = "smile-mlp";

    public static final Registry<ModelBackend> REGISTRY = new Registry<ModelBackend>("model backend")
            .register(new JavaMlpBackend())      // the default: pure Java, the paper's Adam, same numbers on every machine
            .register(new SmileMlpBackend());    // the independent cross-check

    /** The backend used when none is named. */
    public static ModelBackend standard() {
        return REGISTRY.entries().get(0);
    }
}

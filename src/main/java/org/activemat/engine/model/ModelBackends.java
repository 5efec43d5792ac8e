package org.activemat.engine.model;

import org.activemat.engine.registry.Registry;

/** Every model backend, by name; the first registered is the default. */
public final class ModelBackends {
    private ModelBackends() {}

    public static final Registry<ModelBackend> REGISTRY = new Registry<ModelBackend>("model backend")
            .register(new SmileMlpBackend())
            .register(new JavaMlpBackend());

    /** The backend used when none is named. */
    public static ModelBackend standard() {
        return REGISTRY.entries().get(0);
    }
}

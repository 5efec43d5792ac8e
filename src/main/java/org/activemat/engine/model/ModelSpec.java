package org.activemat.engine.model;

import java.util.ArrayList;
import java.util.List;

/** Which backend trains the ensemble, and with which settings: what a plan and a results file record of the model. */
public record ModelSpec(String backend, MlpSettings settings) {
    /** The default backend with its default settings. */
    public static ModelSpec standard() {
        ModelBackend b = ModelBackends.standard();
        return new ModelSpec(b.name(), b.defaults());
    }

    /** The named backend with its default settings; IllegalArgumentException listing the backends otherwise. */
    public static ModelSpec of(String backend) {
        ModelBackend b = ModelBackends.REGISTRY.get(backend);
        return new ModelSpec(b.name(), b.defaults());
    }

    public ModelSpec withSettings(MlpSettings s) {
        return new ModelSpec(backend, s);
    }

    public int members() { return settings.members(); }

    public List<String> problems() {
        var b = ModelBackends.REGISTRY.find(backend);
        if (b.isEmpty()) return List.of(ModelBackends.REGISTRY.unknown(backend));
        List<String> p = new ArrayList<>(settings.problems());
        p.addAll(b.get().problems(settings));
        return p;
    }

    public Trainer trainer() {
        List<String> p = problems();
        if (!p.isEmpty()) throw new IllegalArgumentException(String.join("; ", p));
        return ModelBackends.REGISTRY.get(backend).trainer(settings);
    }
}

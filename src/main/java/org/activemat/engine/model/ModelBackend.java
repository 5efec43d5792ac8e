package org.activemat.engine.model;

import org.activemat.engine.registry.Parameter;
import org.activemat.engine.registry.Registry;

import java.util.List;

/** A registered way to train the ensemble: its name, what it is, its settings' defaults, and its trainer. */
public interface ModelBackend extends Registry.Entry {
    /** The settings this backend uses when none are given (the paper preset's ensemble for this backend). */
    MlpSettings defaults();

    /** Reasons these settings cannot train with this backend; empty when they can. */
    List<String> problems(MlpSettings settings);

    Trainer trainer(MlpSettings settings);

    /**
     * CPU microseconds one sample-epoch (one sample's forward, backward and update in one member) costs the paper's
     * 17→128→128→1 net with mini-batch 16, the whole protocol's overhead included, as `activemat bench` measured it;
     * NaN when not measured. Only for a rough estimate before a run: the machine and its load change it.
     */
    default double microsPerSampleEpoch() { return Double.NaN; }

    /**
     * Whether a trained ensemble may be used from several threads at once (immutable, every prediction with its own
     * buffers), so that runs with the very same training can share it.
     */
    default boolean ensemblesShareable() { return false; }

    /** The settings a user can change, with their defaults and ranges, for help texts and forms. */
    default List<Parameter> parameters() {
        MlpSettings d = defaults();
        return List.of(
                Parameter.integer("members", "ensemble size", d.members(), 2, 100),
                Parameter.integer("epochs", "training epochs per member", d.epochs(), 1, 100_000),
                Parameter.integer("minibatch", "training mini-batch size", d.batchSize(), 1, 100_000),
                Parameter.real("lr", "learning rate", d.learningRate(), 1e-7, 10, ""),
                Parameter.real("momentum", "SGD momentum", d.momentum(), 0, 0.999, ""));
    }
}

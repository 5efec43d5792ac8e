package org.activemat.engine.loop;

import org.activemat.engine.model.ModelBackends;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A rough guess, before anything runs, of how long a replayed plan trains: its sample-epochs times the backend's
 * measured CPU cost per sample-epoch (scaled by the network's weights against the paper's 17→128→128→1), shared
 * among the threads. Training is nearly all of a run's cost; the strategies' own work and the machine's load are
 * not counted, so it is an order of magnitude to plan by, not a promise.
 */
public final class TrainingCost {
    private TrainingCost() {}

    private static final int PAPER_FEATURES = 17;

    /** The default descriptor set's width (paper-17), for an estimate made before the features are known. */
    public static final int DEFAULT_FEATURES = PAPER_FEATURES;
    private static final List<Integer> PAPER_HIDDEN = List.of(128, 128);

    /**
     * Sample-epochs the plan trains: Σ over rounds of the labelled rows × members × epochs, for every run, with round 0
     * once per seed where the strategies share it ({@link SharedRoundZero}).
     */
    public static long sampleEpochs(ExperimentPlan plan) {
        long rows = 0;
        for (int labelled : plan.labelCounts()) rows += labelled;
        rows *= plan.runs();
        if (SharedRoundZero.applies(plan)) rows -= (long) (plan.strategies().size() - 1) * plan.seeds().size() * plan.labelCounts()[0];
        return rows * plan.model().members() * plan.model().settings().epochs();
    }

    /** Estimated wall seconds on plan.threads() cores; empty when the backend has no measured cost. */
    public static OptionalDouble seconds(ExperimentPlan plan, int features) {
        var backend = ModelBackends.REGISTRY.find(plan.model().backend());
        if (backend.isEmpty() || Double.isNaN(backend.get().microsPerSampleEpoch())) return OptionalDouble.empty();
        double scale = (double) weights(features, plan.model().settings().hiddenLayers()) / weights(PAPER_FEATURES, PAPER_HIDDEN);
        // runs go in parallel, and the members of one run when runs are fewer than threads (ExperimentRunner)
        int busy = (int) Math.max(1, Math.min(plan.threads(), (long) plan.runs() * plan.model().members()));
        return OptionalDouble.of(sampleEpochs(plan) * backend.get().microsPerSampleEpoch() * 1e-6 * scale / busy);
    }

    /** Weights and biases of a features → hidden… → 1 network: what a sample-epoch's arithmetic grows with. */
    static long weights(int features, List<Integer> hidden) {
        long w = 0;
        int in = Math.max(1, features);
        for (int h : hidden) {
            w += (long) (in + 1) * h;
            in = h;
        }
        return w + in + 1;
    }
}

package org.activemat.engine.loop;

import org.activemat.engine.model.EnsembleModel;
import org.activemat.engine.model.ModelBackends;
import org.activemat.engine.task.CancellationToken;
import org.activemat.engine.task.Futures;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Under shared pairing, round 0 of every strategy of a seed is one and the same training: the same split, initial
 * labels and member seeds. This trains it once per seed, in the first run that gets there, and hands that ensemble to
 * the seed's other strategies (which wait for it if it is still training), so the numbers are exactly those of training
 * it in each run. Only for backends whose ensembles may be used from several threads at once.
 */
final class SharedRoundZero {
    private record Training(List<Integer> rows, FutureTask<EnsembleModel> task) {}

    private final ConcurrentHashMap<Integer, Training> bySeed = new ConcurrentHashMap<>();

    /** Whether the runs of this plan share their round 0: shared pairing, several strategies, a shareable backend. */
    static boolean applies(ExperimentPlan plan) {
        return plan.pairing() == Pairing.SHARED && plan.strategies().size() > 1
                && ModelBackends.REGISTRY.find(plan.model().backend()).map(b -> b.ensemblesShareable()).orElse(false);
    }

    /**
     * The round-0 ensemble of this seed on these labelled rows: trained here by train if no run of the seed has started
     * it, else the one that run trains; reused (the members trained elsewhere) runs only then. A run whose rows differ
     * (which a replay cannot produce) trains its own.
     */
    EnsembleModel ensemble(int seed, List<Integer> rows, Supplier<EnsembleModel> train, Runnable reused, CancellationToken token) {
        if (token != null) token.check();   // as a trainer would: once cancelled, nothing is trained or handed on
        Training mine = new Training(List.copyOf(rows), new FutureTask<>(train::get));
        Training first = bySeed.putIfAbsent(seed, mine);
        if (first == null) {
            mine.task().run();
            return Futures.await(mine.task(), token);
        }
        if (!first.rows().equals(mine.rows())) return train.get();
        EnsembleModel shared = Futures.await(first.task(), token);   // a cancelled first training cancels this run too
        if (token != null) token.check();
        reused.run();
        return shared;
    }
}

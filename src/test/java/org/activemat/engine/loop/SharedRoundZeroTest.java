package org.activemat.engine.loop;

import org.activemat.engine.model.EnsembleModel;
import org.activemat.engine.model.ModelSpec;
import org.activemat.engine.task.CancellationToken;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Round 0 trained once per seed for all its strategies: the same ensemble, the same numbers, the same outcome. */
class SharedRoundZeroTest {
    private static final List<Integer> ROWS = List.of(4, 1, 7);

    private static EnsembleModel ensemble() {
        return new EnsembleModel() {
            @Override public int size() { return 1; }
            @Override public double[] predictMember(int m, double[][] x) { return new double[x.length]; }
            @Override public double[][] lastHidden(int m, double[][] x) { return new double[x.length][0]; }
        };
    }

    @Test void theFirstRunOfASeedTrainsAndTheOthersGetThatEnsemble() {
        SharedRoundZero shared = new SharedRoundZero();
        AtomicInteger trainings = new AtomicInteger(), reused = new AtomicInteger();
        EnsembleModel first = shared.ensemble(0, ROWS, () -> { trainings.incrementAndGet(); return ensemble(); }, reused::incrementAndGet, null);
        EnsembleModel second = shared.ensemble(0, new ArrayList<>(ROWS), () -> { trainings.incrementAndGet(); return ensemble(); },
                reused::incrementAndGet, null);
        assertThat(second).isSameAs(first);
        assertThat(trainings).hasValue(1);
        assertThat(reused).hasValue(1);

        shared.ensemble(1, ROWS, () -> { trainings.incrementAndGet(); return ensemble(); }, reused::incrementAndGet, null);
        shared.ensemble(0, List.of(4, 1, 8), () -> { trainings.incrementAndGet(); return ensemble(); }, reused::incrementAndGet, null);
        assertThat(trainings).as("another seed, and other rows, train their own").hasValue(3);
        assertThat(reused).hasValue(1);
    }

    @Test void aRunThatArrivesDuringTheTrainingWaitsForIt() throws Exception {
        SharedRoundZero shared = new SharedRoundZero();
        CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
        EnsembleModel trained = ensemble();
        CompletableFuture<EnsembleModel> first = CompletableFuture.supplyAsync(() -> shared.ensemble(0, ROWS, () -> {
            started.countDown();
            try { release.await(); } catch (InterruptedException e) { throw new IllegalStateException(e); }
            return trained;
        }, () -> {}, null));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<EnsembleModel> second = CompletableFuture.supplyAsync(() -> shared.ensemble(0, ROWS,
                () -> { throw new AssertionError("trained twice"); }, () -> order.add("reused"), null));
        Thread.sleep(100);
        assertThat(second).isNotDone();
        release.countDown();
        assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(trained);
        assertThat(first.get(10, TimeUnit.SECONDS)).isSameAs(trained);
        assertThat(order).containsExactly("reused");
    }

    @Test void aCancelledFirstTrainingCancelsTheRunsWaitingForIt() {
        SharedRoundZero shared = new SharedRoundZero();
        CancellationToken token = new CancellationToken();
        assertThatThrownBy(() -> shared.ensemble(0, ROWS, () -> { throw new CancellationToken.CancelledException(); }, () -> {}, token))
                .isInstanceOf(CancellationToken.CancelledException.class);
        AtomicInteger reused = new AtomicInteger();
        assertThatThrownBy(() -> shared.ensemble(0, ROWS, ensembleOrFail(), reused::incrementAndGet, token))
                .isInstanceOf(CancellationToken.CancelledException.class);
        assertThat(reused).hasValue(0);
    }

    private static java.util.function.Supplier<EnsembleModel> ensembleOrFail() {
        return () -> { throw new AssertionError("trained twice"); };
    }

    @Test void onlySharedPairingSeveralStrategiesAndAShareableBackend() {
        ExperimentPlan paper = ExperimentPlan.paper();
        assertThat(SharedRoundZero.applies(paper)).isTrue();
        assertThat(SharedRoundZero.applies(paper.withPairing(Pairing.PER_STRATEGY))).isFalse();
        assertThat(SharedRoundZero.applies(paper.withStrategies(List.of("uncertainty")))).isFalse();
        assertThat(SharedRoundZero.applies(paper.withModel(ModelSpec.of("smile-mlp")))).as("Smile's MLP: not known to be thread-safe").isFalse();
    }
}

package org.activemat.engine.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MlpEnsembleTest {
    private static final MlpSettings SMALL = new MlpSettings(3, List.of(32, 32), 60, 16, 0.01, 0.9, Optimizer.SGD_MOMENTUM);
    private static final long[] SEEDS = {1, 2, 3};

    @Test
    void sameSeedsGiveIdenticalPredictionsEvenInAnotherThread() throws Exception {
        SyntheticData d = new SyntheticData(60, 5);
        double[] a = MlpEnsemble.train(d.x, d.y, SMALL, SEEDS, null, null).predict(d.x).mean();
        double[][] b = new double[1][];
        Thread t = new Thread(() -> b[0] = MlpEnsemble.train(d.x, d.y, SMALL, SEEDS, null, null).predict(d.x).mean());
        t.start();
        t.join();
        assertThat(b[0]).containsExactly(a);
    }

    @Test
    void membersDifferBySeedSoTheCommitteeHasVariance() {
        SyntheticData d = new SyntheticData(60, 5), far = new SyntheticData(20, 9);
        MlpEnsemble e = MlpEnsemble.train(d.x, d.y, SMALL, SEEDS, null, null);
        assertThat(e.predictMember(0, far.x)).isNotEqualTo(e.predictMember(1, far.x));
        assertThat(java.util.Arrays.stream(e.predict(far.x).variance()).min().orElseThrow()).isPositive();
    }

    @Test
    void learnsAFunctionWithALargeOffsetThanksToTargetStandardization() {
        SyntheticData train = new SyntheticData(200, 1), test = new SyntheticData(200, 2);
        double[] y = train.y.clone();
        for (int i = 0; i < y.length; i++) y[i] = 1000 + 3 * y[i];
        double[] truth = new double[test.y.length];
        for (int i = 0; i < truth.length; i++) truth[i] = 1000 + 3 * test.y[i];
        double[] p = MlpEnsemble.train(train.x, y, SMALL, SEEDS, null, null).predict(test.x).mean();
        double mae = 0, baseline = 0, mean = 0;
        for (double v : truth) mean += v / truth.length;
        for (int i = 0; i < p.length; i++) {
            mae += Math.abs(p[i] - truth[i]) / p.length;
            baseline += Math.abs(mean - truth[i]) / p.length;
        }
        assertThat(mae).isLessThan(0.75 * baseline);
    }

    @Test
    void reportsEachMemberAndRejectsMismatchedSeeds() {
        SyntheticData d = new SyntheticData(20, 5);
        java.util.List<Integer> done = new java.util.ArrayList<>();
        MlpEnsemble.train(d.x, d.y, SMALL.withEpochs(2), SEEDS, done::add, null);
        assertThat(done).containsExactly(0, 1, 2);
        assertThatThrownBy(() -> MlpEnsemble.train(d.x, d.y, SMALL, new long[]{1}, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one seed per member");
    }

    @Test
    void settingsExplainWhatIsWrong() {
        MlpSettings bad = new MlpSettings(1, List.of(0), 0, 0, -1, 1.5, Optimizer.SGD_MOMENTUM);
        assertThat(bad.problems()).hasSize(6);
        assertThat(MlpSettings.paper().problems()).isEmpty();
    }

    /** Cancel in the UI must return to idle within a second even when one member trains for minutes. */
    @Test
    void cancellingDuringALongMemberStopsWithinAnEpoch() throws Exception {
        SyntheticData d = new SyntheticData(60, 5);
        MlpSettings endless = SMALL.withMembers(2).withEpochs(10_000_000); // hours if not cancelled
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (java.util.concurrent.ExecutorService membersPool : new java.util.concurrent.ExecutorService[]{null, pool}) {
                org.activemat.engine.task.CancellationToken token = new org.activemat.engine.task.CancellationToken();
                java.util.List<Integer> finished = new java.util.concurrent.CopyOnWriteArrayList<>();
                java.util.concurrent.CompletableFuture<Object> outcome = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return MlpEnsemble.train(d.x, d.y, endless, new long[]{1, 2}, finished::add, token, membersPool);
                    } catch (RuntimeException e) {
                        return e;
                    }
                });
                Thread.sleep(300); // well inside the first member
                long t0 = System.nanoTime();
                token.cancel();
                Object result = outcome.get(5, java.util.concurrent.TimeUnit.SECONDS);
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertThat(result).isInstanceOf(org.activemat.engine.task.CancellationToken.CancelledException.class);
                assertThat(finished).as("no member may finish: cancellation happened inside it").isEmpty();
                assertThat(seconds).as("seconds from cancel to return").isLessThan(1.0);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.activemat.engine.model;

import org.activemat.engine.task.CancellationToken;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The java-mlp backend end to end: pinned numbers, thread independence, the seam's contract, cancellation. */
class JavaMlpTrainerTest {
    private static final MlpSettings SMALL = new MlpSettings(3, List.of(32, 32), 20, 16, 1e-3, 0.9, Optimizer.ADAM);
    private static final long[] SEEDS = {1, 2, 3};

    private static JavaMlpEnsemble train(MlpSettings s, SyntheticData d, long[] seeds, ExecutorService pool) {
        return new JavaMlpTrainer(s).train(d.x, d.y, seeds, null, null, pool);
    }

    /**
     * A small run pinned to exact values: pure Java float32, so every machine and JVM gives these bits. 40 rows in
     * mini-batches of 16 end with a partial batch of 8. If a change of the arithmetic moves them, re-pin on purpose.
     */
    @Test
    void aSmallRunGivesThePinnedNumbers() {
        SyntheticData d = new SyntheticData(40, 7), probe = new SyntheticData(3, 8);
        MlpSettings s = new MlpSettings(2, List.of(16, 8), 25, 16, 1e-3, 0.9, Optimizer.ADAM);
        JavaMlpEnsemble adam = train(s, d, new long[]{11, 12}, null);
        assertThat(adam.predictMember(0, probe.x)).containsExactly(PINNED_ADAM_0);
        assertThat(adam.predictMember(1, probe.x)).containsExactly(PINNED_ADAM_1);
        assertThat(adam.trainingMse(0)).isEqualTo(PINNED_ADAM_MSE_0);
        JavaMlpEnsemble sgd = train(s.withOptimizer(Optimizer.SGD_MOMENTUM).withLearningRate(0.01), d, new long[]{11, 12}, null);
        assertThat(sgd.predictMember(0, probe.x)).containsExactly(PINNED_SGD_0);
    }

    // computed once (identical under the interpreter, C1 and C2 with and without SuperWord) and pinned
    private static final double[] PINNED_ADAM_0 = {0.3339972550028978, 0.22078925561003565, 0.26717414078449203};
    private static final double[] PINNED_ADAM_1 = {0.4355619727981057, 0.40040875682036114, 0.33704381917356824};
    private static final double PINNED_ADAM_MSE_0 = 0.9627246762222736;
    private static final double[] PINNED_SGD_0 = {0.9426982376159224, 0.3084542277909286, -0.41336731391430204};

    @Test
    void sameNumbersWhateverTheThreadCount() throws Exception {
        SyntheticData d = new SyntheticData(50, 5), probe = new SyntheticData(20, 6);
        JavaMlpEnsemble sequential = train(SMALL, d, SEEDS, null);
        for (int threads = 1; threads <= 3; threads++) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Integer> done = new CopyOnWriteArrayList<>();
                JavaMlpEnsemble parallel = new JavaMlpTrainer(SMALL).train(d.x, d.y, SEEDS, done::add, null, pool);
                assertThat(done).containsExactlyInAnyOrder(0, 1, 2);
                for (int m = 0; m < 3; m++)
                    assertThat(parallel.predictMember(m, probe.x)).as("member %d on %d threads", m, threads)
                            .containsExactly(sequential.predictMember(m, probe.x));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Same initial weights and shuffling as the double-precision Adam reference (AdamReferenceMlp): after a short run
     * the float32 network must still agree with it closely; this checks batching, the partial batch, the gradient
     * and Adam together.
     */
    @Test
    void tracksTheDoublePrecisionAdamReference() {
        SyntheticData d = new SyntheticData(40, 1), probe = new SyntheticData(30, 2);
        int epochs = 10;
        JavaMlpEnsemble ours = train(SMALL.withEpochs(epochs).withMembers(2), d, new long[]{5, 6}, null);
        AdamReferenceMlp reference = new AdamReferenceMlp(17, new int[]{32, 32}, 5);
        reference.fit(d.x, d.y, epochs, 16, 1e-3, JavaMlpTrainer.shuffleSeed(5));
        double[] a = ours.predictMember(0, probe.x), b = reference.predict(probe.x);
        double maxDiff = 0;
        for (int i = 0; i < a.length; i++) maxDiff = Math.max(maxDiff, Math.abs(a[i] - b[i]));
        assertThat(maxDiff).isLessThan(1e-4);
    }

    @Test
    void lastHiddenIsTheReluOfTheLastLayerAndFeedsTheOutput() {
        SyntheticData d = new SyntheticData(30, 3), probe = new SyntheticData(10, 4);
        JavaMlpBackend backend = new JavaMlpBackend();
        JavaMlpEnsemble e = (JavaMlpEnsemble) backend.trainer(backend.defaults().withMembers(2).withEpochs(3))
                .train(d.x, d.y, new long[]{1, 2}, null, null, null);
        double[][] h = e.lastHidden(1, probe.x);
        double[] p = e.predictMember(1, probe.x);
        double[][] g = e.outputLayerGradient(1, probe.x);
        JavaMlpNetworkTest.DoubleNet reference = new JavaMlpNetworkTest.DoubleNet(e.member(1));
        int zeros = 0;
        for (int i = 0; i < probe.x.length; i++) {
            float[] row = new float[17];
            for (int j = 0; j < 17; j++) row[j] = (float) probe.x[i][j];
            double[][] f = reference.forward(row);
            assertThat(h[i]).hasSize(128);
            assertThat(g[i]).hasSize(129);
            for (int j = 0; j < 128; j++) {
                assertThat(h[i][j]).isGreaterThanOrEqualTo(0).isCloseTo(f[0][j], within(1e-5));
                assertThat(g[i][j]).isEqualTo(h[i][j] * e.yStd());
                if (h[i][j] == 0) zeros++;
            }
            assertThat(g[i][128]).isEqualTo(e.yStd());
            assertThat(p[i]).isCloseTo(f[1][0] * e.yStd() + e.yMean(), within(1e-5 * e.yStd()));
        }
        assertThat(zeros).as("ReLU switches some units off").isPositive();
    }

    @Test
    void learnsAFunctionWithALargeOffsetThanksToTargetStandardization() {
        SyntheticData train = new SyntheticData(200, 1), test = new SyntheticData(200, 2);
        double[] y = train.y.clone(), truth = test.y.clone();
        for (int i = 0; i < y.length; i++) y[i] = 1000 + 3 * y[i];
        for (int i = 0; i < truth.length; i++) truth[i] = 1000 + 3 * truth[i];
        double[] p = new JavaMlpTrainer(SMALL).train(train.x, y, SEEDS, null, null, null).predict(test.x).mean();
        double mae = 0, baseline = 0, mean = Arrays.stream(truth).average().orElseThrow();
        for (int i = 0; i < p.length; i++) {
            mae += Math.abs(p[i] - truth[i]) / p.length;
            baseline += Math.abs(mean - truth[i]) / p.length;
        }
        assertThat(mae).isLessThan(0.75 * baseline);
    }

    @Test
    void aConstantTargetIsPredictedAsThatConstant() {
        SyntheticData d = new SyntheticData(20, 1);
        double[] y = new double[20];
        Arrays.fill(y, -5.25);
        double[] p = new JavaMlpTrainer(SMALL).train(d.x, y, SEEDS, null, null, null).predict(d.x).mean();
        for (double v : p) assertThat(v).isCloseTo(-5.25, within(0.05));
    }

    /** The epoch loop allocates nothing: a member's allocation does not grow with its epochs. */
    @Test
    void trainingAllocatesNothingPerEpoch() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        SyntheticData d = new SyntheticData(50, 5);
        MlpSettings s = SMALL.withMembers(2);
        long[] bytes = new long[2];
        int[] epochs = {20, 220};
        for (int warm = 0; warm < 2; warm++) {
            for (int i = 0; i < 2; i++) {
                long before = threads.getCurrentThreadAllocatedBytes();
                new JavaMlpTrainer(s.withEpochs(epochs[i])).train(d.x, d.y, new long[]{1, 2}, null, null, null);
                bytes[i] = threads.getCurrentThreadAllocatedBytes() - before;
            }
        }
        assertThat(bytes[1] - bytes[0]).as("bytes for 200 more epochs (%d vs %d)", bytes[1], bytes[0]).isLessThan(4096);
    }

    @Test
    void cancellingDuringALongMemberStopsWithinAnEpoch() throws Exception {
        SyntheticData d = new SyntheticData(60, 5);
        MlpSettings endless = SMALL.withMembers(2).withEpochs(100_000_000); // hours if not cancelled
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (ExecutorService membersPool : new ExecutorService[]{null, pool}) {
                CancellationToken token = new CancellationToken();
                List<Integer> finished = new CopyOnWriteArrayList<>();
                CompletableFuture<Object> outcome = CompletableFuture.supplyAsync(() -> {
                    try {
                        return new JavaMlpTrainer(endless).train(d.x, d.y, new long[]{1, 2}, finished::add, token, membersPool);
                    } catch (RuntimeException e) {
                        return e;
                    }
                });
                Thread.sleep(200); // well inside the first member
                long t0 = System.nanoTime();
                token.cancel();
                Object result = outcome.get(5, TimeUnit.SECONDS);
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertThat(result).isInstanceOf(CancellationToken.CancelledException.class);
                assertThat(finished).as("no member may finish: cancellation happened inside it").isEmpty();
                assertThat(seconds).as("seconds from cancel to return").isLessThan(1.0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDefaultBackendWithThePapersRecipe() {
        assertThat(ModelBackends.REGISTRY.names()).containsExactly(JavaMlpBackend.NAME, SmileMlpBackend.NAME);
        assertThat(ModelBackends.standard().name()).isEqualTo(JavaMlpBackend.NAME);
        MlpSettings d = ModelBackends.REGISTRY.get("java-mlp").defaults();
        assertThat(d).isEqualTo(new MlpSettings(5, List.of(128, 128), JavaMlpBackend.EPOCHS, 16, 1e-3, 0.9, Optimizer.ADAM));
        assertThat(ModelSpec.of("java-mlp").problems()).isEmpty();
        assertThat(ModelSpec.of("java-mlp").withSettings(d.withOptimizer(Optimizer.SGD_MOMENTUM)).problems()).isEmpty();
        assertThat(ModelSpec.of("java-mlp").withSettings(d.withOptimizer(Optimizer.RMSPROP)).problems())
                .singleElement().asString().contains("RMSProp");
    }

    @Test
    void rejectsWhatItCannotTrain() {
        SyntheticData d = new SyntheticData(20, 5);
        Trainer t = new JavaMlpTrainer(SMALL);
        assertThatThrownBy(() -> t.train(d.x, d.y, new long[]{1}, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one seed per member");
        assertThatThrownBy(() -> t.train(d.x, Arrays.copyOf(d.y, 19), SEEDS, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rows");
        assertThatThrownBy(() -> new JavaMlpTrainer(SMALL.withOptimizer(Optimizer.RMSPROP)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RMSProp");
        List<Integer> done = new ArrayList<>();
        t.train(d.x, d.y, SEEDS, done::add, null, null);
        assertThat(done).containsExactly(0, 1, 2);
    }
}

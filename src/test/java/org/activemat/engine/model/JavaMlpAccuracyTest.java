package org.activemat.engine.model;

import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.descriptor.FeatureMatrix;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accuracy parity on real data: the bundled Si sample (DFT energy per atom, paper-17 descriptors), 3 random splits of
 * 105 training rows (the paper's final label count) and 215 test rows.
 * <ul>
 *   <li>java-mlp's defaults (Adam lr 1e-3, 100 epochs, mini-batch 16, 5 members) against smile-mlp's paper settings
 *       (SGD + momentum 0.9, lr 0.01, 100 epochs, mini-batch 16, 5 members): mean ensemble test MAE no worse than
 *       Smile's by more than 5 %. Measured: 0.0684 vs 0.0693 eV/atom (java-mlp 1.3 % better), so Smile's own
 *       variation between CPUs (native OpenBLAS) stays well inside the margin.</li>
 *   <li>java-mlp's member 0 against the double-precision Adam reference (AdamReferenceMlp) started from the same
 *       weights and shuffled alike, on the first split: test MAE within 3 % either way (float32 against float64
 *       arithmetic). Measured: 0.0718 vs 0.0718.</li>
 * </ul>
 */
class JavaMlpAccuracyTest {
    @Test
    void matchesSmileAndTheDoublePrecisionReferenceOnTheSiSample() throws Exception {
        FeatureMatrix fm = Descriptors.matrix(DatasetFormats.read(Path.of("sample-data", "Si.extxyz")),
                Descriptors.byName("paper-17"), "energy_per_atom", List.of());
        ModelBackend smile = ModelBackends.REGISTRY.get(SmileMlpBackend.NAME), java = ModelBackends.REGISTRY.get(JavaMlpBackend.NAME);
        double smileMae = 0, javaMae = 0, memberMae = 0, referenceMae = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int split = 0; split < 3; split++) {
                JavaMlpBenchmark.Split sp = new JavaMlpBenchmark.Split(fm, 105, split);
                long[] seeds = {split * 10L, split * 10L + 1, split * 10L + 2, split * 10L + 3, split * 10L + 4};
                EnsembleModel s = smile.trainer(smile.defaults()).train(sp.trainX, sp.trainY, seeds, null, null, pool);
                JavaMlpEnsemble j = (JavaMlpEnsemble) java.trainer(java.defaults()).train(sp.trainX, sp.trainY, seeds, null, null, pool);
                smileMae += JavaMlpBenchmark.mae(s.predict(sp.testX).mean(), sp.testY) / 3;
                javaMae += JavaMlpBenchmark.mae(j.predict(sp.testX).mean(), sp.testY) / 3;

                if (split > 0) continue; // one split is enough for the reference (it trains in double, without SIMD)
                MlpSettings d = java.defaults();
                AdamReferenceMlp reference = new AdamReferenceMlp(17, new int[]{128, 128}, seeds[0]);
                reference.fit(sp.trainX, sp.trainY, d.epochs(), d.batchSize(), d.learningRate(), JavaMlpTrainer.shuffleSeed(seeds[0]));
                referenceMae = JavaMlpBenchmark.mae(reference.predict(sp.testX), sp.testY);
                memberMae = JavaMlpBenchmark.mae(j.predictMember(0, sp.testX), sp.testY);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("Si, 105 training rows, mean test MAE of 3 splits: java-mlp %.4f, smile-mlp %.4f; "
                + "split 0: java-mlp member 0 %.4f, double reference %.4f eV/atom%n", javaMae, smileMae, memberMae, referenceMae);
        assertThat(javaMae).as("java-mlp vs smile-mlp %.4f", smileMae).isLessThanOrEqualTo(1.05 * smileMae);
        assertThat(memberMae).as("java-mlp member vs reference %.4f", referenceMae)
                .isBetween(referenceMae / 1.03, referenceMae * 1.03);
    }
}

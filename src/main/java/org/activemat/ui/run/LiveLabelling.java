package org.activemat.ui.run;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.descriptor.DescriptorSet;
import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.io.DatasetInfo;
import org.activemat.engine.io.ExplorationInfo;
import org.activemat.engine.loop.ExperimentListener;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.oracle.qe.ChemicalSystem;
import org.activemat.engine.oracle.labelling.ExplorationRun;
import org.activemat.engine.oracle.qe.QuantumEspressoOracle;
import org.activemat.engine.oracle.qe.ReferenceEnergies;
import org.activemat.engine.oracle.Candidate;
import org.activemat.engine.oracle.generator.UserCandidates;
import org.activemat.engine.task.CancellationToken;
import org.activemat.engine.task.ProgressListener;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * A live run of the workbench, done on a worker thread: the elemental references (the test set's when it has them, as
 * the bundled samples do, since its formation energies use them), the label cache and the pool (generated, or the
 * user's structures), then the
 * exploration. Progress counts pw.x calculations, which is where the time goes; Cancel kills those in flight.
 */
public record LiveLabelling(ChemicalSystem system, Path testFile, Path labelsFile, int poolSize, long poolSeed,
                            Path poolFile, Dataset poolData, int jobs, DescriptorSet descriptors, FeatureMatrix test,
                            ExperimentPlan plan) {

    /** A generated pool of poolSize structures drawn with poolSeed. */
    public static LiveLabelling generated(ChemicalSystem system, Path testFile, Path labelsFile, int poolSize, long poolSeed,
                                          int jobs, DescriptorSet descriptors, FeatureMatrix test, ExperimentPlan plan) {
        return new LiveLabelling(system, testFile, labelsFile, poolSize, poolSeed, null, null, jobs, descriptors, test, plan);
    }

    /** The structures of poolFile, already read into poolData. */
    public static LiveLabelling fromFile(ChemicalSystem system, Path testFile, Path labelsFile, Path poolFile, Dataset poolData,
                                         int jobs, DescriptorSet descriptors, FeatureMatrix test, ExperimentPlan plan) {
        return new LiveLabelling(system, testFile, labelsFile, poolData.size(), 0, poolFile, poolData, jobs, descriptors, test, plan);
    }

    /** What the results file records about this run, to show and redraw it later. */
    public ExplorationInfo info(DatasetInfo testSet) {
        return poolData == null ? ExplorationRun.info(system, poolSize, poolSeed, testSet)
                : ExplorationRun.info(system, DatasetInfo.of(poolFile.toAbsolutePath(), poolData), testSet);
    }

    /** poolReady receives the pool's ids and raw descriptors (on this worker thread) before any calculation. */
    public ExperimentResult run(ExperimentListener listener, ProgressListener progress, CancellationToken token,
                                BiConsumer<List<String>, double[][]> poolReady) throws Exception {
        QuantumEspressoOracle oracle = QuantumEspressoOracle.desktop(system.settings(), token);
        progress.progress(0, 1, "reference energies of " + system.label());
        Path besideTest = testFile == null ? null : testFile.toAbsolutePath().resolveSibling("references.json");
        ReferenceEnergies.Result mu = ReferenceEnergies.loadOrCompute(system, oracle, jobs, besideTest,
                labelsFile.toAbsolutePath().resolveSibling(system.label() + "-references.json"),
                (d, t, m) -> progress.progress(0, 1, "reference energies: " + m));
        List<Candidate> pool = poolData == null ? ExplorationRun.pool(system, poolSize, poolSeed)
                : UserCandidates.of(poolData, poolFile, system);
        try (ExplorationRun run = ExplorationRun.open(system, oracle, mu.mu(), 1, labelsFile, pool, descriptors, test, plan, jobs)) {
            poolReady.accept(run.poolIds(), run.poolFeatures());
            long max = Math.max(1, run.maxNewCalculations());
            AtomicLong calculations = new AtomicLong();
            progress.progress(0, max, "pw.x: " + run.labelledCount() + " of the pool's structures are labelled already");
            return run.run(listener, (d, t, m) -> progress.progress(Math.min(max, calculations.incrementAndGet()), max, "pw.x " + m), token);
        }
    }
}

package org.activemat.engine.oracle.labelling;

import org.activemat.engine.oracle.Oracle;
import org.activemat.engine.oracle.qe.ChemicalSystem;

import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.PropertySummary;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.descriptor.DescriptorSet;
import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.descriptor.Standardizer;
import org.activemat.engine.io.DatasetInfo;
import org.activemat.engine.io.ExplorationInfo;
import org.activemat.engine.loop.ActiveLearningLoop;
import org.activemat.engine.loop.ExperimentListener;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.RunResult;
import org.activemat.engine.oracle.Candidate;
import org.activemat.engine.oracle.generator.CandidateGenerator;
import org.activemat.engine.oracle.generator.UserCandidates;
import org.activemat.engine.task.CancellationToken;
import org.activemat.engine.task.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Active learning with a live oracle: the pool is generated structures without labels, and every structure a strategy
 * queries is labelled by pw.x when it is picked — the half of active learning that a retrospective benchmark replays.
 * The model is scored on a held-out labelled set computed with the same settings (the bundled sample of the system).
 *
 * <p>Labels are cached in the labeller's frames file and shared by every strategy and seed: a structure picked twice
 * costs one calculation, and a killed exploration resumes by replaying its rounds (same seeds, same picks) while only
 * the missing labels are computed. A candidate the oracle fails on is left out of the pool; its batch is one short.
 */
public final class ExplorationRun implements AutoCloseable {
    private final List<Candidate> pool;
    private final double[][] poolX;
    private final double[][] poolRaw;
    private final double[][] testX;
    private final FeatureMatrix test;
    private final String target;
    private final ExperimentPlan plan;
    private final LabelingRun labeller;
    private final int jobs;
    private final Map<String, Double> known = new HashMap<>();

    /**
     * @param known  target values already in the labeller's frames file, by id (from an earlier or interrupted run)
     * @param test   the held-out labelled set's features (raw) and target, computed with descriptors
     */
    public ExplorationRun(List<Candidate> pool, DescriptorSet descriptors, FeatureMatrix test, ExperimentPlan plan,
                          LabelingRun labeller, Map<String, Double> known, int jobs) {
        if (!test.featureNames().equals(descriptors.featureNames()))
            throw new IllegalArgumentException("the test features are not " + descriptors.name());
        int needed = plan.initialLabels() + plan.queries() * plan.batchSize();
        if (needed > pool.size())
            throw new IllegalArgumentException("the protocol needs " + needed + " labels but the pool holds " + pool.size() + " structures");
        this.pool = List.copyOf(pool);
        double[][] raw = features(pool, descriptors);
        Standardizer scaler = Standardizer.fit(raw);   // the pool's features are known before any label
        this.poolRaw = raw;
        this.poolX = scaler.transform(raw);
        this.testX = scaler.transform(test.x());
        this.test = test;
        this.target = test.target();
        this.plan = plan;
        this.labeller = labeller;
        this.jobs = jobs;
        this.known.putAll(known);
    }

    /**
     * An exploration of poolSize structures drawn with poolSeed, labels cached in labelsFile (created when missing;
     * the frames and failures already there are reused), scored on test. Ids carry the seed: Si-s1-0042-bc8-shear.
     */
    public static ExplorationRun open(ChemicalSystem system, Oracle oracle, Map<String, Double> mu, int ranks, Path labelsFile,
                                      int poolSize, long poolSeed, DescriptorSet descriptors, FeatureMatrix test,
                                      ExperimentPlan plan, int jobs) throws IOException, DataFormatException {
        return open(system, oracle, mu, ranks, labelsFile, pool(system, poolSize, poolSeed), descriptors, test, plan, jobs);
    }

    /** The same with a given pool, e.g. the user's own structures ({@link UserCandidates}). */
    public static ExplorationRun open(ChemicalSystem system, Oracle oracle, Map<String, Double> mu, int ranks, Path labelsFile,
                                      List<Candidate> pool, DescriptorSet descriptors, FeatureMatrix test,
                                      ExperimentPlan plan, int jobs) throws IOException, DataFormatException {
        FrameLog frames = FrameLog.open(labelsFile);
        try {
            Map<String, Double> known = new HashMap<>();
            if (frames.size() > 0)
                for (Entry e : DatasetFormats.read(labelsFile).entries()) e.property(test.target()).ifPresent(v -> known.put(e.id(), v));
            LabelingRun labeller = new LabelingRun(system, null, oracle, mu, frames,
                    FailureLog.open(FailureLog.besides(labelsFile)), ranks);
            return new ExplorationRun(pool, descriptors, test, plan, labeller, known, jobs);
        } catch (IOException | DataFormatException | RuntimeException e) {
            frames.close();
            throw e;
        }
    }

    /** Releases the labels file for another run. */
    @Override public void close() throws IOException { labeller.frames().close(); }

    /**
     * The pool a results file describes: read again from its file (which must still hold the same structures), or
     * generated again from its seed.
     */
    public static List<Candidate> pool(ExplorationInfo e) throws IOException, DataFormatException {
        ChemicalSystem system = ChemicalSystem.parse(e.system());
        if (e.poolFile() == null) return pool(system, e.poolSize(), e.poolSeed());
        Path file = Path.of(e.poolFile().file());
        Dataset d = DatasetFormats.read(file);
        if (!e.poolFile().sha256().isEmpty() && !d.fingerprint().equals(e.poolFile().sha256()))
            throw new DataFormatException(file, "", "the file changed since the experiment ran on it (its fingerprint differs)");
        return UserCandidates.of(d, file, system);
    }

    /** The generated pool: the same structures for the same system, size and seed, so a saved experiment can redraw it. */
    public static List<Candidate> pool(ChemicalSystem system, int poolSize, long poolSeed) {
        CandidateGenerator generator = new CandidateGenerator(system, poolSeed);
        String head = system.label() + "-";
        List<Candidate> pool = new ArrayList<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            Candidate c = generator.candidate(i);
            pool.add(new Candidate(head + "s" + poolSeed + "-" + c.id().substring(head.length()), i, c.structure(), c.prototype(), c.info()));
        }
        return pool;
    }

    /** Raw descriptors of structures without labels, one row each. */
    public static double[][] features(List<Candidate> structures, DescriptorSet descriptors) {
        double[][] raw = new double[structures.size()][];
        for (int i = 0; i < raw.length; i++)
            raw[i] = descriptors.compute(Entry.of(structures.get(i).id(), structures.get(i).structure(), Map.of(), "generator"));
        return raw;
    }

    /**
     * About how long n calculations take, jobs at a time (no faster than the cores allow), at the mean pw.x wall time
     * the test set records per structure (the bundled samples record it); NaN when it records none.
     */
    public static double estimatedSeconds(int n, Dataset test, int jobs) {
        int parallel = Math.max(1, Math.min(jobs, Runtime.getRuntime().availableProcessors()));
        return n * PropertySummary.of(test, "wall_seconds").mean() / parallel;
    }

    /** What a results file records about an exploration of a generated pool. */
    public static ExplorationInfo info(ChemicalSystem system, int poolSize, long poolSeed, DatasetInfo testSet) {
        return new ExplorationInfo(system.label(), poolSize, poolSeed, testSet, system.settings().describe());
    }

    /** The same for a pool read from a file. */
    public static ExplorationInfo info(ChemicalSystem system, DatasetInfo poolFile, DatasetInfo testSet) {
        return new ExplorationInfo(system.label(), poolFile.rows(), 0, testSet, system.settings().describe(), poolFile);
    }

    /** At most this many new calculations: every run's labels, never more than the unlabelled pool. */
    public int maxNewCalculations() {
        int perRun = plan.initialLabels() + plan.queries() * plan.batchSize();
        return Math.min(pool.size() - labelledCount(), perRun * plan.runs());
    }

    public int poolSize() { return pool.size(); }

    public List<String> poolIds() { return pool.stream().map(Candidate::id).toList(); }

    /** The pool's descriptors, unstandardized, one row per poolIds() entry (to place the pool on a map). */
    public double[][] poolFeatures() { return poolRaw.clone(); }

    /** Every strategy × seed of the plan, in turn; stops between calculations and trainings when cancelled. */
    public ExperimentResult run(ExperimentListener listener, ProgressListener dft, CancellationToken cancel) throws IOException {
        long start = System.nanoTime();
        List<RunResult> runs = new ArrayList<>();
        boolean complete = true;
        outer:
        for (String strategy : plan.strategyNames())
            for (int seed : plan.seeds()) {
                RunResult r;
                try {
                    r = run(strategy, seed, listener, dft, cancel);
                } catch (CancellationToken.CancelledException e) {   // cancelled while training
                    r = null;
                }
                if (r == null) { complete = false; break outer; }
                runs.add(r);
            }
        return new ExperimentResult(plan, runs, complete, (System.nanoTime() - start) / 1e9);
    }

    /** One strategy and seed; null when cancelled before it finished. */
    RunResult run(String strategyName, int seed, ExperimentListener listener, ProgressListener dft, CancellationToken cancel)
            throws IOException {
        var data = new ActiveLearningLoop.Data(poolX, poolIds(), testX, test.y(), test.ids());
        return new ActiveLearningLoop(data, plan, strategyName, seed, (rows, token) -> label(rows, dft, token))
                .run(listener, cancel, null);
    }

    /**
     * The labels of pool rows: those not yet in the frames file are computed (jobs at a time); NaN for a structure the
     * oracle failed on; null when cancelled.
     */
    private double[] label(List<Integer> rows, ProgressListener dft, CancellationToken cancel) throws IOException {
        List<Candidate> missing = rows.stream().map(pool::get)
                .filter(c -> !known.containsKey(c.id()) && !labeller.failed(c.id())).toList();
        if (!missing.isEmpty())
            for (Entry e : labeller.label(missing, jobs, dft, cancel)) known.put(e.id(), e.property(target).orElseThrow());
        if (cancel.isCancelled()) return null;
        return rows.stream().mapToDouble(i -> known.getOrDefault(pool.get(i).id(), Double.NaN)).toArray();
    }

    /** The structures of the pool that were labelled, by id (in the frames file). */
    public int labelledCount() { return (int) pool.stream().filter(c -> known.containsKey(c.id())).count(); }
}

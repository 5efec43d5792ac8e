package org.activemat.engine.experiment;

import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.io.DatasetInfo;
import org.activemat.engine.io.ExplorationInfo;
import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.loop.ExperimentListener;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.oracle.qe.ChemicalSystem;
import org.activemat.engine.oracle.labelling.ExplorationRun;
import org.activemat.engine.oracle.Oracle;
import org.activemat.engine.oracle.Candidate;
import org.activemat.engine.oracle.generator.CandidateGenerator;
import org.activemat.engine.oracle.generator.UserCandidates;
import org.activemat.engine.oracle.qe.QuantumEspressoOracle;
import org.activemat.engine.oracle.qe.ReferenceEnergies;
import org.activemat.engine.task.CancellationToken;
import org.activemat.engine.task.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * Active learning with pw.x as the label source: the system, where the pool comes from (the user's file, or the
 * generator's seed and size), the labelled test set every round is scored on, target, descriptors, plan and how many
 * calculations run at a time. Every rule about such a run is here, once, for the command line and the workbench.
 */
public record LiveSpec(ChemicalSystem system, Pool pool, Dataset testSet, String testFile, String target, String descriptors,
                       ExperimentPlan plan, int jobs) {

    /** The pool: the user's structures (file and its data), or generated ones (file null: size and seed). */
    public record Pool(Path file, Dataset data, int size, long seed) {
        public static Pool generated(int size, long seed) { return new Pool(null, null, size, seed); }

        public static Pool of(Path file, Dataset data) { return new Pool(file, data, data.size(), 0); }

        public boolean generated() { return file == null; }
    }

    /** What the oracle computes, and so what a live run can learn. */
    public static final List<String> TARGETS = List.of("formation_energy_per_atom", "energy_per_atom");

    /** The setting a problem is about, so a form can show it beside its field. */
    public enum Setting { POOL, POOL_SEED, JOBS, SCHEDULE, TEST_SET, TARGET }

    public record Problem(Setting setting, String message) {}

    /** Why the generator cannot draw a pool with this seed, or null. */
    public static String poolSeedProblem(long seed) {
        return seed == CandidateGenerator.SAMPLE_SEED
                ? CandidateGenerator.SAMPLE_SEED + " draws the bundled samples' structures: choose another seed" : null;
    }

    /** Why jobs calculations at a time is impossible, or null. */
    public static String jobsProblem(int jobs) { return jobs < 1 ? "at least 1 calculation at a time" : null; }

    public static final String TARGET_RULE = "the oracle computes " + String.join(" and ", TARGETS);

    /** Why a pool (named poolName) cannot be used with this test set: ids it shares, or null. */
    public static String sharedIdsProblem(String poolName, List<Candidate> pool, java.util.Collection<String> testIds) {
        List<String> shared = UserCandidates.sharedWith(pool, testIds);
        return shared.isEmpty() ? null : poolName + " shares " + shared.size() + " structure id(s) with the test set (e.g. "
                + shared.get(0) + "): a structure cannot both be picked and score the model";
    }

    /** The pool's structures (generated ids carry the seed: Si-s1-0042-bc8-shear). */
    public List<Candidate> candidates() throws DataFormatException {
        return pool.generated() ? ExplorationRun.pool(system, pool.size(), pool.seed()) : UserCandidates.of(pool.data(), pool.file(), system);
    }

    public int labelsPerRun() { return plan.labelsNeeded(); }

    /** Every reason this run cannot start, each with the setting it is about; empty when it can. Draws a generated pool. */
    public List<Problem> problems() {
        try {
            return problems(candidates());
        } catch (DataFormatException e) {
            List<Problem> p = settingsProblems();
            p.add(new Problem(Setting.POOL, e.getMessage()));
            return p;
        }
    }

    /**
     * The same, except what only a drawn pool shows (a generated id equal to a test-set id): quick enough for a form to
     * check on every change, where drawing the pool (up to ~0.2 s) is not. The run checks the rest before it starts.
     */
    public List<Problem> problemsBeforeDrawing() {
        if (!pool.generated()) return problems();   // the user's structures are loaded already
        List<Problem> p = settingsProblems();
        if (labelsPerRun() > pool.size()) p.add(tooSmall(pool.size()));   // the generator draws exactly pool.size()
        return p;
    }

    private List<Problem> problems(List<Candidate> c) {
        List<Problem> p = settingsProblems();
        p.addAll(poolProblems(c));
        return p;
    }

    /** What the settings and the test set rule out, before any structure of the pool is looked at. */
    private List<Problem> settingsProblems() {
        List<Problem> p = new ArrayList<>();
        if (pool.generated() && poolSeedProblem(pool.seed()) != null) p.add(new Problem(Setting.POOL_SEED, poolSeedProblem(pool.seed())));
        if (pool.generated() && pool.size() < 2) p.add(new Problem(Setting.POOL, "the pool needs at least 2 structures, got " + pool.size()));
        if (jobsProblem(jobs) != null) p.add(new Problem(Setting.JOBS, jobsProblem(jobs)));
        if (!TARGETS.contains(target)) p.add(new Problem(Setting.TARGET, TARGET_RULE + ", not " + target));
        if (testSet.entries().stream().anyMatch(e -> !e.hasStructure() || !system.elements().containsAll(e.structure().species())))
            p.add(new Problem(Setting.TEST_SET, (testFile == null ? "the test set" : testFile + ": the test set")
                    + " holds elements outside " + system.label()));
        for (String why : plan.problems()) p.add(new Problem(Setting.SCHEDULE, why));
        return p;
    }

    /** What the pool's structures themselves rule out: too few for the protocol, ids shared with the test set. */
    private List<Problem> poolProblems(List<Candidate> c) {
        List<Problem> p = new ArrayList<>();
        if (!pool.generated() && c.size() < 2)
            p.add(new Problem(Setting.POOL, pool.file() + ": the pool needs at least 2 structures, found " + c.size()));
        if (labelsPerRun() > c.size()) p.add(tooSmall(c.size()));
        String shared = sharedIdsProblem(pool.generated() ? "the pool" : String.valueOf(pool.file().getFileName()), c, testSet.ids());
        if (shared != null) p.add(new Problem(Setting.POOL, shared));
        return p;
    }

    private Problem tooSmall(int poolSize) {
        return new Problem(Setting.POOL, "the protocol needs " + labelsPerRun() + " labels (" + plan.initialLabels() + " initial + "
                + plan.queries() + " × " + plan.batchSize() + ") but the pool holds " + poolSize + " structures");
    }

    /** The pool's structures, drawn once, when every rule holds; IllegalArgumentException with the first problem else. */
    private List<Candidate> checkedCandidates() throws DataFormatException {
        List<Candidate> c = candidates();
        List<Problem> problems = problems(c);
        if (!problems.isEmpty()) throw new IllegalArgumentException(problems.get(0).message());
        return c;
    }

    /** The test set's descriptors and target; IllegalArgumentException when they cannot be computed. */
    public FeatureMatrix testFeatures() {
        return Descriptors.matrix(testSet, Descriptors.byName(descriptors), target, List.of());
    }

    /** The exploration with its labels kept in labelsFile (created when missing, reused when there). */
    public ExplorationRun open(Oracle oracle, Map<String, Double> mu, int ranks, Path labelsFile) throws IOException, DataFormatException {
        return open(checkedCandidates(), oracle, mu, ranks, labelsFile);
    }

    private ExplorationRun open(List<Candidate> structures, Oracle oracle, Map<String, Double> mu, int ranks, Path labelsFile)
            throws IOException, DataFormatException {
        return ExplorationRun.open(system, oracle, mu, ranks, labelsFile, structures, Descriptors.byName(descriptors),
                testFeatures(), plan, jobs);
    }

    /** Where the elemental references are read first: beside the test set (the bundled samples keep theirs there). */
    public Path sharedReferences() {
        return testFile == null ? null : Path.of(testFile).toAbsolutePath().resolveSibling("references.json");
    }

    /** Where references computed for a run are cached when the test set has none: beside its labels file. */
    public Path ownReferences(Path labelsFile) {
        return labelsFile.toAbsolutePath().resolveSibling(system.label() + "-references.json");
    }

    /**
     * The whole run as the workbench starts it, on a worker thread: the references, the labels file (locked for the
     * run), the pool (poolReady gets its ids and raw descriptors before any calculation), the exploration. Progress
     * counts pw.x calculations, where the time goes; the token kills those in flight.
     */
    public ExperimentResult run(Path labelsFile, ExperimentListener listener, ProgressListener progress, CancellationToken token,
                                BiConsumer<List<String>, double[][]> poolReady) throws Exception {
        List<Candidate> structures = checkedCandidates();   // before the references, which may take minutes of pw.x
        QuantumEspressoOracle oracle = QuantumEspressoOracle.desktop(system.settings(), token);
        progress.progress(0, 1, "reference energies of " + system.label());
        ReferenceEnergies.Result mu = ReferenceEnergies.loadOrCompute(system, oracle, jobs, sharedReferences(),
                ownReferences(labelsFile), (d, t, m) -> progress.progress(0, 1, "reference energies: " + m));
        try (ExplorationRun run = open(structures, oracle, mu.mu(), 1, labelsFile)) {
            poolReady.accept(run.poolIds(), run.poolFeatures());
            long max = Math.max(1, run.maxNewCalculations());
            AtomicLong calculations = new AtomicLong();
            progress.progress(0, max, "pw.x: " + run.labelledCount() + " of the pool's structures are labelled already");
            return run.run(listener, (d, t, m) -> progress.progress(Math.min(max, calculations.incrementAndGet()), max, "pw.x " + m), token);
        }
    }

    /** What a results file records of how the pool was made and what the test set was, to show and redraw it later. */
    public ExplorationInfo exploration(DatasetInfo test) {
        return pool.generated() ? ExplorationRun.info(system, pool.size(), pool.seed(), test)
                : ExplorationRun.info(system, DatasetInfo.of(pool.file().toAbsolutePath(), pool.data()), test);
    }

    /** The results document of a finished (or cancelled) exploration whose labels are in labelsFile. */
    public ResultsDocument document(ExperimentResult result, Path labelsFile, String software) throws IOException, DataFormatException {
        return ResultsDocument.of(result, DatasetInfo.of(labelsFile), descriptors, testFeatures().featureNames(), target, software)
                .withExploration(exploration(DatasetInfo.of(Path.of(testFile), testSet)));
    }
}

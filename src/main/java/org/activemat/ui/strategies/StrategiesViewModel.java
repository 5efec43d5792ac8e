package org.activemat.ui.strategies;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.activemat.engine.chem.Element;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.io.ExplorationInfo;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.model.MlpSettings;
import org.activemat.engine.model.ModelSpec;
import org.activemat.engine.strategy.StrategySpec;
import org.activemat.engine.oracle.ChemicalSystem;
import org.activemat.engine.oracle.ExplorationRun;
import org.activemat.engine.oracle.QuantumEspressoOracle;
import org.activemat.engine.oracle.generator.CandidateGenerator;
import org.activemat.engine.oracle.generator.UserCandidates;
import org.activemat.ui.WorkbenchModel;
import org.activemat.ui.common.EtaEstimator;

import java.util.ArrayList;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The experiment form: protocol, ensemble and strategies, with a "Paper protocol" preset, a quicker preset and reset.
 * Every change re-validates; a problem is reported next to its field and the first one blocks Run with its reason.
 */
public final class StrategiesViewModel {
    public enum Field { INITIAL, BATCH, ROUNDS, SEEDS, TEST_FRACTION, MEMBERS, HIDDEN, EPOCHS, LEARNING_RATE, MINI_BATCH,
        STRATEGIES, K, ALPHA, POOL, POOL_SEED, JOBS }


    public static final List<String> STRATEGY_NAMES = List.of("random", "uncertainty", "diversity", "hybrid");

    private ModelSpec model = ModelSpec.standard();
    private final WorkbenchModel session;
    private final IntegerProperty initialLabels = new SimpleIntegerProperty();
    private final IntegerProperty batchSize = new SimpleIntegerProperty();
    private final IntegerProperty queryRounds = new SimpleIntegerProperty();
    private final IntegerProperty seeds = new SimpleIntegerProperty();
    private final DoubleProperty testFraction = new SimpleDoubleProperty();
    private final IntegerProperty members = new SimpleIntegerProperty();
    private final StringProperty hiddenLayers = new SimpleStringProperty();
    private final IntegerProperty epochs = new SimpleIntegerProperty();
    private final DoubleProperty learningRate = new SimpleDoubleProperty();
    private final IntegerProperty miniBatch = new SimpleIntegerProperty();
    private final BooleanProperty random = new SimpleBooleanProperty();
    private final BooleanProperty uncertainty = new SimpleBooleanProperty();
    private final BooleanProperty diversity = new SimpleBooleanProperty();
    private final BooleanProperty hybrid = new SimpleBooleanProperty();
    private final IntegerProperty k = new SimpleIntegerProperty();
    private final DoubleProperty alpha = new SimpleDoubleProperty();
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper blockReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper budget = new ReadOnlyStringWrapper("");
    // live labelling: a generated pool labelled by pw.x when picked; the loaded dataset becomes the test set
    private final BooleanProperty live = new SimpleBooleanProperty(false);
    private final IntegerProperty livePool = new SimpleIntegerProperty(100);
    private final IntegerProperty livePoolSeed = new SimpleIntegerProperty(1);
    private final IntegerProperty liveJobs = new SimpleIntegerProperty(Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final ObjectProperty<PoolFile> livePoolFile = new SimpleObjectProperty<>();   // null: a generated pool
    private final ObjectProperty<Path> liveLabelsFolder = new SimpleObjectProperty<>(
            Path.of(System.getProperty("user.home"), "ActiveMat", "live-labels"));
    private final boolean pwxFound = QuantumEspressoOracle.findOnPath("pw.x") != null;

    /** The user's own structures as the live pool: the file and what was read from it (off the FX thread). */
    public record PoolFile(Path file, Dataset data) {
        public String name() { return String.valueOf(file.getFileName()); }
    }

    public StrategiesViewModel(WorkbenchModel session) {
        this.session = session;
        for (Field f : Field.values()) errors.put(f, new ReadOnlyStringWrapper(""));
        paperProtocol();
        Observable[] all = {initialLabels, batchSize, queryRounds, seeds, testFraction, members, hiddenLayers, epochs,
                learningRate, miniBatch, random, uncertainty, diversity, hybrid, k, alpha, session.filteredProperty(),
                session.targetProperty(), live, livePool, livePoolSeed, liveJobs, liveLabelsFolder, livePoolFile};
        for (Observable o : all) o.addListener(x -> validate());
        validate();
    }

    /** arXiv 2601.06916: 30 initial labels, 5 queries of 15, 5 seeds, 80/20 split, 5 MLPs 128-128; all four strategies. */
    public void paperProtocol() {
        initialLabels.set(30);
        batchSize.set(15);
        queryRounds.set(5);
        seeds.set(5);
        testFraction.set(0.2);
        members.set(5);
        hiddenLayers.set("128, 128");
        epochs.set(100);
        learningRate.set(0.01);
        miniBatch.set(16);
        random.set(true);
        uncertainty.set(true);
        diversity.set(true);
        hybrid.set(true);
        k.set(15);
        alpha.set(0.6);
    }

    /** A first look in a fraction of the time: 3 seeds, smaller nets, fewer epochs. */
    public void quickLook() {
        paperProtocol();
        seeds.set(3);
        hiddenLayers.set("64, 64");
        epochs.set(40);
    }

    public void reset() { paperProtocol(); }

    /** A first live run, where every label is a DFT calculation: random against uncertainty, 10 + 4 × 5 labels, 1 seed. */
    public void liveLook() {
        live.set(true);
        initialLabels.set(10);
        batchSize.set(5);
        queryRounds.set(4);
        seeds.set(1);
        hiddenLayers.set("64, 64");
        random.set(true);
        uncertainty.set(true);
        diversity.set(false);
        hybrid.set(false);
    }

    /**
     * The paper's shape (initial = 2 × batch, 5 queries, ~90 % of the pool labelled by the end) scaled down to a pool
     * too small for 30 + 5 × 15, e.g. a bundled sample still being labelled. Leaves the ensemble settings alone.
     */
    public void fitToData() {
        int pool = poolSize();
        if (pool < 8) return;
        int rounds = 5;
        int batch = Math.max(1, (int) Math.floor(pool * 0.9 / (rounds + 2)));
        int initial = Math.max(2, 2 * batch);
        while (initial + rounds * batch > pool && batch > 1) {
            batch--;
            initial = Math.max(2, 2 * batch);
        }
        initialLabels.set(initial);
        batchSize.set(batch);
        queryRounds.set(rounds);
        k.set(Math.max(1, Math.min(k.get(), pool - initial)));
    }

    /** Entries with a finite target after the Data panel's filters; 0 without a dataset. */
    public int availableEntries() {
        Dataset d = session.filtered();
        return d == null ? 0 : d.size();
    }

    /** Size of the training pool the strategies pick from (the rest is the test set). */
    public int poolSize() {
        int n = availableEntries();
        int test = (int) Math.round(n * testFraction.get());
        return Math.max(0, n - test);
    }

    public List<Integer> parsedHiddenLayers() {
        List<Integer> out = new ArrayList<>();
        String s = hiddenLayers.get() == null ? "" : hiddenLayers.get().trim();
        if (s.isEmpty()) return out;
        for (String part : s.split("[,;\\s×x]+")) {
            if (part.isEmpty()) continue;
            out.add(Integer.parseInt(part));
        }
        return out;
    }

    /** The engine's plan for these settings (call only when valid). Threads: all cores; numbers do not depend on it. */
    public ExperimentPlan toPlan() {
        List<Integer> seedList = new ArrayList<>();
        for (int i = 0; i < seeds.get(); i++) seedList.add(i);
        return new ExperimentPlan(strategySpecs(), seedList, testFraction.get(), initialLabels.get(), queryRounds.get(),
                batchSize.get(), modelSpec(), Math.max(1, Runtime.getRuntime().availableProcessors()),
                ExperimentPlan.PAIRING);
    }

    /** The chosen strategies, each with the form's values of its parameters. */
    public List<StrategySpec> strategySpecs() {
        return selectedStrategies().stream().map(this::strategySpec).toList();
    }

    /** The named strategy with the form's values of the parameters it has. */
    public StrategySpec strategySpec(String name) {
        StrategySpec s = StrategySpec.of(name);
        if (s.resolved().containsKey("k")) s = s.with("k", k.get());
        if (s.resolved().containsKey("alpha")) s = s.with("alpha", alpha.get());
        return s;
    }

    /** The backend and ensemble of the form (call only when ensembleProblem() is null). */
    public ModelSpec modelSpec() {
        return model.withSettings(modelSettings());
    }

    /** The ensemble of the form (call only when ensembleProblem() is null). */
    public MlpSettings modelSettings() {
        return new MlpSettings(members.get(), parsedHiddenLayers(), epochs.get(), miniBatch.get(),
                learningRate.get(), model.settings().momentum(), model.settings().optimizer());
    }

    /** The first problem of the ensemble and strategy fields (what a suggestion needs), or null. */
    public String ensembleProblem() {
        for (Field f : List.of(Field.MEMBERS, Field.HIDDEN, Field.EPOCHS, Field.LEARNING_RATE, Field.MINI_BATCH, Field.K, Field.ALPHA))
            if (!errors.get(f).get().isEmpty()) return label(f) + ": " + errors.get(f).get();
        return null;
    }

    /** Shows the settings of a saved experiment. */
    public void fromPlan(ExperimentPlan p) {
        initialLabels.set(p.initialLabels());
        batchSize.set(p.batchSize());
        queryRounds.set(p.queries());
        seeds.set(p.seeds().size());
        testFraction.set(p.testFraction());
        model = p.model();
        MlpSettings m = p.model().settings();
        members.set(m.members());
        hiddenLayers.set(String.join(", ", m.hiddenLayers().stream().map(String::valueOf).toList()));
        epochs.set(m.epochs());
        learningRate.set(m.learningRate());
        miniBatch.set(m.batchSize());
        List<String> names = p.strategyNames();
        random.set(names.contains("random"));
        uncertainty.set(names.contains("uncertainty"));
        diversity.set(names.contains("diversity"));
        hybrid.set(names.contains("hybrid"));
        for (StrategySpec s : p.strategies()) {
            if (s.resolved().containsKey("k")) k.set((int) s.value("k"));
            if (s.resolved().containsKey("alpha")) alpha.set(s.value("alpha"));
        }
    }

    /** Shows how a saved experiment got its labels: live with this pool and label cache, or replayed (null). */
    public void fromExploration(ExplorationInfo e, Path labelsFile) {
        live.set(e != null);
        reopened = null;
        if (e == null) return;
        livePoolFile.set(null);   // a pool file is read again by the window, which sets it
        livePool.set(e.poolSize());
        if (e.poolFile() == null) livePoolSeed.set((int) e.poolSeed());
        if (labelsFile != null && labelsFile.getParent() != null) liveLabelsFolder.set(labelsFile.getParent());
        if (labelsFile != null) reopened = new Reopened(labelsFile, e.poolFile() == null ? poolIdentity(e.poolSeed(), null)
                : poolIdentity(0, Path.of(e.poolFile().file())));
        validate();
    }

    /** The label cache of a reopened experiment (its own name, e.g. from explore --out), reused while its pool is chosen. */
    private record Reopened(Path labels, String pool) {}

    private Reopened reopened;

    private static String poolIdentity(long seed, Path file) {
        return file == null ? "seed " + seed : "file " + file.toAbsolutePath();
    }

    public List<String> selectedStrategies() {
        List<String> out = new ArrayList<>();
        if (random.get()) out.add("random");
        if (uncertainty.get()) out.add("uncertainty");
        if (diversity.get()) out.add("diversity");
        if (hybrid.get()) out.add("hybrid");
        return out;
    }

    private void validate() {
        Map<Field, String> e = new EnumMap<>(Field.class);
        if (initialLabels.get() < 2) e.put(Field.INITIAL, "at least 2 initial labels are needed to train");
        if (batchSize.get() < 1) e.put(Field.BATCH, "batch must be at least 1");
        if (queryRounds.get() < 1) e.put(Field.ROUNDS, "at least 1 query round");
        if (seeds.get() < 1) e.put(Field.SEEDS, "at least 1 seed");
        if (!(testFraction.get() > 0 && testFraction.get() < 1)) e.put(Field.TEST_FRACTION, "must be between 0 and 1 (e.g. 0.2)");
        if (members.get() < 2) e.put(Field.MEMBERS, "an ensemble needs ≥ 2 members to estimate uncertainty");
        try {
            List<Integer> h = parsedHiddenLayers();
            if (h.isEmpty()) e.put(Field.HIDDEN, "give at least one layer size, e.g. 128, 128");
            else if (h.stream().anyMatch(x -> x < 1)) e.put(Field.HIDDEN, "layer sizes must be positive");
        } catch (NumberFormatException ex) {
            e.put(Field.HIDDEN, "layer sizes as whole numbers separated by commas, e.g. 128, 128");
        }
        if (epochs.get() < 1) e.put(Field.EPOCHS, "at least 1 epoch");
        if (!(learningRate.get() > 0 && learningRate.get() <= 1)) e.put(Field.LEARNING_RATE, "must be in (0, 1], e.g. 0.01");
        if (miniBatch.get() < 1) e.put(Field.MINI_BATCH, "mini-batch must be at least 1");
        if (selectedStrategies().isEmpty()) e.put(Field.STRATEGIES, "choose at least one strategy");
        if (diversity.get() && k.get() < 1) e.put(Field.K, "k must be at least 1");
        if (hybrid.get() && !(alpha.get() >= 0 && alpha.get() <= 1)) e.put(Field.ALPHA, "α must be between 0 and 1");
        int needed = initialLabels.get() + queryRounds.get() * batchSize.get();
        if (live.get()) {
            validateLive(e, needed);
            return;
        }
        int pool = poolSize();
        String noData = null;
        if (session.filtered() == null) noData = "load a dataset first (Data panel)";
        else if (pool < needed && !e.containsKey(Field.INITIAL) && !e.containsKey(Field.BATCH) && !e.containsKey(Field.ROUNDS))
            e.put(Field.ROUNDS, String.format("initial + rounds × batch = %d + %d × %d = %d labels, but the training pool has only %d"
                            + " (try \"Fit to this dataset\")",
                    initialLabels.get(), queryRounds.get(), batchSize.get(), needed, pool));
        if (session.filtered() != null && diversity.get() && !e.containsKey(Field.K) && k.get() > pool)
            e.put(Field.K, "k = " + k.get() + " is more than the " + pool + " pool entries");
        String first = publish(e, noData, availableEntries(), false);
        budget.set(session.filtered() == null ? "No dataset loaded." : String.format(
                "%d entries → test set %d, training pool %d; labels used per run: %d (%d rounds of training); %d runs in total.",
                availableEntries(), availableEntries() - pool, pool, needed, queryRounds.get() + 1,
                selectedStrategies().size() * Math.max(0, seeds.get())));
    }

    /** Shows each field's problem; the first one (or the first the engine finds in the plan) blocks Run. */
    private String publish(Map<Field, String> e, String noData, int rows, boolean dataFirst) {
        for (Field f : Field.values()) errors.get(f).set(e.getOrDefault(f, ""));
        String first = e.isEmpty() || dataFirst && noData != null ? noData
                : label(e.keySet().iterator().next()) + ": " + e.values().iterator().next();
        if (first == null) {  // the engine has the last word on what it can run
            List<String> engine = toPlan().problems(rows);
            if (!engine.isEmpty()) first = engine.get(0);
        }
        blockReason.set(first == null ? "" : first);
        valid.set(first == null);
        return first;
    }

    private void validateLive(Map<Field, String> e, int needed) {
        PoolFile own = livePoolFile.get();
        int pool = livePoolSize();
        ChemicalSystem sys = liveSystem();
        if (own != null && sys != null) {
            try {
                List<String> shared = UserCandidates.sharedWith(UserCandidates.of(own.data(), own.file(), sys),
                        session.filtered().ids());
                if (!shared.isEmpty())
                    e.put(Field.POOL, own.name() + " shares " + shared.size() + " id(s) with the loaded test set (e.g. "
                            + shared.get(0) + "): a structure cannot both be picked and score the model");
            } catch (DataFormatException ex) {
                e.put(Field.POOL, ex.getMessage());
            }
        }
        if (pool < needed && !e.containsKey(Field.POOL) && !e.containsKey(Field.INITIAL) && !e.containsKey(Field.BATCH)
                && !e.containsKey(Field.ROUNDS))
            e.put(Field.POOL, "initial + rounds × batch = " + needed + " labels: the pool needs at least as many structures");
        if (own == null && livePoolSeed.get() == CandidateGenerator.SAMPLE_SEED)
            e.put(Field.POOL_SEED, CandidateGenerator.SAMPLE_SEED + " is the bundled samples' seed: choose another");
        if (liveJobs.get() < 1) e.put(Field.JOBS, "at least 1 calculation at a time");
        if (diversity.get() && !e.containsKey(Field.K) && k.get() > pool)
            e.put(Field.K, "k = " + k.get() + " is more than the " + pool + " pool structures");
        String target = session.target();
        String noData = session.filtered() == null ? "load the test set first: a bundled sample (Data panel)"
                : sys == null ? "live labelling needs a dataset of Si, C, Fe or Ti–O structures as the test set (load a bundled sample)"
                : target == null || !LIVE_TARGETS.contains(target) ? "the oracle computes " + String.join(" and ", LIVE_TARGETS)
                        + ": choose one of them as the target (Data panel)"
                : availableEntries() < 2 ? "the test set needs at least 2 entries"
                : !pwxFound ? "pw.x was not found on the PATH: install Quantum ESPRESSO (Debian, Ubuntu: apt install quantum-espresso)"
                : null;
        publish(e, noData, pool + availableEntries(), true);   // a wrong test set matters more than a field
        int calculations = Math.min(pool, needed * selectedStrategies().size() * Math.max(0, seeds.get()));
        double seconds = session.filtered() == null ? Double.NaN
                : ExplorationRun.estimatedSeconds(calculations, session.filtered(), liveJobs.get());
        String eta = Double.isNaN(seconds) ? "" : ", about " + EtaEstimator.formatRough(java.time.Duration.ofSeconds(Math.round(seconds)))
                + " of pw.x at the test set's mean time per structure";
        budget.set(sys == null ? "Live labelling with Quantum ESPRESSO (pw.x): load a bundled sample, the test set, first." : String.format(
                "Live: %s form the pool and are computed with pw.x when a strategy picks them; "
                        + "the %d loaded entries are the test set. At most %d calculations (%d labels per run, %d runs)%s, "
                        + "kept in %s and reused by later runs.",
                own == null ? String.format("%d generated %s structures (seed %d)", pool, sys.label(), livePoolSeed.get())
                        : String.format("the %d structures of %s", pool, own.name()),
                availableEntries(), calculations, needed,
                selectedStrategies().size() * Math.max(0, seeds.get()), eta, liveLabelsFile()));
    }

    /** What pw.x labels can train: the oracle's energies per atom. */
    public static final List<String> LIVE_TARGETS = List.of("formation_energy_per_atom", "energy_per_atom");

    /** The oracle's system for the loaded dataset: the one whose elements cover every structure's, or null. */
    public ChemicalSystem liveSystem() {
        Dataset d = session.filtered();
        if (d == null || d.size() == 0 || d.entries().stream().anyMatch(en -> !en.hasStructure())) return null;
        Set<Element> present = new HashSet<>();
        for (var en : d.entries()) present.addAll(en.structure().species());
        for (ChemicalSystem c : ChemicalSystem.values()) if (c.elements().containsAll(present)) return c;
        return null;
    }

    /** Structures in the live pool: the pool file's, or the size asked of the generator. */
    public int livePoolSize() {
        return livePoolFile.get() == null ? livePool.get() : livePoolFile.get().data().size();
    }

    /**
     * Where the live labels of this pool are kept (shared by every live run with that pool): per system and seed, or per
     * pool file and content, so two different files never share labels by id.
     */
    public Path liveLabelsFile() {
        ChemicalSystem sys = liveSystem();
        String head = sys == null ? "pool" : sys.label();
        PoolFile own = livePoolFile.get();
        if (reopened != null && reopened.pool().equals(poolIdentity(livePoolSeed.get(), own == null ? null : own.file())))
            return reopened.labels();
        if (own == null) return liveLabelsFolder.get().resolve(head + "-pool" + livePoolSeed.get() + ".extxyz");
        String stem = own.name().replaceAll("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_-]+", "-");
        String fp = own.data().fingerprint();
        return liveLabelsFolder.get().resolve(head + "-" + stem + "-" + (fp.length() >= 8 ? fp.substring(0, 8) : "file") + ".extxyz");
    }

    public static String label(Field f) {
        return switch (f) {
            case INITIAL -> "Initial labels";
            case BATCH -> "Batch";
            case ROUNDS -> "Query rounds";
            case SEEDS -> "Seeds";
            case TEST_FRACTION -> "Test fraction";
            case MEMBERS -> "Members";
            case HIDDEN -> "Hidden layers";
            case EPOCHS -> "Epochs";
            case LEARNING_RATE -> "Learning rate";
            case MINI_BATCH -> "Mini-batch";
            case STRATEGIES -> "Strategies";
            case K -> "k (diversity)";
            case ALPHA -> "α (hybrid)";
            case POOL -> "Pool size";
            case POOL_SEED -> "Pool seed";
            case JOBS -> "Parallel pw.x";
        };
    }

    public ReadOnlyStringProperty errorProperty(Field f) { return errors.get(f).getReadOnlyProperty(); }
    public ReadOnlyStringProperty blockReasonProperty() { return blockReason.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    public ReadOnlyStringProperty budgetProperty() { return budget.getReadOnlyProperty(); }
    public IntegerProperty initialLabelsProperty() { return initialLabels; }
    public IntegerProperty batchSizeProperty() { return batchSize; }
    public IntegerProperty queryRoundsProperty() { return queryRounds; }
    public IntegerProperty seedsProperty() { return seeds; }
    public DoubleProperty testFractionProperty() { return testFraction; }
    public IntegerProperty membersProperty() { return members; }
    public StringProperty hiddenLayersProperty() { return hiddenLayers; }
    public IntegerProperty epochsProperty() { return epochs; }
    public DoubleProperty learningRateProperty() { return learningRate; }
    public IntegerProperty miniBatchProperty() { return miniBatch; }
    public BooleanProperty randomProperty() { return random; }
    public BooleanProperty uncertaintyProperty() { return uncertainty; }
    public BooleanProperty diversityProperty() { return diversity; }
    public BooleanProperty hybridProperty() { return hybrid; }
    public IntegerProperty kProperty() { return k; }
    public DoubleProperty alphaProperty() { return alpha; }
    public BooleanProperty liveProperty() { return live; }
    public IntegerProperty livePoolProperty() { return livePool; }
    public IntegerProperty livePoolSeedProperty() { return livePoolSeed; }
    public IntegerProperty liveJobsProperty() { return liveJobs; }
    public ObjectProperty<Path> liveLabelsFolderProperty() { return liveLabelsFolder; }
    public ObjectProperty<PoolFile> livePoolFileProperty() { return livePoolFile; }
}

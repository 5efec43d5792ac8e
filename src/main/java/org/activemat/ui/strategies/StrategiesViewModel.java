package org.activemat.ui.strategies;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.io.ExplorationInfo;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentPreset;
import org.activemat.engine.loop.Recalibration;
import org.activemat.engine.loop.StoppingSettings;
import org.activemat.engine.model.MlpSettings;
import org.activemat.engine.model.ModelBackends;
import org.activemat.engine.model.ModelSpec;
import org.activemat.engine.oracle.qe.ChemicalSystem;
import org.activemat.engine.strategy.Strategies;
import org.activemat.engine.strategy.StrategySpec;
import org.activemat.ui.WorkbenchModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The experiment form: protocol, model (backend and ensemble), one row per registered strategy with its parameters,
 * and how labels are got (replayed, or live with pw.x). Presets come from the engine's. Every change re-validates; a
 * problem is reported next to its field and the first one blocks Run with its reason.
 */
public final class StrategiesViewModel {
    public enum Field { INITIAL, BATCH, ROUNDS, SEEDS, TEST_FRACTION, MEMBERS, HIDDEN, EPOCHS, LEARNING_RATE, MINI_BATCH,
        STRATEGIES, POOL, POOL_SEED, JOBS }

    /** The engine's presets behind the "Paper protocol" and "Quick look" buttons. */
    public static final String PAPER_PRESET = "paper", QUICK_PRESET = "quick";

    private static final List<Field> ENSEMBLE = List.of(Field.MEMBERS, Field.HIDDEN, Field.EPOCHS, Field.LEARNING_RATE, Field.MINI_BATCH);

    private final WorkbenchModel session;
    private final IntegerProperty initialLabels = new SimpleIntegerProperty();
    private final IntegerProperty batchSize = new SimpleIntegerProperty();
    private final IntegerProperty queryRounds = new SimpleIntegerProperty();
    private final IntegerProperty seeds = new SimpleIntegerProperty();
    private final DoubleProperty testFraction = new SimpleDoubleProperty();
    private final StringProperty backend = new SimpleStringProperty(ModelBackends.standard().name());
    /** The backend's settings the form does not show (momentum, optimizer): kept as the backend or the plan gave them. */
    private MlpSettings hiddenSettings = ModelBackends.standard().defaults();
    private boolean loadingPlan;
    private final IntegerProperty members = new SimpleIntegerProperty();
    private final StringProperty hiddenLayers = new SimpleStringProperty();
    private final IntegerProperty epochs = new SimpleIntegerProperty();
    private final DoubleProperty learningRate = new SimpleDoubleProperty();
    private final IntegerProperty miniBatch = new SimpleIntegerProperty();
    private final ObjectProperty<Recalibration> recalibration = new SimpleObjectProperty<>(Recalibration.DEFAULT);
    private StoppingSettings stopping = StoppingSettings.DEFAULT;   // an opened plan's, kept: the form has no fields for them
    private final List<StrategyChoice> strategies = Strategies.REGISTRY.entries().stream().map(StrategyChoice::new).toList();
    private final LiveSettings live = new LiveSettings();
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper blockReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper budget = new ReadOnlyStringWrapper("");

    /** The user's own structures as the live pool: the file and what was read from it (off the FX thread). */
    public record PoolFile(Path file, Dataset data) {
        public String name() { return String.valueOf(file.getFileName()); }
    }

    public StrategiesViewModel(WorkbenchModel session) {
        this.session = session;
        for (Field f : Field.values()) errors.put(f, new ReadOnlyStringWrapper(""));
        paperProtocol();
        // another backend brings its own defaults (the paper's ensemble as that backend trains it)
        backend.addListener((o, was, now) -> {
            if (!loadingPlan && now != null) showSettings(ModelBackends.REGISTRY.get(now).defaults());
        });
        List<Observable> all = new ArrayList<>(List.of(initialLabels, batchSize, queryRounds, seeds, testFraction, backend,
                members, hiddenLayers, epochs, learningRate, miniBatch, recalibration, session.filteredProperty(), session.targetProperty()));
        for (StrategyChoice s : strategies) all.addAll(s.observables());
        all.addAll(live.observables());
        for (Observable o : all) o.addListener(x -> validate());
        validate();
    }

    // ---- presets -------------------------------------------------------------------------------------------

    /** arXiv 2601.06916, as the engine defines it: 30 initial labels, 5 queries of 15, 5 seeds, 80/20, the paper's strategies. */
    public void paperProtocol() { showPlan(ExperimentPlan.paper()); }

    /** The engine's quick preset: the paper's schedule with fewer seeds and smaller nets. */
    public void quickLook() { showPlan(ExperimentPreset.REGISTRY.get(QUICK_PRESET).plan().get()); }

    public void reset() { paperProtocol(); }

    /** What a preset does, for its button's tooltip. */
    public static String presetDescription(String preset) { return ExperimentPreset.REGISTRY.get(preset).description(); }

    /**
     * A first live run, where every label is a DFT calculation: the baseline against uncertainty, 10 + 4 × 5 labels,
     * 1 seed, smaller nets.
     */
    public void liveLook() {
        live.enabled.set(true);
        initialLabels.set(10);
        batchSize.set(5);
        queryRounds.set(4);
        seeds.set(1);
        hiddenLayers.set("64, 64");
        for (StrategyChoice s : strategies)
            s.selectedProperty().set(s.name().equals(Strategies.BASELINE) || s.name().equals(Strategies.SUGGEST_DEFAULT));
    }

    /**
     * The paper's shape (initial = 2 × batch, 5 queries, ~90 % of the pool labelled by the end) scaled down to a pool
     * too small for 30 + 5 × 15, e.g. a bundled sample still being labelled. Leaves the model and strategies alone.
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
    }

    // ---- plan ----------------------------------------------------------------------------------------------

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
                ExperimentPlan.PAIRING, recalibration.get(), stopping);
    }

    /** The chosen strategies, each with the form's values of its parameters. */
    public List<StrategySpec> strategySpecs() {
        return strategies.stream().filter(StrategyChoice::isSelected).map(StrategyChoice::spec).toList();
    }

    /** The named strategy with the form's values of its parameters (its defaults when the form has no row for it). */
    public StrategySpec strategySpec(String name) {
        return strategies.stream().filter(s -> s.name().equals(name)).findFirst().map(StrategyChoice::spec)
                .orElse(StrategySpec.of(name));
    }

    /** The backend and ensemble of the form (call only when ensembleProblem() is null). */
    public ModelSpec modelSpec() {
        return new ModelSpec(backend.get(), modelSettings());
    }

    /** The ensemble of the form (call only when ensembleProblem() is null). */
    public MlpSettings modelSettings() {
        return new MlpSettings(members.get(), parsedHiddenLayers(), epochs.get(), miniBatch.get(),
                learningRate.get(), hiddenSettings.momentum(), hiddenSettings.optimizer());
    }

    /** The first problem of the ensemble and strategy parameter fields (what a suggestion needs), or null. */
    public String ensembleProblem() {
        for (Field f : ENSEMBLE)
            if (!errors.get(f).get().isEmpty()) return label(f) + ": " + errors.get(f).get();
        for (StrategyChoice s : strategies) if (s.problem() != null) return s.problem();   // a suggestion may use any of them
        return null;
    }

    /** Shows the settings of a saved experiment (or of a preset). */
    public void fromPlan(ExperimentPlan p) { showPlan(p); }

    private void showPlan(ExperimentPlan p) {
        initialLabels.set(p.initialLabels());
        batchSize.set(p.batchSize());
        queryRounds.set(p.queries());
        seeds.set(p.seeds().size());
        testFraction.set(p.testFraction());
        recalibration.set(p.recalibration());
        stopping = p.stopping();
        loadingPlan = true;   // the plan's own settings, not the backend's defaults
        try {
            backend.set(p.model().backend());
        } finally {
            loadingPlan = false;
        }
        showSettings(p.model().settings());
        for (StrategyChoice s : strategies) {
            var spec = p.strategies().stream().filter(x -> x.name().equals(s.name())).findFirst();
            s.selectedProperty().set(spec.isPresent());
            if (spec.isPresent()) s.load(spec.get());
            else s.reset();
        }
    }

    private void showSettings(MlpSettings m) {
        hiddenSettings = m;
        members.set(m.members());
        hiddenLayers.set(String.join(", ", m.hiddenLayers().stream().map(String::valueOf).toList()));
        epochs.set(m.epochs());
        learningRate.set(m.learningRate());
        miniBatch.set(m.batchSize());
    }

    /** Shows how a saved experiment got its labels: live with this pool and label cache, or replayed (null). */
    public void fromExploration(ExplorationInfo e, Path labelsFile) {
        live.fromExploration(e, labelsFile);
        validate();
    }

    public List<String> selectedStrategies() {
        return strategies.stream().filter(StrategyChoice::isSelected).map(StrategyChoice::name).toList();
    }

    // ---- validation ----------------------------------------------------------------------------------------

    private void validate() {
        Map<Field, String> e = new EnumMap<>(Field.class);
        atLeast(e, Field.INITIAL, initialLabels, 2, "at least 2 initial labels are needed to train");
        atLeast(e, Field.BATCH, batchSize, 1, "batch must be at least 1");
        atLeast(e, Field.ROUNDS, queryRounds, 1, "at least 1 query round");
        atLeast(e, Field.SEEDS, seeds, 1, "at least 1 seed");
        if (Double.isNaN(testFraction.get())) e.put(Field.TEST_FRACTION, NOT_A_NUMBER + " (e.g. 0.2)");
        else if (!(testFraction.get() > 0 && testFraction.get() < 1)) e.put(Field.TEST_FRACTION, "must be between 0 and 1 (e.g. 0.2)");
        atLeast(e, Field.MEMBERS, members, 2, "an ensemble needs ≥ 2 members to estimate uncertainty");
        try {
            List<Integer> h = parsedHiddenLayers();
            if (h.isEmpty()) e.put(Field.HIDDEN, "give at least one layer size, e.g. 128, 128");
            else if (h.stream().anyMatch(x -> x < 1)) e.put(Field.HIDDEN, "layer sizes must be positive");
        } catch (NumberFormatException ex) {
            e.put(Field.HIDDEN, "layer sizes as whole numbers separated by commas, e.g. 128, 128");
        }
        atLeast(e, Field.EPOCHS, epochs, 1, "at least 1 epoch");
        if (Double.isNaN(learningRate.get())) e.put(Field.LEARNING_RATE, NOT_A_NUMBER + " (e.g. 0.001)");
        else if (!(learningRate.get() > 0 && learningRate.get() <= 1)) e.put(Field.LEARNING_RATE, "must be in (0, 1], e.g. 0.01");
        atLeast(e, Field.MINI_BATCH, miniBatch, 1, "mini-batch must be at least 1");
        if (selectedStrategies().isEmpty()) e.put(Field.STRATEGIES, "choose at least one strategy");
        String parameterProblem = null;   // every field shows its problem; only a chosen strategy's blocks Run
        for (StrategyChoice s : strategies) {
            String why = s.validate();
            if (why != null && s.isSelected() && parameterProblem == null) parameterProblem = why;
        }
        int needed = initialLabels.get() + queryRounds.get() * batchSize.get();
        int runs = selectedStrategies().size() * Math.max(0, seeds.get());
        if (live.enabled.get()) {
            String noTestSet = live.check(e, needed, session.filtered(), session.target());
            publish(e, parameterProblem, noTestSet, live.poolSize() + availableEntries(), true);   // a wrong test set matters more than a field
            budget.set(live.budget(needed, runs, session.filtered()));
            return;
        }
        int pool = poolSize();
        String noData = null;
        boolean scheduleOk = !e.containsKey(Field.INITIAL) && !e.containsKey(Field.BATCH) && !e.containsKey(Field.ROUNDS)
                && !e.containsKey(Field.TEST_FRACTION);   // the pool's size depends on all four
        if (session.filtered() == null) noData = "load a dataset first (Data panel)";
        else if (scheduleOk && initialLabels.get() >= pool)   // the initial count alone is impossible: say so beside it
            e.put(Field.INITIAL, String.format("must be fewer than the training pool's %d entries", pool));
        else if (scheduleOk && pool < needed)
            e.put(Field.ROUNDS, String.format("initial + rounds × batch = %d + %d × %d = %d labels, but the training pool has only %d"
                            + " (try \"Fit to this dataset\")",
                    initialLabels.get(), queryRounds.get(), batchSize.get(), needed, pool));
        publish(e, parameterProblem, noData, availableEntries(), false);
        budget.set(session.filtered() == null ? "No dataset loaded."
                : ReplayBudget.text(availableEntries(), pool, needed, queryRounds.get() + 1, runs, valid.get() ? toPlan() : null));
    }

    /** What a field that does not parse as a number says (its value is the parse sentinel: NaN or Integer.MIN_VALUE). */
    static final String NOT_A_NUMBER = "not a number";

    /** A whole-number field's problem: its text is not a number, or the value is below min. */
    private static void atLeast(Map<Field, String> e, Field f, IntegerProperty p, int min, String tooSmall) {
        if (p.get() == FormFields.NOT_AN_INTEGER) e.put(f, NOT_A_NUMBER + " (a whole number)");
        else if (p.get() < min) e.put(f, tooSmall);
    }

    /** Shows each field's problem; the first one (or the first the engine finds in the plan) blocks Run. */
    private void publish(Map<Field, String> e, String parameterProblem, String noData, int rows, boolean dataFirst) {
        for (Field f : Field.values()) errors.get(f).set(e.getOrDefault(f, ""));
        String first = dataFirst && noData != null ? noData
                : !e.isEmpty() ? label(e.keySet().iterator().next()) + ": " + e.values().iterator().next()
                : parameterProblem != null ? parameterProblem : noData;
        if (first == null) {  // the engine has the last word on what it can run
            List<String> engine = toPlan().problems(rows);
            if (!engine.isEmpty()) first = engine.get(0);
        }
        blockReason.set(first == null ? "" : first);
        valid.set(first == null);
    }

    // ---- live labelling ------------------------------------------------------------------------------------

    /** What pw.x labels can train: the oracle's energies per atom. */
    public static final List<String> LIVE_TARGETS = org.activemat.engine.experiment.LiveSpec.TARGETS;

    /** The oracle's system for the loaded dataset: the one whose elements cover every structure's, or null. */
    public ChemicalSystem liveSystem() { return LiveSettings.system(session.filtered()); }

    /** Structures in the live pool: the pool file's, or the size asked of the generator. */
    public int livePoolSize() { return live.poolSize(); }

    /** Where the live labels of this pool are kept (shared by every live run with that pool). */
    public Path liveLabelsFile() { return live.labelsFile(session.filtered()); }

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
            case POOL -> "Pool size";
            case POOL_SEED -> "Pool seed";
            case JOBS -> "Parallel pw.x";
        };
    }

    // ---- properties ----------------------------------------------------------------------------------------

    /** One row per registered strategy, in the registry's order. */
    public List<StrategyChoice> strategies() { return strategies; }

    /** The row of the named strategy; IllegalArgumentException when none is registered by that name. */
    public StrategyChoice strategy(String name) {
        return strategies.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Strategies.REGISTRY.unknown(name)));
    }

    public static List<String> backends() { return ModelBackends.REGISTRY.names(); }   // for the backend chooser

    public static String backendDescription(String name) {
        return ModelBackends.REGISTRY.find(name).map(b -> b.description()).orElse("");
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
    public ObjectProperty<Recalibration> recalibrationProperty() { return recalibration; }   // Results: after the arrow
    public StringProperty backendProperty() { return backend; }
    public IntegerProperty membersProperty() { return members; }
    public StringProperty hiddenLayersProperty() { return hiddenLayers; }
    public IntegerProperty epochsProperty() { return epochs; }
    public DoubleProperty learningRateProperty() { return learningRate; }
    public IntegerProperty miniBatchProperty() { return miniBatch; }
    public BooleanProperty liveProperty() { return live.enabled; }
    public IntegerProperty livePoolProperty() { return live.pool; }
    public IntegerProperty livePoolSeedProperty() { return live.poolSeed; }
    public IntegerProperty liveJobsProperty() { return live.jobs; }
    public ObjectProperty<Path> liveLabelsFolderProperty() { return live.labelsFolder; }
    public ObjectProperty<PoolFile> livePoolFileProperty() { return live.poolFile; }
}

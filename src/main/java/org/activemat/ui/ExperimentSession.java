package org.activemat.ui;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.activemat.Version;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.descriptor.DescriptorSet;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.io.CurvesCsv;
import org.activemat.engine.io.DatasetInfo;
import org.activemat.engine.io.ExplorationInfo;
import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.io.ResultsFile;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.LabelCost;
import org.activemat.engine.oracle.labelling.ExplorationRun;
import org.activemat.engine.oracle.Candidate;
import org.activemat.engine.task.ProgressListener;
import org.activemat.ui.common.Tasks;
import org.activemat.ui.descriptors.DescriptorAnalysis;
import org.activemat.ui.descriptors.DescriptorsViewModel;
import org.activemat.ui.results.ResultsViewModel;
import org.activemat.ui.run.PoolMap;
import org.activemat.ui.run.RunViewModel;
import org.activemat.ui.strategies.StrategiesViewModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The workbench's experiment: decides what a run uses (plan, data, live oracle) and runs it in the background, shows a
 * finished or opened experiment on the Run and Results panels, redraws a reopened live run's pool, reads what its
 * labels cost, and saves and exports it. It holds no controls: the window asks the user (dialogs, choosers) and draws,
 * and this is tested without a toolkit.
 */
public final class ExperimentSession {
    public static final String EXPERIMENT_EXTENSION = ".activemat";

    /** What the session asks of the window. */
    public interface Host {
        void error(String title, Throwable e);

        void showPanel(Panel p);

        /** Loads a dataset as the Data panel does (in the background). */
        void openData(Path file);

        /** A file was opened or saved: the recent-files menu changes. */
        void recentFilesChanged();
    }

    /** A chart's image, rendered on the FX thread; write encodes it on a worker. */
    @FunctionalInterface
    public interface ChartImage {
        void write(Path file) throws IOException;
    }

    private final WorkbenchModel model;
    private final StrategiesViewModel strategies;
    private final DescriptorsViewModel descriptors;
    private final RunViewModel run;
    private final ResultsViewModel results;
    private final Tasks tasks;
    private final AppPreferences prefs;
    private final Host host;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<PoolMap> pool = new ReadOnlyObjectWrapper<>();
    private final RunDecision decisions;
    private Tasks.Handle runHandle;
    /** A reopened live experiment whose pool waits for its test set's descriptor map (see restorePool). */
    private ExplorationInfo poolToRestore;

    public ExperimentSession(WorkbenchModel model, StrategiesViewModel strategies, DescriptorsViewModel descriptors,
                             RunViewModel run, ResultsViewModel results, Tasks tasks, AppPreferences prefs, Host host) {
        this.model = model;
        this.strategies = strategies;
        this.descriptors = descriptors;
        this.run = run;
        this.results = results;
        this.tasks = tasks;
        this.prefs = prefs;
        this.host = host;
        this.decisions = new RunDecision(model, strategies, descriptors);
        model.datasetProperty().addListener(o -> refreshLabelCosts());
        // an opened experiment's pool may arrive before the descriptor map is computed: draw it when it is
        descriptors.analysisProperty().addListener((o, was, now) -> restorePool(now));
    }

    // ---- running -------------------------------------------------------------------------------------------

    /** What Run would do now: the form's plan on the current descriptors, live or replayed, or why it cannot. */
    public RunDecision.Decision decide() {
        return running.get() ? RunDecision.Decision.NOTHING : decisions.decide();   // Run is disabled while running
    }

    /** Runs strategies × seeds in the background; the curves update from the 50 ms sampler, never per event. */
    public void run() {
        RunDecision.Decision d = decide();
        if (d.reason() != null) host.error(d.title(), new IllegalArgumentException(d.reason()));
        if (d.setup() == null) return;
        RunDecision.RunSetup s = d.setup();
        model.experimentDataProperty().set(s.data().sha256());
        model.experimentDataNameProperty().set(s.data().name() + " (" + s.data().rows() + " entries)");
        run.start(s.plan());
        results.clear();
        running.set(true);
        host.showPanel(Panel.RUN);
        pool.set(null);
        poolToRestore = null;
        runHandle = tasks.create(s.title(), ctx -> compute(s, ctx, p -> Platform.runLater(() -> pool.set(p))))
                .onSample(x -> run.drain())
                .onSuccess(result -> finished(s, result))
                .onFailure(e -> {
                    run.failed(String.valueOf(e.getMessage()));
                    host.error("The experiment failed", e);
                })
                .onFinished(() -> running.set(false))
                .start();
    }

    /** The work of a run, on a worker thread (after run.start(plan)); a live run hands its pool's map to poolReady. */
    ExperimentResult compute(RunDecision.RunSetup s, Tasks.Context ctx, Consumer<PoolMap> poolReady) throws Exception {
        if (s.live() == null) return s.replay().run(run.listener(ctx.progress()), ctx.token());
        return s.live().spec().run(s.live().labelsFile(), run.listener(ProgressListener.NONE), ctx.progress(), ctx.token(),
                (ids, raw) -> poolReady.accept(PoolMap.of(ids, s.analysis().project(raw))));
    }

    /** What a finished run saves: its results, the data they were made on, and for a live run how its pool was made. */
    public ResultsDocument document(RunDecision.RunSetup s, ExperimentResult result) {
        String software = "ActiveMat " + Version.get();
        if (s.live() == null) return s.replay().document(result, software);
        var matrix = s.analysis().matrix();
        return ResultsDocument.of(result, liveInfo(s.live().labelsFile()), s.descriptorSet(), matrix.featureNames(), matrix.target(),
                software).withExploration(s.live().spec().exploration(s.data()));
    }

    private void finished(RunDecision.RunSetup s, ExperimentResult result) {
        run.finish(result);
        ResultsDocument doc = document(s, result);
        model.experimentProperty().set(doc);
        model.experimentFileProperty().set(null);
        model.unsavedProperty().set(!result.runs().isEmpty());
        if (!result.runs().isEmpty()) {
            results.show(doc);
            refreshLabelCosts();
        }
        descriptors.picksChanged();
    }

    /** Cooperative: runs stop before their next ensemble member; finished runs are kept. */
    public void cancel() {
        if (runHandle != null) runHandle.cancel();
    }

    /** Reads the user's structures for the live pool in the background; the form checks them against the test set. */
    public void useLivePoolFile(Path file) {
        tasks.create("Reading the pool " + file.getFileName(), ctx -> DatasetFormats.read(file))
                .onSuccess(d -> strategies.livePoolFileProperty().set(new StrategiesViewModel.PoolFile(file, d)))
                .onFailure(e -> host.error("Could not read " + file.getFileName(), e))
                .start();
    }

    /**
     * Draws a reopened live experiment's pool once the descriptor map of its test set is there. The pool is regenerated
     * from its system, size and seed (cheap next to the pw.x runs), so the results file need not store it.
     */
    private void restorePool(DescriptorAnalysis a) {
        ExplorationInfo live = poolToRestore;
        Dataset d = model.dataset();
        if (live == null || a == null || d == null || !d.fingerprint().equals(live.testSet().sha256())) return;
        DescriptorSet set = Descriptors.byName(descriptors.setNameProperty().get());
        if (!set.featureNames().equals(a.matrix().featureNames()) || !d.ids().containsAll(a.matrix().ids())) return;   // a stale map
        poolToRestore = null;
        tasks.create("Placing the pool on the map", ctx -> {
                    List<Candidate> candidates = ExplorationRun.pool(live);
                    return PoolMap.of(candidates.stream().map(Candidate::id).toList(), a.project(ExplorationRun.features(candidates, set)));
                })
                .onSuccess(p -> {
                    if (descriptors.analysisProperty().get() == a) pool.set(p);
                })
                .start();
    }

    /** Where the DFT time of the experiment's labels is recorded: a live run's label cache, or null. */
    static Path labelCache(ResultsDocument doc) {
        if (doc == null || doc.dataset() == null || doc.exploration() == null || doc.dataset().file() == null) return null;
        return Path.of(doc.dataset().file());
    }

    /**
     * The DFT time of each strategy's labels, from the data that records it: a live run's label cache, or the loaded
     * dataset when it is the one the experiment was made on; once read, they stay with the experiment when other data loads.
     */
    private void refreshLabelCosts() {
        ResultsDocument doc = model.experimentProperty().get();
        if (doc == null || doc.dataset() == null) return;
        if (doc.exploration() == null) {
            Dataset d = model.dataset();
            boolean same = d != null && d.fingerprint().equals(doc.dataset().sha256());
            if (same) results.setLabelSeconds(LabelCost.recordedSeconds(d));
            return;
        }
        Path cache = labelCache(doc);
        if (cache == null || !Files.isRegularFile(cache)) return;
        tasks.create("Reading the DFT times in " + cache.getFileName(), ctx -> LabelCost.recordedSeconds(DatasetFormats.read(cache)))
                .onSuccess(m -> {
                    if (model.experimentProperty().get() == doc) results.setLabelSeconds(m);
                })
                .start();
    }

    /** A live experiment's data is its label cache: the structures it computed (read after the run). */
    private static DatasetInfo liveInfo(Path f) {
        try {
            return DatasetInfo.of(f);
        } catch (Exception e) {   // the results stay usable without the cache's fingerprint
            return new DatasetInfo(f.getFileName().toString(), f.toString(), DatasetFormats.nameOf(f), "", 0);
        }
    }

    // ---- open, save, export --------------------------------------------------------------------------------

    /** A saved experiment (.activemat) or a dataset, by the file's extension (dropped files, the launcher's argument). */
    public static boolean isExperiment(Path file) {
        return file.getFileName().toString().endsWith(EXPERIMENT_EXTENSION);
    }

    /** Restores settings, curves, picks and results from a saved file, without retraining. */
    public void open(Path file) {
        tasks.create("Opening " + file.getFileName(), ctx -> ResultsFile.read(file))
                .onSuccess(doc -> {
                    show(doc);
                    model.saved(doc, file);
                    prefs.addRecentFile(file);
                    host.recentFilesChanged();
                })
                .onFailure(e -> host.error("Could not open " + file.getFileName(), e))
                .start();
    }

    /** The data an opened experiment is drawn on (a live run's: its test set), when another is loaded; else null. */
    public Path dataToOpen(ResultsDocument doc) {
        DatasetInfo shown = shownOn(doc);
        Dataset current = model.dataset();
        if (shown == null || current != null && current.fingerprint().equals(shown.sha256())) return null;
        Path data = shown.file() == null ? null : Path.of(shown.file());
        return data != null && Files.isRegularFile(data) ? data : null;
    }

    private static DatasetInfo shownOn(ResultsDocument doc) {
        return doc.exploration() != null ? doc.exploration().testSet() : doc.dataset();   // a live run's map is its test set's
    }

    /** Shows an opened experiment: its settings on the form, its data loaded, its curves, picks and results. */
    public void show(ResultsDocument doc) {
        if (running.get()) cancel();
        strategies.fromPlan(doc.settings());
        if (doc.descriptorSet() != null) descriptors.setNameProperty().set(doc.descriptorSet());
        ExplorationInfo live = doc.exploration();
        strategies.fromExploration(live, live == null || doc.dataset() == null || doc.dataset().file() == null ? null : Path.of(doc.dataset().file()));
        if (live != null && live.poolFile() != null) useLivePoolFile(Path.of(live.poolFile().file()));
        DatasetInfo shown = shownOn(doc);
        Dataset current = model.dataset();
        boolean onLoaded = shown == null || current != null && current.fingerprint().equals(shown.sha256());
        Path data = dataToOpen(doc);
        if (data != null) host.openData(data);
        else if (onLoaded && doc.target() != null && current != null && current.propertyNames().contains(doc.target()))
            model.targetProperty().set(doc.target());
        model.experimentDataProperty().set(shown == null ? null : shown.sha256());
        model.experimentDataNameProperty().set(shown == null ? null : shown.name() + " (" + shown.rows() + " entries)");
        pool.set(null);
        poolToRestore = live;
        restorePool(descriptors.analysisProperty().get());
        run.load(doc.toResult());
        model.experimentProperty().set(doc);
        results.show(doc);
        refreshLabelCosts();
        descriptors.picksChanged();
        host.showPanel(Panel.RESULTS);
    }

    public ResultsDocument experiment() { return model.experimentProperty().get(); }

    /** The save dialog's first suggestion: the dataset's name, made safe for a file name. */
    public String suggestedFileName() {
        ResultsDocument doc = experiment();
        String name = doc == null || doc.dataset() == null ? "experiment" : doc.dataset().name();
        return name.replaceAll("[^A-Za-z0-9._-]+", "-") + EXPERIMENT_EXTENSION;
    }

    public void save(Path file) { save(file, () -> {}); }

    /** Writes the experiment in the background (nothing when there is none); then runs once it is written. */
    public void save(Path file, Runnable then) {
        ResultsDocument doc = experiment();
        if (doc == null) return;
        tasks.create("Saving " + file.getFileName(), ctx -> {
                    ResultsFile.write(file, doc);
                    return file;
                })
                .onSuccess(p -> {
                    model.saved(doc, p);
                    prefs.addRecentFile(p);
                    host.recentFilesChanged();
                    then.run();
                })
                .onFailure(e -> host.error("Could not save " + file.getFileName(), e))
                .start();
    }

    /** results.json, curves.csv and one PNG per chart, into dir, in the background. */
    public void export(Path dir, Map<String, ChartImage> charts) {
        ResultsDocument doc = experiment();
        if (doc == null) return;
        tasks.create("Exporting to " + dir.getFileName(), ctx -> {
                    writeExport(dir, doc, charts);
                    return dir;
                })
                .onSuccess(prefs::rememberFolderOf)
                .onFailure(e -> host.error("Export failed", e))
                .start();
    }

    static void writeExport(Path dir, ResultsDocument doc, Map<String, ChartImage> charts) throws IOException {
        Files.createDirectories(dir);
        ResultsFile.write(dir.resolve("results.json"), doc);
        CurvesCsv.write(dir.resolve("curves.csv"), doc.toResult());
        for (var e : charts.entrySet()) e.getValue().write(dir.resolve(e.getKey()));
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** A live run's pool on the descriptor map (null: none), for the Run panel's map. */
    public ReadOnlyObjectProperty<PoolMap> poolProperty() { return pool.getReadOnlyProperty(); }
}

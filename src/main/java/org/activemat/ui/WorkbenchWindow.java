package org.activemat.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.activemat.Version;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.data.formats.StructureFiles;
import org.activemat.engine.descriptor.DescriptorSet;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.io.CurvesCsv;
import org.activemat.engine.io.DatasetInfo;
import org.activemat.engine.io.ExplorationInfo;
import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.io.ResultsFile;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentRunner;
import org.activemat.engine.loop.LabelCost;
import org.activemat.engine.oracle.ExplorationRun;
import org.activemat.engine.oracle.generator.Candidate;
import org.activemat.engine.task.ChildProcesses;
import org.activemat.engine.task.ProgressListener;
import org.activemat.ui.common.Dialogs;
import org.activemat.ui.common.Icons;
import org.activemat.ui.common.TaskStatusModel;
import org.activemat.ui.common.Tasks;
import org.activemat.ui.common.chart.ChartExport;
import org.activemat.ui.data.DataView;
import org.activemat.ui.data.DataViewModel;
import org.activemat.ui.descriptors.DescriptorAnalysis;
import org.activemat.ui.descriptors.DescriptorsView;
import org.activemat.ui.descriptors.DescriptorsViewModel;
import org.activemat.ui.guide.GettingStarted;
import org.activemat.ui.results.ResultsView;
import org.activemat.ui.results.ResultsViewModel;
import org.activemat.ui.run.LiveLabelling;
import org.activemat.ui.run.PoolMap;
import org.activemat.ui.run.RunView;
import org.activemat.ui.run.RunViewModel;
import org.activemat.ui.strategies.StrategiesView;
import org.activemat.ui.strategies.StrategiesViewModel;
import org.activemat.ui.suggest.Suggestions;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The main window's content and its commands: menu bar, toolbar (with shortcuts), the five panels as tabs,
 * the status bar. Loading and running go through Tasks, so the FX thread only ever shows results.
 */
public final class WorkbenchWindow extends BorderPane implements DataView.Actions {
    private final WorkbenchModel session = new WorkbenchModel();
    private final TaskStatusModel status = new TaskStatusModel();
    private final Tasks tasks = new Tasks(status);
    private final AppPreferences prefs;
    private final SampleData sampleData;
    private final DataViewModel dataVm = new DataViewModel(session);
    private final DataView dataView;
    private final StrategiesViewModel strategiesVm = new StrategiesViewModel(session);
    private javafx.stage.Stage guide;
    private final Suggestions suggestions = new Suggestions(tasks, this::window, this::datasetChooser);
    private final RunViewModel runVm = new RunViewModel();
    private final ResultsViewModel resultsVm = new ResultsViewModel();
    private final DescriptorsViewModel descriptorsVm = new DescriptorsViewModel(session, new RunPicks(runVm));
    private final RunView runView;
    private final ResultsView resultsView;
    private Tasks.Handle runHandle;
    private final DescriptorsView descriptorsView;
    private long descriptorGeneration;
    private boolean descriptorsQueued;
    /** sha256 of the dataset the Run panel's experiment was made on (null: none, or unknown for an opened file). */
    private String runDataFingerprint;
    /** A reopened live experiment whose pool waits for its test set's descriptor map (see restorePool). */
    private ExplorationInfo poolToRestore;
    private final TabPane tabs = new TabPane();
    private final Menu recentMenu = new Menu("Open recent");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty running = new SimpleBooleanProperty(false);

    public WorkbenchWindow(AppPreferences prefs, SampleData sampleData) {
        this.prefs = prefs;
        this.sampleData = sampleData;
        setId("workbench");
        dataView = new DataView(dataVm, sampleData, this);
        acceptDroppedFiles();
        descriptorsView = new DescriptorsView(descriptorsVm);
        runView = new RunView(runVm, status, this::analysis, this::runExperiment, this::cancelRun,
                strategiesVm.validProperty(), strategiesVm.blockReasonProperty());
        resultsView = new ResultsView(resultsVm);
        descriptorsVm.testFractionProperty().bind(strategiesVm.testFractionProperty());
        session.datasetProperty().addListener(o -> refreshLabelCosts());
        // an opened experiment's picks may arrive before the descriptor map is computed: draw them when it is
        descriptorsVm.analysisProperty().addListener((o, was, now) -> {
            runView.redrawMap();
            restorePool(now);
        });
        for (javafx.beans.Observable o : new javafx.beans.Observable[]{session.filteredProperty(), session.targetProperty(),
                descriptorsVm.setNameProperty(), descriptorsVm.extras()}) o.addListener(x -> scheduleDescriptors());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("Data", Icons.DATA, dataView),
                tab("Descriptors", Icons.DESCRIPTORS, descriptorsView),
                tab("Strategies", Icons.STRATEGIES, new StrategiesView(strategiesVm, this::choosePoolFileDialog)),
                tab("Run", Icons.RUN_TAB, runView),
                tab("Results", Icons.RESULTS, resultsView));
        setTop(new VBox(menuBar(), toolBar()));
        setCenter(tabs);
        setBottom(new StatusBar(status));
        refreshRecent();
    }

    private static Tab tab(String name, Icons icon, Node content) {
        Tab t = new Tab(name, content);
        t.setId("tab-" + name.toLowerCase());
        t.setGraphic(icon.icon(16));
        return t;
    }

    /** One round of active learning on the loaded data: which of the user's candidates to compute next, with any code. */
    private void suggestNextBatch() {
        String problem = session.filtered() == null || session.target() == null
                ? "Load a labelled dataset and choose its target first (Data panel)." : strategiesVm.ensembleProblem();
        if (problem != null) Dialogs.error(window(), "Cannot suggest yet", new IllegalArgumentException(problem));
        else suggestions.ask(suggestionBasis());
    }

    /** The loaded data and target, the descriptor set, and the ensemble and strategy settings of the form. */
    public Suggestions.Basis suggestionBasis() {
        return new Suggestions.Basis(session.filtered(), session.target(), Descriptors.byName(descriptorsVm.setNameProperty().get()),
                strategiesVm.modelSpec(), strategiesVm::strategySpec, analysis());
    }

    public Suggestions suggestions() { return suggestions; }

    /** The guided first experiment, beside the workbench; its buttons act on this window. */
    public void showGettingStarted() {
        if (guide == null) guide = GettingStarted.window(window(), GettingStarted.steps(new GettingStarted.Workbench() {
            @Override public void openSample(String label) { WorkbenchWindow.this.openSample(label); }
            @Override public void showPanel(int index) { tabs.getSelectionModel().select(index); }
            @Override public void quickLook() { strategiesVm.quickLook(); }
            @Override public void liveLook() { strategiesVm.liveLook(); }
            @Override public void run() { runExperiment(); }
        }));
        guide.show();
        guide.toFront();
    }

    /** Shows the first bundled sample, or leaves the empty state that explains how to open a file. */
    public void preloadSample() {
        sampleData.firstAvailable().ifPresent(this::openFile);
    }

    // ---- menus and toolbar --------------------------------------------------------------------------------

    private MenuBar menuBar() {
        Menu file = new Menu("File");
        MenuItem openData = item("Open data…", Icons.OPEN_DATA, "Shortcut+O", this::openFileDialog);
        Menu samples = new Menu("Open sample");
        for (String label : SampleData.SAMPLES.keySet()) {
            MenuItem m = new MenuItem(label);
            m.setDisable(sampleData.find(label).isEmpty());
            m.setOnAction(e -> openSample(label));
            samples.getItems().add(m);
        }
        MenuItem openExp = item("Open experiment…", Icons.OPEN_EXPERIMENT, "Shortcut+Shift+O", this::openExperiment);
        MenuItem saveExp = item("Save experiment…", Icons.SAVE_EXPERIMENT, "Shortcut+S", this::saveExperiment);
        MenuItem export = item("Export results…", Icons.EXPORT, "Shortcut+E", this::exportResults);
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> getScene().getWindow().hide());
        file.getItems().addAll(openData, samples, recentMenu, new SeparatorMenuItem(), openExp, saveExp, export,
                new SeparatorMenuItem(), quit);
        Menu run = new Menu("Run");
        run.getItems().addAll(item("Run experiment", Icons.RUN, "F5", this::runExperiment),
                item("Cancel", Icons.CANCEL, "Shift+F5", this::cancelRun), new SeparatorMenuItem(),
                item("Suggest next structures to compute…", Icons.SUGGEST, "Shortcut+G", this::suggestNextBatch));
        Menu help = new Menu("Help");
        MenuItem about = new MenuItem("About ActiveMat…", Icons.ABOUT.icon(16));
        about.setOnAction(e -> Dialogs.about(window()));
        help.getItems().addAll(item("Getting started…", Icons.GUIDE, "F1", this::showGettingStarted), about);
        return new MenuBar(file, run, help);
    }

    private static MenuItem item(String text, Icons icon, String accel, Runnable action) {
        MenuItem m = new MenuItem(text, icon.icon(16));
        m.setAccelerator(KeyCombination.keyCombination(accel));
        m.setOnAction(e -> action.run());
        return m;
    }

    private ToolBar toolBar() {
        Button run = button("toolbar-run", "Run", Icons.RUN, "Run the experiment (F5)", this::runExperiment);
        Button cancel = button("toolbar-cancel", "Cancel", Icons.CANCEL, "Cancel the running experiment (Shift+F5)", this::cancelRun);
        run.disableProperty().bind(strategiesVm.validProperty().not().or(running));
        cancel.disableProperty().bind(running.not());
        run.tooltipProperty().bind(strategiesVm.blockReasonProperty().map(r ->
                new Tooltip(r.isEmpty() ? "Run the experiment (F5)" : "Cannot run: " + r)));
        ToolBar bar = new ToolBar(
                button("toolbar-open-data", "Open data", Icons.OPEN_DATA, "Open a dataset file (Ctrl+O)", this::openFileDialog),
                button("toolbar-open-experiment", null, Icons.OPEN_EXPERIMENT, "Open a saved experiment (Ctrl+Shift+O)", this::openExperiment),
                button("toolbar-save-experiment", null, Icons.SAVE_EXPERIMENT, "Save the experiment (Ctrl+S)", this::saveExperiment),
                new javafx.scene.control.Separator(),
                run, cancel,
                new javafx.scene.control.Separator(),
                button("toolbar-export", null, Icons.EXPORT, "Export results JSON, curves CSV and charts PNG (Ctrl+E)", this::exportResults),
                grow(),
                button("toolbar-guide", "Getting started", Icons.GUIDE, "A guided first experiment (F1)", this::showGettingStarted),
                button("toolbar-about", null, Icons.ABOUT, "About ActiveMat Workbench", () -> Dialogs.about(window())));
        return bar;
    }

    private static Region grow() {
        Pane p = new Pane();
        javafx.scene.layout.HBox.setHgrow(p, javafx.scene.layout.Priority.ALWAYS);
        return p;
    }

    private static Button button(String id, String text, Icons icon, String tip, Runnable action) {
        Button b = new Button(text, icon.icon());
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        for (Path p : prefs.recentFiles()) {
            MenuItem m = new MenuItem(p.toString());
            m.setOnAction(e -> openFile(p));
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private Window window() { return getScene() == null ? null : getScene().getWindow(); }

    // ---- data ---------------------------------------------------------------------------------------------

    @Override public void openFileDialog() {
        File f = datasetChooser("Open dataset").showOpenDialog(window());
        if (f != null) openFile(f.toPath());
    }

    @Override public void saveStructureDialog(Entry e) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save the structure of " + e.id());
        prefs.lastFolder().ifPresent(d -> fc.setInitialDirectory(d.toFile()));
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("POSCAR (VASP, VESTA)", "*.vasp"),
                new FileChooser.ExtensionFilter("CIF", "*.cif"), new FileChooser.ExtensionFilter("Extended XYZ", "*.extxyz"));
        fc.setInitialFileName(org.activemat.engine.data.DataFiles.fileStem(e.id()) + ".vasp");
        File f = fc.showSaveDialog(window());
        if (f == null) return;
        Path p = f.toPath();
        String name = p.getFileName().toString();
        if (!name.contains(".") && !name.toLowerCase(java.util.Locale.ROOT).matches("(poscar|contcar).*"))   // typed without extension
            p = p.resolveSibling(name + fc.getSelectedExtensionFilter().getExtensions().get(0).substring(1));
        saveStructure(e, p);
    }

    /** Writes the entry's structure in the format its file name asks for, in the background. */
    public void saveStructure(Entry e, Path file) {
        tasks.create("Saving " + file.getFileName(), ctx -> {
                    StructureFiles.write(file, e);
                    return file;
                })
                .onFailure(x -> Dialogs.error(window(), "Could not save " + file.getFileName(), x))
                .start();
    }

    private void choosePoolFileDialog() {
        File f = datasetChooser("Structures for the live pool").showOpenDialog(window());
        if (f != null) useLivePoolFile(f.toPath());
    }

    private FileChooser datasetChooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        prefs.lastFolder().ifPresent(d -> fc.setInitialDirectory(d.toFile()));
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Datasets", "*.extxyz", "*.xyz", "*.json", "*.json.gz", "*.extxyz.gz",
                        "*.xyz.gz", "*.csv", "*.cif", "*.vasp", "POSCAR*", "CONTCAR*"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return fc;
    }

    @Override public void openSample(String label) {
        Optional<Path> p = sampleData.find(label);
        if (p.isPresent()) openFile(p.get());
        else Dialogs.error(window(), "Sample " + label, new IllegalArgumentException(
                "The sample dataset is not installed; looked in " + sampleData.where()));
    }

    /** A file dropped anywhere on the window opens as an experiment (.activemat) or as data. */
    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) open(e.getDragboard().getFiles().get(0).toPath());
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Opens a saved experiment or a dataset, by the file's extension (dropped files, the launcher's argument). */
    public void open(Path file) {
        if (file.getFileName().toString().endsWith(EXPERIMENT_EXTENSION)) openExperiment(file);
        else openFile(file);
    }

    /** Reads in the background; a broken file shows an error and leaves the loaded dataset as it was. */
    @Override public void openFile(Path file) {
        loading.set(true);
        tasks.create("Loading " + file.getFileName(), ctx -> DataViewModel.read(file))
                .onSuccess(d -> {
                    dataVm.accept(d, file);
                    prefs.addRecentFile(file);
                    refreshRecent();
                    setWindowTitle();
                })
                .onFailure(e -> Dialogs.error(window(), "Could not open " + file.getFileName(), e))
                .onFinished(() -> loading.set(false))
                .start();
    }

    private void setWindowTitle() {
        if (window() instanceof javafx.stage.Stage s && session.dataset() != null)
            s.setTitle("ActiveMat Workbench — " + session.dataset().name());
    }

    // ---- descriptors --------------------------------------------------------------------------------------

    /** Many changes in one pulse (dataset, then target) → one computation; a stale result is dropped. */
    private void scheduleDescriptors() {
        if (descriptorsQueued) return;
        descriptorsQueued = true;
        javafx.application.Platform.runLater(() -> {
            descriptorsQueued = false;
            DescriptorsViewModel.Inputs in = descriptorsVm.inputs();
            if (in == null) return;
            long gen = ++descriptorGeneration;
            tasks.create("Computing descriptors (" + in.setName() + ")", ctx -> in.compute())
                    .onSuccess(a -> {
                        if (gen == descriptorGeneration) descriptorsVm.accept(a);
                    })
                    .onFailure(e -> {
                        if (gen == descriptorGeneration)
                            descriptorsVm.failed("Descriptors could not be computed: " + e.getMessage());
                    })
                    .start();
        });
    }

    /**
     * The split and picks of the runs shown on the Run panel (live, finished or opened), offered to the descriptor
     * map only while it shows the dataset they were made on: another file may reuse the same ids for other structures.
     */
    private final class RunPicks implements DescriptorsViewModel.PicksSource {
        private final RunViewModel run;

        RunPicks(RunViewModel run) { this.run = run; }

        private boolean sameData() {
            Dataset d = session.dataset();
            return d != null && runDataFingerprint != null && runDataFingerprint.equals(d.fingerprint());
        }

        @Override public java.util.Set<String> testIds(int seed) { return sameData() ? run.testIds(seed) : null; }
        @Override public java.util.Map<String, Integer> pickRounds(String strategy, int seed) {
            return sameData() ? run.pickRounds(strategy, seed) : null;
        }
        @Override public java.util.List<String> strategies() { return run.plan() == null ? java.util.List.of() : run.plan().strategyNames(); }
        @Override public java.util.List<Integer> seeds() { return run.plan() == null ? java.util.List.of() : run.plan().seeds(); }
    }

    // ---- experiment ---------------------------------------------------------------------------------------

    public static final String EXPERIMENT_EXTENSION = ".activemat";

    /** Runs strategies × seeds in the background; the curves update from the 50 ms sampler, never per event. */
    public void runExperiment() {
        if (running.get() || !strategiesVm.validProperty().get()) return;
        DescriptorAnalysis a = analysis();
        if (a == null || !a.matrix().target().equals(session.target())) {
            Dialogs.error(window(), "Cannot run yet", new IllegalArgumentException(
                    "The descriptors of the current dataset are still being computed; try again in a moment."));
            return;
        }
        ExperimentPlan plan = strategiesVm.toPlan();
        boolean liveMode = strategiesVm.liveProperty().get();
        java.util.List<String> problems = liveMode ? new java.util.ArrayList<>() : plan.problems(a.rows());
        if (liveMode && !descriptorsVm.extras().isEmpty())   // a generated structure has no dataset columns
            problems.add("Live labelling learns from descriptors alone: remove the extra feature columns on the Descriptors panel.");
        if (!problems.isEmpty()) {
            Dialogs.error(window(), "Cannot run these settings", new IllegalArgumentException(String.join("\n", problems)));
            return;
        }
        FeatureMatrix matrix = a.matrix();
        DatasetInfo info = datasetInfo(matrix.rows());
        String setName = descriptorsVm.setNameProperty().get();
        runDataFingerprint = info.sha256();
        runVm.start(plan);
        resultsVm.clear();
        running.set(true);
        tabs.getSelectionModel().select(3);
        LiveLabelling live = liveMode ? liveLabelling(matrix, plan) : null;
        runView.setPool(null);
        poolToRestore = null;
        runHandle = tasks.create((live != null ? "Live labelling with pw.x: " : "Experiment: ") + plan.runs() + " runs",
                        ctx -> live != null
                                ? live.run(runVm.listener(ProgressListener.NONE), ctx.progress(), ctx.token(), (ids, raw) -> {
                                    double[][] xy = a.project(raw);
                                    javafx.application.Platform.runLater(() -> runView.setPool(PoolMap.of(ids, xy)));
                                })
                                : new ExperimentRunner().run(matrix, plan, runVm.listener(ctx.progress()), ctx.token()))
                .onSample(s -> runVm.drain())
                .onSuccess(result -> {
                    runVm.finish(result);
                    ResultsDocument doc = ResultsDocument.of(result, live != null ? liveInfo(live) : info, setName,
                            matrix.featureNames(), matrix.target(), "ActiveMat " + Version.get());
                    if (live != null) doc = doc.withExploration(live.info(info));
                    session.experimentProperty().set(doc);
                    if (!result.runs().isEmpty()) {
                        resultsVm.show(doc);
                        refreshLabelCosts();
                    }
                    descriptorsVm.picksChanged();
                })
                .onFailure(e -> {
                    runVm.failed(String.valueOf(e.getMessage()));
                    Dialogs.error(window(), "The experiment failed", e);
                })
                .onFinished(() -> running.set(false))
                .start();
    }

    /** The loaded dataset is the test set; the pool is generated and labelled by pw.x when picked. */
    private LiveLabelling liveLabelling(FeatureMatrix test, ExperimentPlan plan) {
        StrategiesViewModel.PoolFile own = strategiesVm.livePoolFileProperty().get();
        Path testFile = session.datasetFileProperty().get();
        DescriptorSet set = Descriptors.byName(descriptorsVm.setNameProperty().get());
        int jobs = strategiesVm.liveJobsProperty().get();
        return own != null
                ? LiveLabelling.fromFile(strategiesVm.liveSystem(), testFile, strategiesVm.liveLabelsFile(), own.file(), own.data(),
                        jobs, set, test, plan)
                : LiveLabelling.generated(strategiesVm.liveSystem(), testFile, strategiesVm.liveLabelsFile(),
                        strategiesVm.livePoolProperty().get(), strategiesVm.livePoolSeedProperty().get(), jobs, set, test, plan);
    }

    /** Reads the user's structures for the live pool in the background; the form checks them against the test set. */
    public void useLivePoolFile(Path file) {
        tasks.create("Reading the pool " + file.getFileName(), ctx -> DatasetFormats.read(file))
                .onSuccess(d -> strategiesVm.livePoolFileProperty().set(new StrategiesViewModel.PoolFile(file, d)))
                .onFailure(e -> Dialogs.error(window(), "Could not read " + file.getFileName(), e))
                .start();
    }

    /**
     * Draws a reopened live experiment's pool once the descriptor map of its test set is there. The pool is regenerated
     * from its system, size and seed (cheap next to the pw.x runs), so the results file need not store it.
     */
    private void restorePool(DescriptorAnalysis a) {
        ExplorationInfo live = poolToRestore;
        Dataset d = session.dataset();
        if (live == null || a == null || d == null || !d.fingerprint().equals(live.testSet().sha256())) return;
        DescriptorSet set = Descriptors.byName(descriptorsVm.setNameProperty().get());
        if (!set.featureNames().equals(a.matrix().featureNames()) || !d.ids().containsAll(a.matrix().ids())) return;   // a stale map
        poolToRestore = null;
        tasks.create("Placing the pool on the map", ctx -> {
                    List<Candidate> pool = ExplorationRun.pool(live);
                    return PoolMap.of(pool.stream().map(Candidate::id).toList(), a.project(ExplorationRun.features(pool, set)));
                })
                .onSuccess(p -> {
                    if (analysis() == a) runView.setPool(p);
                })
                .start();
    }

    /**
     * The DFT time of each strategy's labels, from the data that records it: a live run's label cache, or the loaded
     * dataset when it is the one the experiment was made on.
     */
    private void refreshLabelCosts() {
        ResultsDocument doc = session.experimentProperty().get();
        if (doc == null || doc.dataset() == null) return;
        if (doc.exploration() == null) {
            Dataset d = session.dataset();
            boolean same = d != null && d.fingerprint().equals(doc.dataset().sha256());
            resultsVm.setLabelSeconds(same ? LabelCost.recordedSeconds(d) : java.util.Map.of());
            return;
        }
        Path cache = doc.dataset().file() == null ? null : Path.of(doc.dataset().file());
        if (cache == null || !java.nio.file.Files.isRegularFile(cache)) return;
        tasks.create("Reading the DFT times in " + cache.getFileName(), ctx -> LabelCost.recordedSeconds(DatasetFormats.read(cache)))
                .onSuccess(m -> {
                    if (session.experimentProperty().get() == doc) resultsVm.setLabelSeconds(m);
                })
                .start();
    }

    /** A live experiment's data is its label cache: the structures it computed (read after the run). */
    private static DatasetInfo liveInfo(LiveLabelling live) {
        try {
            return DatasetInfo.of(live.labelsFile());
        } catch (Exception e) {   // the results stay usable without the cache's fingerprint
            return new DatasetInfo(live.labelsFile().getFileName().toString(), live.labelsFile().toString(), "extxyz", "", 0);
        }
    }

    private DatasetInfo datasetInfo(int rows) {
        Dataset d = session.dataset();
        Path f = session.datasetFileProperty().get();
        return new DatasetInfo(d.name(), f == null ? d.provenance().getOrDefault("path", "") : f.toAbsolutePath().toString(),
                d.provenance().getOrDefault("format", ""), d.fingerprint(), rows);
    }

    /** Cooperative: runs stop before their next ensemble member; finished runs are kept. */
    public void cancelRun() {
        if (runHandle != null) runHandle.cancel();
    }

    private FileChooser experimentChooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        prefs.lastFolder().ifPresent(d -> fc.setInitialDirectory(d.toFile()));
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("ActiveMat experiment", "*" + EXPERIMENT_EXTENSION, "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return fc;
    }

    private void openExperiment() {
        File f = experimentChooser("Open experiment").showOpenDialog(window());
        if (f != null) openExperiment(f.toPath());
    }

    /** Restores settings, curves, picks and results from a saved file, without retraining. */
    public void openExperiment(Path file) {
        tasks.create("Opening " + file.getFileName(), ctx -> ResultsFile.read(file))
                .onSuccess(doc -> {
                    showExperiment(doc);
                    prefs.addRecentFile(file);
                    refreshRecent();
                })
                .onFailure(e -> Dialogs.error(window(), "Could not open " + file.getFileName(), e))
                .start();
    }

    private void showExperiment(ResultsDocument doc) {
        if (running.get()) cancelRun();
        strategiesVm.fromPlan(doc.settings());
        if (doc.descriptorSet() != null) descriptorsVm.setNameProperty().set(doc.descriptorSet());
        Dataset current = session.dataset();
        ExplorationInfo live = doc.exploration();
        strategiesVm.fromExploration(live, live == null || doc.dataset() == null || doc.dataset().file() == null ? null : Path.of(doc.dataset().file()));
        if (live != null && live.poolFile() != null) useLivePoolFile(Path.of(live.poolFile().file()));
        DatasetInfo shown = live != null ? live.testSet() : doc.dataset();   // a live run's map is drawn on its test set
        if (shown != null && (current == null || !current.fingerprint().equals(shown.sha256()))) {
            Path data = shown.file() == null ? null : Path.of(shown.file());
            if (data != null && java.nio.file.Files.isRegularFile(data)) openFile(data);
        } else if (doc.target() != null && dataVm.targets().contains(doc.target())) {
            session.targetProperty().set(doc.target());
        }
        runDataFingerprint = shown == null ? null : shown.sha256();
        runView.setPool(null);
        poolToRestore = live;
        restorePool(analysis());
        runVm.load(doc.toResult());
        session.experimentProperty().set(doc);
        resultsVm.show(doc);
        refreshLabelCosts();
        descriptorsVm.picksChanged();
        tabs.getSelectionModel().select(4);
    }

    private void saveExperiment() {
        ResultsDocument doc = session.experimentProperty().get();
        if (doc == null) {
            Dialogs.error(window(), "Nothing to save yet", new IllegalArgumentException("Run an experiment first (F5)."));
            return;
        }
        FileChooser fc = experimentChooser("Save experiment");
        fc.setInitialFileName(safeName(doc.dataset() == null ? "experiment" : doc.dataset().name()) + EXPERIMENT_EXTENSION);
        File f = fc.showSaveDialog(window());
        if (f != null) saveExperiment(f.toPath());
    }

    public void saveExperiment(Path file) {
        ResultsDocument doc = session.experimentProperty().get();
        if (doc == null) return;
        tasks.create("Saving " + file.getFileName(), ctx -> {
                    ResultsFile.write(file, doc);
                    return file;
                })
                .onSuccess(p -> {
                    prefs.addRecentFile(p);
                    refreshRecent();
                })
                .onFailure(e -> Dialogs.error(window(), "Could not save " + file.getFileName(), e))
                .start();
    }

    private static String safeName(String s) { return s.replaceAll("[^A-Za-z0-9._-]+", "-"); }

    private void exportResults() {
        if (session.experimentProperty().get() == null) {
            Dialogs.error(window(), "Nothing to export yet", new IllegalArgumentException("Run an experiment first (F5)."));
            return;
        }
        javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
        dc.setTitle("Export results, curves and charts to a folder");
        prefs.lastFolder().ifPresent(d -> dc.setInitialDirectory(d.toFile()));
        File dir = dc.showDialog(window());
        if (dir != null) exportTo(dir.toPath());
    }

    /** results.json, curves.csv and one PNG per chart; the charts are rendered here, encoded on a worker. */
    public void exportTo(Path dir) {
        ResultsDocument doc = session.experimentProperty().get();
        if (doc == null) return;
        java.util.Map<String, javafx.scene.image.WritableImage> images = new java.util.LinkedHashMap<>();
        images.put("learning-curve-mae.png", ChartExport.snapshot(runView.maeChart()));
        images.put("learning-curve-r2.png", ChartExport.snapshot(runView.r2Chart()));
        images.put("picks-map.png", ChartExport.snapshot(runView.map()));
        images.put("parity.png", ChartExport.snapshot(resultsView.parity()));
        images.put("calibration.png", ChartExport.snapshot(resultsView.calibration()));
        if (!resultsView.costChart().lineSeries().isEmpty())   // only data that records pw.x times has it
            images.put("mae-vs-dft-time.png", ChartExport.snapshot(resultsView.costChart()));
        images.put("descriptor-map.png", ChartExport.snapshot(descriptorsView.map()));
        images.put("target-histogram.png", ChartExport.snapshot(dataView.histogram()));
        tasks.create("Exporting to " + dir.getFileName(), ctx -> {
                    java.nio.file.Files.createDirectories(dir);
                    ResultsFile.write(dir.resolve("results.json"), doc);
                    CurvesCsv.write(dir.resolve("curves.csv"), doc.toResult());
                    for (var e : images.entrySet()) ChartExport.write(e.getValue(), dir.resolve(e.getKey()));
                    return dir;
                })
                .onSuccess(p -> prefs.rememberFolderOf(p))
                .onFailure(e -> Dialogs.error(window(), "Export failed", e))
                .start();
    }

    // ---- for the application and tests --------------------------------------------------------------------

    public WorkbenchModel session() { return session; }

    public TaskStatusModel status() { return status; }

    public Tasks tasks() { return tasks; }

    public DataView dataView() { return dataView; }

    public BooleanProperty loadingProperty() { return loading; }

    public TabPane tabs() { return tabs; }

    public StrategiesViewModel strategies() { return strategiesVm; }

    public DescriptorsViewModel descriptors() { return descriptorsVm; }

    public DescriptorsView descriptorsView() { return descriptorsView; }

    public RunViewModel run() { return runVm; }

    public RunView runView() { return runView; }

    public ResultsViewModel results() { return resultsVm; }

    public ResultsView resultsView() { return resultsView; }

    public BooleanProperty runningProperty() { return running; }

    public DescriptorAnalysis analysis() { return descriptorsVm.analysisProperty().get(); }

    /** On quit: the work stops and no pw.x is left running (a JVM's children outlive it). */
    public void shutdown() {
        ChildProcesses.stopAll(() -> {
            cancelRun();
            tasks.shutdown();
        }, 2000);
    }
}

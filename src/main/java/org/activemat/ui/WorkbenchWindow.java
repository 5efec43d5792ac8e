package org.activemat.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.StructureFiles;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.task.ChildProcesses;
import org.activemat.ui.common.Dialogs;
import org.activemat.ui.common.TaskStatusModel;
import org.activemat.ui.common.Tasks;
import org.activemat.ui.common.chart.ChartExportHost;
import org.activemat.ui.common.chart.ChartView;
import org.activemat.ui.data.DataView;
import org.activemat.ui.data.DataViewModel;
import org.activemat.ui.descriptors.DescriptorAnalysis;
import org.activemat.ui.descriptors.DescriptorJobs;
import org.activemat.ui.descriptors.DescriptorsView;
import org.activemat.ui.descriptors.DescriptorsViewModel;
import org.activemat.ui.guide.GettingStarted;
import org.activemat.ui.results.ResultsView;
import org.activemat.ui.results.ResultsViewModel;
import org.activemat.ui.run.RunView;
import org.activemat.ui.run.RunViewModel;
import org.activemat.ui.strategies.StrategiesView;
import org.activemat.ui.strategies.StrategiesViewModel;
import org.activemat.ui.study.StudySession;
import org.activemat.ui.study.StudyView;
import org.activemat.ui.study.StudyViewModel;
import org.activemat.ui.suggest.Suggestions;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The main window: the panels as tabs, the menu bar and toolbar made from the actions, the status bar, and the dialogs
 * and file choosers the commands need. What the commands decide lives in the view-models and the experiment session;
 * this class wires them to the controls.
 */
public final class WorkbenchWindow extends BorderPane implements DataView.Actions {
    private final WorkbenchModel session = new WorkbenchModel();
    private final TaskStatusModel status = new TaskStatusModel();
    private final Tasks tasks = new Tasks(status);
    private final AppPreferences prefs;
    private final FileChoosers choosers;
    private final SampleData sampleData;
    private final DataViewModel dataVm = new DataViewModel(session);
    private final StrategiesViewModel strategiesVm = new StrategiesViewModel(session);
    private final RunViewModel runVm = new RunViewModel();
    private final ResultsViewModel resultsVm = new ResultsViewModel();
    private final DescriptorsViewModel descriptorsVm = new DescriptorsViewModel(session, new RunPicks(session, runVm));
    private final ExperimentSession experiment;
    private final Suggestions suggestions;
    private final DataView dataView;
    private final DescriptorsView descriptorsView;
    private final RunView runView;
    private final ResultsView resultsView;
    private final StudyViewModel studyVm = new StudyViewModel(org.activemat.engine.data.SampleData.files());
    private final StudySession study;
    private final TabPane tabs = new TabPane();
    private final Map<Panel, Tab> panels = new EnumMap<>(Panel.class);
    private final Menu recentMenu = new Menu("Open recent");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    /** The docked guide and the split that holds it beside the tabs (null until first shown). */
    private javafx.scene.layout.Region guide;
    private javafx.scene.control.SplitPane withGuide;
    private final UnsavedWork unsaved;
    private final ExperimentFiles files;

    public WorkbenchWindow(AppPreferences prefs, SampleData sampleData) {
        this.prefs = prefs;
        this.sampleData = sampleData;
        this.choosers = new FileChoosers(prefs);
        this.suggestions = new Suggestions(tasks, this::window, choosers::dataset);
        setId("workbench");
        experiment = new ExperimentSession(session, strategiesVm, descriptorsVm, runVm, resultsVm, tasks, prefs, new ExperimentSession.Host() {
            @Override public void error(String title, Throwable e) { Dialogs.error(window(), title, e); }
            @Override public void showPanel(Panel p) { WorkbenchWindow.this.showPanel(p); }
            @Override public void openData(Path file) { openFile(file); }
            @Override public void recentFilesChanged() { refreshRecent(); }
        });
        study = new StudySession(studyVm, tasks, strategiesVm::selectedStrategies, (t, e) -> Dialogs.error(window(), t, e));
        dataView = new DataView(dataVm, sampleData, this);
        descriptorsView = new DescriptorsView(descriptorsVm);
        runView = new RunView(runVm, status, this::analysis, this::runExperiment, experiment::cancel,
                strategiesVm.validProperty(), strategiesVm.blockReasonProperty());
        resultsView = new ResultsView(resultsVm);
        files = new ExperimentFiles(session, experiment, study, choosers, this::window, () -> {
            Map<String, ChartView> charts = new LinkedHashMap<>();
            charts.put("learning-curve-mae.png", runView.maeChart());
            charts.put("learning-curve-r2.png", runView.r2Chart());
            charts.put("picks-map.png", runView.map());
            charts.put("parity.png", resultsView.parity());
            charts.put("calibration.png", resultsView.calibration());
            if (!resultsView.costChart().lineSeries().isEmpty())   // only data that records pw.x times has it
                charts.put("mae-vs-dft-time.png", resultsView.costChart());
            charts.put("descriptor-map.png", descriptorsView.map());
            charts.put("target-histogram.png", dataView.histogram());
            return charts;
        });
        unsaved = new UnsavedWork(session, this::window, files::saveThen);
        unsaved.guardClose(this, this::quit);
        descriptorsVm.testFractionProperty().bind(strategiesVm.testFractionProperty());
        descriptorsVm.analysisProperty().addListener(o -> runView.redrawMap());   // picks may arrive before the map
        experiment.poolProperty().addListener((o, was, pool) -> runView.setPool(pool));
        for (javafx.beans.Observable o : new javafx.beans.Observable[]{session.datasetProperty(), session.experimentDataProperty(),
                session.experimentDataNameProperty(), session.experimentProperty()}) o.addListener(x -> showExperimentData());
        DescriptorJobs descriptorJobs = new DescriptorJobs(descriptorsVm, tasks);
        for (javafx.beans.Observable o : new javafx.beans.Observable[]{session.filteredProperty(), session.targetProperty(),
                descriptorsVm.setNameProperty(), descriptorsVm.extras()}) o.addListener(x -> descriptorJobs.schedule());
        acceptDroppedFiles();
        ChartExportHost.install(this, new WorkbenchChartHost(choosers, tasks, prefs));   // every chart's Save as PNG/SVG

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        addPanel(Panel.DATA, dataView);
        addPanel(Panel.DESCRIPTORS, descriptorsView);
        addPanel(Panel.STRATEGIES, new StrategiesView(strategiesVm, this::choosePoolFileDialog));
        addPanel(Panel.RUN, runView);
        addPanel(Panel.RESULTS, resultsView);
        addPanel(Panel.STUDY, new StudyView(studyVm, study, this::window, (t, e) -> Dialogs.error(window(), t, e)));
        ActionFactory actions = actions();
        setTop(new VBox(WorkbenchMenus.menuBar(actions, samplesMenu(), recentMenu), WorkbenchMenus.toolBar(actions)));
        setCenter(tabs);
        setBottom(new StatusBar(status));
        refreshRecent();
    }

    private void addPanel(Panel p, Node content) {
        Tab t = new Tab(p.title(), content);
        t.setId(p.id());
        t.setGraphic(p.icon().icon(16));
        panels.put(p, t);
        tabs.getTabs().add(t);
    }

    public void showPanel(Panel p) { tabs.getSelectionModel().select(panels.get(p)); }

    /** What each action does, and when it is off. */
    private ActionFactory actions() {
        var idle = experiment.runningProperty().not();
        return new ActionFactory()
                .on(WorkbenchAction.OPEN_DATA, this::openFileDialog)
                .on(WorkbenchAction.OPEN_EXPERIMENT, () -> unsaved.confirm("open another experiment", files::openDialog))
                .on(WorkbenchAction.SAVE_EXPERIMENT, () -> files.saveThen(() -> {}))
                .on(WorkbenchAction.SAVE_EXPERIMENT_AS, () -> files.saveDialog(() -> {}))
                .on(WorkbenchAction.EXPORT, files::exportDialog)
                .on(WorkbenchAction.EXPORT_REPORT, files::exportReportDialog, Bindings.isEmpty(studyVm.runs()), null)
                .on(WorkbenchAction.QUIT, this::quit)
                .on(WorkbenchAction.RUN, this::runExperiment, strategiesVm.validProperty().not().or(experiment.runningProperty()),
                        strategiesVm.blockReasonProperty().map(r -> r.isEmpty() ? "" : "Cannot run: " + r))
                .on(WorkbenchAction.CANCEL, experiment::cancel, idle, null)
                .on(WorkbenchAction.SUGGEST, this::suggestNextBatch)
                .on(WorkbenchAction.GUIDE, this::showGettingStarted)
                .on(WorkbenchAction.ABOUT, () -> Dialogs.about(window()));
    }

    private Menu samplesMenu() {
        Menu samples = new Menu("Open sample");
        for (String label : SampleData.SAMPLES.keySet()) {
            MenuItem m = new MenuItem(label);
            m.setDisable(sampleData.find(label).isEmpty());
            m.setOnAction(e -> openSample(label));
            samples.getItems().add(m);
        }
        return samples;
    }

    private void refreshRecent() {
        recentMenu.getItems().clear();
        for (Path p : prefs.recentFiles()) {
            MenuItem m = new MenuItem(p.toString());
            m.setOnAction(e -> open(p));
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private Window window() { return getScene() == null ? null : getScene().getWindow(); }

    // ---- guide and suggestions ----------------------------------------------------------------------------

    /** The guided first experiment, docked beside the panels; its buttons act on this window. */
    public void showGettingStarted() {
        if (guide == null) guide = GettingStarted.pane(GettingStarted.steps(new GettingStarted.Workbench() {
            @Override public void openSample(String label) { WorkbenchWindow.this.openSample(label); }
            @Override public void showPanel(Panel p) { WorkbenchWindow.this.showPanel(p); }
            @Override public void quickLook() { strategiesVm.quickLook(); }
            @Override public void liveLook() { strategiesVm.liveLook(); }
            @Override public void run() { runExperiment(); }
        }), this::hideGettingStarted);
        if (withGuide == null) {
            withGuide = new javafx.scene.control.SplitPane();
            javafx.scene.control.SplitPane.setResizableWithParent(guide, false);   // a wider window widens the panels
        }
        if (getCenter() != withGuide) {
            setCenter(null);   // the tabs move into the split: out of the centre first
            withGuide.getItems().setAll(tabs, guide);
            setCenter(withGuide);
            withGuide.setDividerPositions(Math.max(0.5, 1 - GettingStarted.WIDTH / Math.max(1, getWidth())));
        }
        focusOnceInScene(guide.lookup("#guide-close"));   // focus in the guide, so Escape closes it
    }

    /** Focuses a node now, or as soon as it is in a scene: the split's skin adds a new item at its next layout. */
    private static void focusOnceInScene(javafx.scene.Node node) {
        if (node.getScene() != null) { node.requestFocus(); return; }
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                          javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now == null) return;
                o.removeListener(this);
                javafx.application.Platform.runLater(node::requestFocus);   // after the layout pass that added it
            }
        });
    }

    public void hideGettingStarted() {
        if (getCenter() != withGuide) return;
        setCenter(null);
        withGuide.getItems().clear();
        setCenter(tabs);
    }

    /** Whether the guide is docked beside the panels now. */
    public boolean gettingStartedShown() { return withGuide != null && getCenter() == withGuide; }

    /** Shows the first bundled sample, or leaves the empty state that explains how to open a file. */
    public void preloadSample() {
        sampleData.firstAvailable().ifPresent(this::openFile);
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

    // ---- data ---------------------------------------------------------------------------------------------

    @Override public void openFileDialog() {
        File f = choosers.dataset("Open dataset").showOpenDialog(window());
        if (f != null) openFile(f.toPath());
    }

    @Override public void saveStructureDialog(Entry e) {
        Path p = choosers.structureFile(e, window());
        if (p != null) saveStructure(e, p);
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
        File f = choosers.dataset("Structures for the live pool").showOpenDialog(window());
        if (f != null) experiment.useLivePoolFile(f.toPath());
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
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) open(e.getDragboard().getFiles().get(0).toPath());
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Opens a saved experiment, a study (study.json) or a dataset, by the file's extension (dropped files, recent files, the launcher's argument). */
    public void open(Path file) {
        if (ExperimentSession.isExperiment(file)) unsaved.confirm("open another experiment", () -> experiment.open(file));
        else if (file.getFileName().toString().endsWith("study.json")) {
            study.open(file);
            showPanel(Panel.STUDY);
        } else openFile(file);
    }

    /** The Run panel names the experiment's data, and keeps its picks off another dataset's map. */
    private void showExperimentData() {
        String made = session.experimentDataNameProperty().get();
        boolean other = session.experimentOnOtherData();
        var doc = session.experimentProperty().get();
        runView.setData(made == null ? null : made.replaceAll(" \\(\\d+ entries\\)$", ""), doc == null ? null : doc.target(),
                made == null ? null : "Data: " + made + (other ? " — not the loaded data" : ""),
                other ? "The picks were made on " + made + ", not on the loaded data: open that file to see them here" : null);
        descriptorsVm.picksChanged();
    }

    /** Reads in the background; a broken file shows an error and leaves the loaded dataset as it was. */
    @Override public void openFile(Path file) {
        if (experiment.runningProperty().get()) {   // the run's curves and picks are of the loaded data
            Dialogs.warning(window(), "Cannot open " + file.getFileName() + " during a run",
                    "An experiment is running on " + session.experimentDataNameProperty().get() + ". Cancel it (Esc) or "
                            + "wait until it finishes, then open the file again. Nothing was changed.");
            return;
        }
        loading.set(true);
        tasks.create("Loading " + file.getFileName(), ctx -> DataViewModel.read(file))
                .onSuccess(d -> {
                    dataVm.accept(d, file);
                    prefs.addRecentFile(file);
                    refreshRecent();
                    if (window() instanceof Stage s) s.setTitle("ActiveMat Workbench — " + d.name());
                })
                .onFailure(e -> Dialogs.error(window(), "Could not open " + file.getFileName(), e))
                .onFinished(() -> loading.set(false))
                .start();
    }

    // ---- experiment files ---------------------------------------------------------------------------------

    /** Run and quit ask first when the last results are unsaved: a new run replaces them. */
    private void runExperiment() { unsaved.confirm("run again", experiment::run); }

    public void quit() { unsaved.confirm("quit", () -> { if (window() != null) window().hide(); }); }

    /** results.json, curves.csv and one PNG per chart (see ExperimentFiles). */
    public void exportTo(Path dir) { files.exportTo(dir); }

    // ---- for the application and tests --------------------------------------------------------------------

    public void openExperiment(Path file) { experiment.open(file); }

    public void saveExperiment(Path file) { experiment.save(file); }

    public void useLivePoolFile(Path file) { experiment.useLivePoolFile(file); }

    /** Cooperative: runs stop before their next ensemble member; finished runs are kept. */
    public void cancelRun() { experiment.cancel(); }

    public ExperimentSession experiment() { return experiment; }

    public StudyViewModel studyModel() { return studyVm; }

    public StudySession study() { return study; }

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

    public ReadOnlyBooleanProperty runningProperty() { return experiment.runningProperty(); }

    public DescriptorAnalysis analysis() { return descriptorsVm.analysisProperty().get(); }

    /** On quit: the work stops and no pw.x is left running (a JVM's children outlive it). */
    public void shutdown() {
        ChildProcesses.stopAll(() -> {
            cancelRun();
            study.cancel();
            tasks.shutdown();
        }, 2000);
    }
}

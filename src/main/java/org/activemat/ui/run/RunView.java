package org.activemat.ui.run;

import org.activemat.engine.data.Units;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activemat.ui.common.Icons;
import org.activemat.ui.common.TaskStatusModel;
import org.activemat.ui.common.chart.ChartView;
import org.activemat.ui.descriptors.DescriptorAnalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Run panel: Run/Cancel with progress and ETA, live learning curves (MAE and R² vs labels, mean ± std over
 * the seeds done), and the descriptor map of one strategy and seed's labelled set with a round slider to replay picks.
 */
public final class RunView extends BorderPane {
    private final RunViewModel vm;
    private final Supplier<DescriptorAnalysis> analysis;
    private final ChartView mae = new ChartView();
    private final ChartView r2 = new ChartView();
    private final ChartView map = new ChartView();
    private final Label explanation = new Label("Click a labelled point on the map to see why it was picked.");
    private final ListView<String> batch = new ListView<>();
    /** The id of every point of the map's main series (dataset rows, then a live run's pool). */
    private String[] mapIds = new String[0];
    /** A live run's generated pool on the dataset's map; null when the run replays the dataset's labels. */
    private PoolMap pool;
    /** Why the picks are not drawn: the loaded data is not the experiment's (null: it is). */
    private String otherData;
    private final Label dataNote = new Label();
    /** The experiment's system, named in the curves' titles. */
    private String system;
    /** The experiment's target (null: none yet): the curves' unit when no dataset is loaded to say it. */
    private String experimentTarget;
    private Bands bands = Bands.INTERVAL_95;
    /** What the left chart shows (the right one is R²), and on which y axis. */
    private CurveMetric metric = CurveMetric.MAE;
    private boolean logY;

    public RunView(RunViewModel vm, TaskStatusModel status, Supplier<DescriptorAnalysis> analysis,
                   Runnable run, Runnable cancel, javafx.beans.value.ObservableBooleanValue canRun,
                   javafx.beans.value.ObservableStringValue blockReason) {
        this.vm = vm;
        this.analysis = analysis;
        setId("run-view");
        Button runB = new Button("Run", Icons.RUN.icon());
        runB.setId("run-button");
        runB.setDefaultButton(false);
        runB.setOnAction(e -> run.run());
        runB.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !canRun.get() || vm.runningProperty().get(), canRun, vm.runningProperty()));
        Button cancelB = new Button("Cancel", Icons.CANCEL.icon());
        cancelB.setId("cancel-button");
        cancelB.setOnAction(e -> cancel.run());
        cancelB.disableProperty().bind(vm.runningProperty().not());
        ProgressBar bar = new ProgressBar(0);
        bar.setPrefWidth(260);
        bar.progressProperty().bind(javafx.beans.binding.Bindings.when(vm.runningProperty())
                .then(status.progressProperty()).otherwise(0));
        Label eta = new Label();
        eta.textProperty().bind(javafx.beans.binding.Bindings.when(vm.runningProperty()).then(status.etaProperty()).otherwise(""));
        Label summary = new Label();
        summary.setId("run-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label reason = new Label();
        reason.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> blockReason.get().isEmpty() ? "" : "Cannot run: " + blockReason.get(), blockReason));
        reason.setStyle("-fx-text-fill: #c0392b;");
        // The buttons, the time left and the summary keep their size; the data note and a long "Cannot run" reason are
        // the ones to shorten (full text in its tooltip), so the bar never reads "…  C…  Not ru…".
        for (javafx.scene.layout.Region keep : new javafx.scene.layout.Region[]{runB, cancelB, eta, summary})
            keep.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        bar.setMinWidth(120);
        reason.setMinWidth(0);
        Tooltip reasonTip = new Tooltip();
        reasonTip.textProperty().bind(reason.textProperty());
        reasonTip.setWrapText(true);
        reasonTip.setMaxWidth(600);
        reason.setTooltip(reasonTip);
        dataNote.setId("run-data");
        dataNote.setMinWidth(0);
        HBox top = new HBox(8, runB, cancelB, bar, eta, summary, dataNote, reason);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10));
        setTop(top);

        mae.setId("curve-mae");
        r2.setId("curve-r2");
        mae.setEmptyMessage("Learning curves appear here as rounds finish (MAE on the test set vs labels)");
        r2.setEmptyMessage("R² on the test set vs labels");
        ComboBox<Bands> band = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(Bands.values()));
        band.setId("band-choice");
        band.setValue(bands);
        band.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Bands b) { return b == null ? "" : "band: " + b.label(); }
            @Override public Bands fromString(String s) { return null; }
        });
        band.valueProperty().addListener((o, was, b) -> { if (b != null) setBands(b); });
        ComboBox<CurveMetric> metricChoice = new ComboBox<>(FXCollections.observableArrayList(CurveMetric.MAE, CurveMetric.RMSE));
        metricChoice.setId("metric-choice");
        metricChoice.setValue(metric);
        metricChoice.setTooltip(new Tooltip("The error the left chart shows on the test set (R² is on the right)"));
        metricChoice.valueProperty().addListener((o, was, m) -> { if (m != null) setMetric(m); });
        javafx.scene.control.CheckBox log = new javafx.scene.control.CheckBox("log y");
        log.setId("log-y");
        log.setTooltip(new Tooltip("A logarithmic error axis: equal steps are equal ratios, as learning curves are often read"));
        log.selectedProperty().addListener((o, was, on) -> setLogY(on));
        for (javafx.scene.layout.Region keep : new javafx.scene.layout.Region[]{band, metricChoice, log})
            keep.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        top.getChildren().addAll(3, List.of(metricChoice, log, band));
        SplitPane curves = new SplitPane(mae, r2);
        Label adaptive = new Label();   // which strategy the bandit chose each round, live; hover for why
        adaptive.setId("adaptive-choices");
        adaptive.textProperty().bind(vm.adaptiveLineProperty());
        adaptive.managedProperty().bind(vm.adaptiveLineProperty().isNotEmpty());
        adaptive.visibleProperty().bind(adaptive.managedProperty());
        Tooltip adaptiveTip = new Tooltip();
        adaptiveTip.textProperty().bind(vm.adaptiveDetailsProperty());
        adaptive.setTooltip(adaptiveTip);
        adaptive.setMinWidth(0);
        VBox curvesBox = new VBox(2, curves, adaptive);
        VBox.setVgrow(curves, Priority.ALWAYS);
        mae.setLineInfo((l, i) -> describe(l, i, metric));
        r2.setLineInfo((l, i) -> describe(l, i, CurveMetric.R2));

        map.setId("run-map");
        map.setEmptyMessage("The labelled set on the descriptor map appears once a run reports");
        map.setOnPointClicked(i -> explain(i));
        map.setInfo(i -> {
            DescriptorAnalysis a = analysis.get();
            if (a == null || i >= mapIds.length) return "";
            String id = mapIds[i];
            if (i < a.rows() && pool != null) return id + " · " + a.matrix().formulas().get(i) + "\ntest set (the loaded dataset)";
            String why = vm.picksProperty().get().explain(id);
            String head = i < a.rows() ? id + " · " + a.matrix().formulas().get(i) : id + " · generated";
            return head + (why == null ? "\nnot labelled" : "\n" + why);
        });
        ComboBox<String> strategy = new ComboBox<>(vm.strategies());
        strategy.valueProperty().bindBidirectional(vm.viewStrategyProperty());
        ComboBox<Integer> seed = new ComboBox<>(vm.seeds());
        strategy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);   // the round slider gives way, not the choices
        seed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        seed.valueProperty().addListener((o, a, b) -> { if (b != null) vm.viewSeedProperty().set(b); });
        vm.viewSeedProperty().addListener((o, a, b) -> seed.setValue(b.intValue()));
        // after the ComboBox has processed the new items (it may clear its value while doing so)
        vm.seeds().addListener((javafx.collections.ListChangeListener<Integer>) ch ->
                javafx.application.Platform.runLater(() -> seed.setValue(vm.viewSeedProperty().get())));
        Slider round = new Slider(0, 1, 0);
        round.setId("round-slider");
        round.setMajorTickUnit(1);
        round.setMinorTickCount(0);
        round.setSnapToTicks(true);
        round.setShowTickMarks(true);
        round.setShowTickLabels(true);
        round.maxProperty().bind(vm.maxRoundProperty());
        round.valueProperty().addListener((o, a, b) -> vm.viewRoundProperty().set((int) Math.round(b.doubleValue())));
        vm.viewRoundProperty().addListener((o, a, b) -> round.setValue(b.intValue()));
        HBox.setHgrow(round, Priority.ALWAYS);
        HBox chooser = new HBox(6, whole("strategy"), strategy, whole("seed"), seed, whole("round"), round);
        chooser.setAlignment(Pos.CENTER_LEFT);
        Label roundInfo = new Label();
        roundInfo.setWrapText(true);   // two lines rather than "…" in a narrow panel
        roundInfo.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        roundInfo.textProperty().bind(vm.picksProperty().map(p -> p.strategy() == null ? "" : String.format(
                "Round %d: trained on %d labels; this round's batch (%d, red rings) is listed below.",
                p.round(), p.labelledCount(), p.batch().size())));
        explanation.setWrapText(true);
        explanation.setId("pick-explanation");
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);   // wrap rather than end in "…"
        explanation.setStyle("-fx-font-weight: bold;");
        batch.setPrefHeight(160);
        batch.setCellFactory(l -> new WrappingCell(l));   // a long reason wraps instead of scrolling sideways
        batch.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) explanation.setText(vm.picksProperty().get().explain(s.split(" ")[0]));
        });
        Label choice = new Label();
        choice.setId("batch-choice");
        choice.setWrapText(true);
        choice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);   // wrap rather than clip; the list below gives way
        choice.textProperty().bind(vm.batchChoiceProperty());
        choice.managedProperty().bind(vm.batchChoiceProperty().isNotEmpty());
        choice.visibleProperty().bind(choice.managedProperty());
        choice.setTooltip(new Tooltip(AdaptiveChoices.REWARD));
        VBox side = new VBox(8, chooser, roundInfo, choice, explanation, batch);
        VBox.setVgrow(batch, Priority.ALWAYS);
        side.setPadding(new Insets(6));
        SplitPane bottom = new SplitPane(map, side);
        bottom.setDividerPositions(0.55);
        SplitPane all = new SplitPane(curvesBox, bottom);
        all.setOrientation(Orientation.VERTICAL);
        all.setPadding(new Insets(0, 10, 10, 10));
        setCenter(all);

        vm.curvesProperty().addListener((o, a, c) -> drawCurves(c));
        vm.picksProperty().addListener((o, a, p) -> drawMap(p));
        // a new run, a cancel or an opened experiment: the last selected pick is stale
        vm.strategies().addListener((javafx.collections.ListChangeListener<String>) ch -> resetExplanation());
        vm.runningProperty().addListener(o -> resetExplanation());
    }

    private void resetExplanation() {
        explanation.setText("Click a labelled point on the map to see why it was picked.");
        batch.getSelectionModel().clearSelection();
    }

    /**
     * Which data the experiment was made on; other is non-null when the loaded data is not that one, and says why the
     * picks are not drawn on its map (its ids may name other structures).
     */
    public void setData(String system, String target, String note, String other) {
        this.system = system;
        this.experimentTarget = target;
        dataNote.setText(note == null ? "" : note);
        dataNote.setStyle(other == null ? "" : "-fx-text-fill: #b9770e;");
        otherData = other;
        redrawMap();
        drawCurves(vm.curvesProperty().get());
    }

    public Label dataNote() { return dataNote; }

    /** The band drawn around each curve; the 95 % interval by default. */
    public void setBands(Bands b) {
        bands = b;
        drawCurves(vm.curvesProperty().get());
    }

    public void setMetric(CurveMetric m) {
        metric = m;
        drawCurves(vm.curvesProperty().get());
    }

    public void setLogY(boolean on) {
        logY = on;
        drawCurves(vm.curvesProperty().get());
    }

    /** The target of the map's data, else of the experiment shown (opened with no data loaded). */
    private String target() {
        DescriptorAnalysis a = analysis.get();
        return a == null ? experimentTarget : a.matrix().target();
    }

    private String describe(int line, int i, CurveMetric m) {
        List<CurveSeries> c = vm.curvesProperty().get();
        return line < c.size() ? CurveLines.describe(c.get(line), i, m, bands, Units.of(target())) : "";
    }

    private void drawCurves(List<CurveSeries> series) {
        mae.clear();
        r2.clear();
        String target = target();
        String of = (target == null ? "" : " of " + target) + (system == null ? "" : " on " + system);
        String band = " vs labels (mean, band: " + bands.label() + ")";
        boolean log = logY && metric.allowsLog();
        mae.setLogY(log);
        mae.setTitles("Test " + metric.label() + of + band, "labelled structures",
                Units.label(metric.label(), target) + (log ? ", log scale" : ""));
        r2.setTitles("Test R²" + of + band, "labelled structures", "R²");
        for (ChartView.Line l : CurveLines.of(series, metric, bands, log)) mae.addLine(l);
        for (ChartView.Line l : CurveLines.of(series, CurveMetric.R2, bands, false)) r2.addLine(l);
    }

    /** Redraws the picks map, e.g. once the descriptor analysis it is drawn on becomes available. */
    public void redrawMap() { drawMap(vm.picksProperty().get()); }

    /** Shows a live run's pool on the map (null: the picks are the dataset's own entries). */
    public void setPool(PoolMap p) {
        pool = p;
        redrawMap();
    }

    private static final int NOT_LABELLED = 0xffd0d0d0, LABELLED = 0xff1f5fa8, BATCH = 0xffd62728, TEST_SET = 0xfff5deb3;

    private void drawMap(PickView p) {
        DescriptorAnalysis a = analysis.get();
        map.clear();
        if (otherData != null) {
            map.setEmptyMessage(otherData);
            batch.getItems().clear();
            return;
        }
        map.setEmptyMessage("The labelled set on the descriptor map appears once a run reports");
        if (a == null || p.strategy() == null) return;
        String axes = " (" + a.axisLabel(0).replaceAll(" of variance", "") + " × PC2)";
        map.setTitles(pool == null ? "Labelled set of " + p.strategy() + ", seed " + p.seed() + " at round " + p.round() + axes
                : "Live pool: " + p.strategy() + ", seed " + p.seed() + ", round " + p.round() + axes, "PC1", "PC2");
        int n = a.rows(), m = pool == null ? 0 : pool.size();
        double[] x = new double[n + m], y = new double[n + m];
        int[] c = new int[n + m];
        mapIds = new String[n + m];
        List<Integer> ringed = new ArrayList<>();
        java.util.Set<String> inBatch = new java.util.HashSet<>(p.batch());
        for (int i = 0; i < n + m; i++) {
            boolean data = i < n;
            x[i] = data ? a.scores()[i][0] : pool.x()[i - n];
            y[i] = data ? (a.components() > 1 ? a.scores()[i][1] : 0) : pool.y()[i - n];
            String id = data ? a.matrix().ids().get(i) : pool.ids().get(i - n);
            mapIds[i] = id;
            c[i] = data && pool != null ? TEST_SET : inBatch.contains(id) ? BATCH : p.labelled().contains(id) ? LABELLED : NOT_LABELLED;
            if (inBatch.contains(id)) ringed.add(i);
        }
        map.addPoints(new ChartView.Points("", x, y, c, 6, true));
        if (pool != null) map.addPoints(new ChartView.Points("test set (loaded data)", new double[0], new double[0], new int[]{TEST_SET}, 6, false));
        map.addPoints(new ChartView.Points("not labelled", new double[0], new double[0], new int[]{NOT_LABELLED}, 6, false));
        map.addPoints(new ChartView.Points("labelled before", new double[0], new double[0], new int[]{LABELLED}, 6, false));
        map.addPoints(new ChartView.Points("this round's batch", new double[0], new double[0], new int[]{BATCH}, 6, false));
        map.setHighlighted(ringed.stream().mapToInt(Integer::intValue).toArray());
        List<String> items = new ArrayList<>();
        for (String id : p.batch()) {
            String why = p.reasons().getOrDefault(id, "");
            items.add(id + (why.isEmpty() ? "" : "  —  " + why));
        }
        batch.getItems().setAll(items);
    }

    private void explain(int i) {
        DescriptorAnalysis a = analysis.get();
        if (a == null || otherData != null || i >= mapIds.length) return;
        String id = mapIds[i];
        if (pool != null && i < a.rows()) {
            explanation.setText(id + " is in the test set: the loaded dataset scores every round of a live run.");
            return;
        }
        String why = vm.picksProperty().get().explain(id);
        explanation.setText(why == null ? id + " is not labelled by round " + vm.picksProperty().get().round() + "." : why);
    }

    public ChartView maeChart() { return mae; }

    public ChartView r2Chart() { return r2; }

    public ChartView map() { return map; }


    /** A label that keeps its whole text when its row is short of room (the slider beside it gives way). */
    private static Label whole(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}

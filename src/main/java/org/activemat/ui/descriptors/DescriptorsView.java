package org.activemat.ui.descriptors;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import org.activemat.ui.common.structure.StructureView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.ui.common.chart.ChartView;
import org.controlsfx.control.CheckComboBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Descriptors panel: descriptor set and extra columns, the feature table, and the PCA map of the dataset. */
public final class DescriptorsView extends BorderPane {
    private final DescriptorsViewModel vm;
    private final ChartView map = new ChartView();
    private final ObservableList<String> axisNames = FXCollections.observableArrayList();
    private final Label note = new Label();

    public DescriptorsView(DescriptorsViewModel vm) {
        this.vm = vm;
        setId("descriptors-view");
        ComboBox<String> set = new ComboBox<>(FXCollections.observableArrayList(Descriptors.names()));
        set.setId("descriptor-set");
        set.valueProperty().bindBidirectional(vm.setNameProperty());
        set.tooltipProperty().bind(vm.setNameProperty().map(n -> new Tooltip(n + ": "   // what the chosen set describes
                + Descriptors.REGISTRY.find(n).map(t -> t.description()).orElse(""))));
        CheckComboBox<String> extras = new CheckComboBox<>(vm.availableExtras());
        extras.setTitle("extra columns");
        extras.setTooltip(new Tooltip("Dataset columns to add as features (flagged when they are, or track, the target)"));
        extras.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            List<String> checked = new ArrayList<>(extras.getCheckModel().getCheckedItems());
            if (!checked.equals(vm.extras())) vm.extras().setAll(checked);
        });
        Label status = new Label();
        status.setId("descriptors-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);   // two lines rather than cut off when the guide is docked beside the panels
        status.setMinWidth(160);
        HBox.setHgrow(status, Priority.ALWAYS);
        Label setLabel = new Label("Descriptor set");
        setLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, setLabel, set, extras, status);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10));
        setTop(top);

        TableView<FeatureStat> table = featureTable();
        Label warnings = new Label();
        warnings.textProperty().bind(vm.warningsProperty());
        warnings.setWrapText(true);
        warnings.setStyle("-fx-text-fill: #b35900;");
        VBox features = new VBox(6, table, warnings);
        VBox.setVgrow(table, Priority.ALWAYS);
        StructureView cell = new StructureView();   // click a point, see its structure
        cell.setId("descriptors-structure");
        cell.setEmptyMessage("Click a point on the map to see its structure");
        vm.session().selectedEntryProperty().addListener((o, a, e) -> cell.show(e));
        SplitPane left = new SplitPane(features, cell);
        left.setOrientation(javafx.geometry.Orientation.VERTICAL);
        left.setDividerPositions(0.6);

        map.setId("pca-map");
        map.setEmptyMessage("The map appears once descriptors are computed");
        map.setInfo(vm::info);
        map.setOnPointClicked(vm::select);
        ComboBox<String> xAxis = axisChooser(vm.xComponentProperty());
        ComboBox<String> yAxis = axisChooser(vm.yComponentProperty());
        ComboBox<ColorMode> colour = new ComboBox<>(FXCollections.observableArrayList(ColorMode.values()));
        colour.setId("color-mode");
        colour.valueProperty().bindBidirectional(vm.colorModeProperty());
        Spinner<Integer> k = new Spinner<>(1, 100, vm.clustersProperty().get());
        k.setPrefWidth(70);
        k.valueProperty().addListener((o, a, b) -> vm.clustersProperty().set(b));
        Label kLabel = new Label("k");
        ComboBox<String> strategy = new ComboBox<>();
        strategy.valueProperty().bindBidirectional(vm.pickStrategyProperty());
        strategy.setOnShowing(e -> strategy.getItems().setAll(vm.picks().strategies()));
        Spinner<Integer> seed = new Spinner<>(0, 1000, 0);
        seed.setPrefWidth(70);
        seed.valueProperty().addListener((o, a, b) -> vm.pickSeedProperty().set(b));
        Label seedLabel = new Label("seed");
        vm.colorModeProperty().addListener((o, a, m) -> showControls(m, kLabel, k, strategy, seedLabel, seed));
        showControls(vm.colorModeProperty().get(), kLabel, k, strategy, seedLabel, seed);
        strategy.setPrefWidth(130);   // its items arrive when it opens: without a width it shows only "…"
        HBox axes = new HBox(6, new Label("x"), xAxis, new Label("y"), yAxis);
        HBox colouring = new HBox(6, new Label("colour by"), colour, kLabel, k, strategy, seedLabel, seed);
        // the two groups wrap onto a second line on a narrow window rather than squeezing the choosers to "…"
        FlowPane controls = new FlowPane(16, 6, axes, colouring);
        for (HBox g : List.of(axes, colouring)) {
            g.setAlignment(Pos.CENTER_LEFT);
            for (var n : g.getChildren()) if (n instanceof javafx.scene.layout.Region r) r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        seed.setMinWidth(70);
        note.setStyle("-fx-text-fill: #555;");
        Label help = new Label("Drag to pan · wheel to zoom · double-click to reset · click a point to see its structure (and select it in the Data table)");
        help.setStyle("-fx-text-fill: #888; -fx-font-size: 11px;");
        VBox right = new VBox(6, controls, map, note, help);
        VBox.setVgrow(map, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.38);
        split.setPadding(new Insets(0, 10, 10, 10));
        setCenter(split);

        vm.analysisProperty().addListener((o, a, an) -> {
            List<String> names = new ArrayList<>();
            for (int c = 0; c < an.components(); c++) names.add(an.axisLabel(c));
            axisNames.setAll(names);
            xAxis.getSelectionModel().select(vm.xComponentProperty().get());
            yAxis.getSelectionModel().select(vm.yComponentProperty().get());
            map.resetView();
        });
        vm.scatterProperty().addListener((o, a, s) -> draw(s));
        vm.session().selectedIdProperty().addListener((o, a, id) -> map.setSelected(vm.selectedRow()));
    }

    private static void showControls(ColorMode m, Label kLabel, Spinner<Integer> k, ComboBox<String> strategy,
                                     Label seedLabel, Spinner<Integer> seed) {
        boolean cl = m == ColorMode.CLUSTER, pick = m == ColorMode.PICK_ROUND, split = m == ColorMode.SPLIT;
        for (var n : List.of(kLabel, k)) { n.setVisible(cl); n.setManaged(cl); }
        strategy.setVisible(pick);
        strategy.setManaged(pick);
        for (var n : List.of(seedLabel, seed)) { n.setVisible(pick || split); n.setManaged(pick || split); }
    }

    private ComboBox<String> axisChooser(javafx.beans.property.IntegerProperty component) {
        ComboBox<String> c = new ComboBox<>(axisNames);
        c.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) component.set(i.intValue());
        });
        return c;
    }

    private TableView<FeatureStat> featureTable() {
        TableView<FeatureStat> t = new TableView<>(vm.features());
        t.setId("feature-table");
        TableColumn<FeatureStat, String> name = new TableColumn<>("feature");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(185); // "mean_valence_electrons", the longest paper-17 name, whole
        TableColumn<FeatureStat, Double> mean = number("mean", FeatureStat::mean);
        TableColumn<FeatureStat, Double> std = number("std", FeatureStat::std);
        TableColumn<FeatureStat, String> flags = new TableColumn<>("flags");
        flags.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().flags()));
        flags.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setStyle(empty || s == null || s.isEmpty() ? "" : s.contains("leak") ? "-fx-text-fill: #c0392b;" : "-fx-text-fill: #b35900;");
                setTooltip(empty || s == null || s.isEmpty() ? null : new Tooltip(s.contains("leak")
                        ? "This column is the target or tracks it (|r| > 0.98): the model would be handed the answer"
                        : "Constant over these entries (e.g. composition features of a one-element system): standardized to 0, carries no information"));
            }
        });
        flags.setPrefWidth(130);
        t.getColumns().addAll(List.of(name, mean, std, flags));
        t.setPlaceholder(new Label("No features yet: load a dataset with a numeric target."));
        return t;
    }

    private static TableColumn<FeatureStat, Double> number(String title, java.util.function.ToDoubleFunction<FeatureStat> f) {
        TableColumn<FeatureStat, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.applyAsDouble(x.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : String.format(Locale.ROOT, "%.4g", v));
            }
        });
        c.setPrefWidth(80);
        return c;
    }

    private void draw(ScatterData s) {
        map.clear();
        DescriptorAnalysis a = vm.analysisProperty().get();
        map.setTitles("Descriptor space — " + a.rows() + " entries", a.axisLabel(vm.xComponentProperty().get()),
                a.axisLabel(vm.yComponentProperty().get()));
        map.addPoints(new ChartView.Points("", s.x(), s.y(), s.argb(), 6, true));
        if (s.continuous()) map.setColorBar(new ChartView.ColorBar(s.barLabel(), s.barMin(), s.barMax()));
        for (int i = 0; i < s.legend().size(); i++)
            map.addPoints(new ChartView.Points(s.legend().get(i), new double[0], new double[0], new int[]{s.legendArgb()[i]}, 6, false));
        map.setSelected(vm.selectedRow());
        note.setText(s.note());
    }

    public ChartView map() { return map; }

}

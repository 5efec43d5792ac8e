package org.activemat.ui.data;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.activemat.engine.data.Entry;
import org.activemat.ui.SampleData;
import org.activemat.ui.common.ColumnFit;
import org.activemat.ui.common.Icons;
import org.activemat.ui.common.chart.ChartView;
import org.activemat.ui.common.structure.StructureView;

import java.nio.file.Path;
import java.util.Locale;

/** The Data panel: open a sample or a file, choose the target, filter, browse the entries, see the target histogram. */
public final class DataView extends BorderPane {
    /** What the panel asks the window to do (loading runs in the background there). */
    public interface Actions {
        void openFileDialog();

        void openFile(Path file);

        void openSample(String label);

        /** Asks where, then saves the selected entry's structure (POSCAR, CIF or extended XYZ). */
        void saveStructureDialog(Entry e);
    }

    private final DataViewModel vm;
    private final TableView<EntryRow> table = new TableView<>();
    private final ChartView histogram = new ChartView();
    private final MenuButton samples = new MenuButton("Sample data", Icons.SAMPLE.icon());

    public DataView(DataViewModel vm, SampleData sampleData, Actions actions) {
        this.vm = vm;
        setId("data-view");
        for (String label : SampleData.SAMPLES.keySet()) {
            MenuItem item = new MenuItem(label);
            boolean present = sampleData.find(label).isPresent();
            item.setDisable(!present);
            if (!present) item.setText(label + " (not installed)");
            item.setOnAction(e -> actions.openSample(label));
            samples.getItems().add(item);
        }
        samples.setTooltip(new Tooltip("Bundled datasets with real DFT labels (Quantum ESPRESSO)"));
        Button open = new Button("Open file…", Icons.OPEN_DATA.icon());
        open.setTooltip(new Tooltip("Open extended XYZ, pymatgen/Materials Project/OPTIMADE JSON, CSV, POSCAR or CIF (Ctrl+O)"));
        open.setOnAction(e -> actions.openFileDialog());
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.setStyle("-fx-font-weight: bold;");
        HBox top = new HBox(8, samples, open, summary);
        top.setAlignment(Pos.CENTER_LEFT);

        ComboBox<String> target = new ComboBox<>(vm.targets());
        target.setId("target-choice");
        target.valueProperty().bindBidirectional(vm.targetProperty());
        target.setPrefWidth(240);
        target.setTooltip(new Tooltip("The numeric property the models learn to predict"));
        Spinner<Integer> min = new Spinner<>(1, 10_000, vm.minSitesProperty().get());
        Spinner<Integer> max = new Spinner<>(1, 10_000, vm.maxSitesProperty().get());
        for (Spinner<Integer> s : java.util.List.of(min, max)) {
            s.setEditable(true);
            s.setPrefWidth(90);
        }
        min.valueProperty().addListener((o, a, b) -> vm.minSitesProperty().set(b));
        max.valueProperty().addListener((o, a, b) -> vm.maxSitesProperty().set(b));
        CheckBox finite = new CheckBox("finite target only");
        finite.selectedProperty().bindBidirectional(vm.finiteTargetOnlyProperty());
        CheckBox dups = new CheckBox("drop duplicate ids");
        dups.selectedProperty().bindBidirectional(vm.dropDuplicatesProperty());
        HBox filters = new HBox(8, new Label("Target"), target, new Label("Sites"), min, new Label("to"), max, finite, dups);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label report = new Label();
        report.setId("filter-report");
        report.textProperty().bind(vm.filterReportProperty());
        report.setStyle("-fx-text-fill: #555;");
        report.setWrapText(true);
        VBox header = new VBox(8, top, filters, report);
        header.setPadding(new Insets(10));
        setTop(header);

        TextField search = new TextField();
        search.setPromptText("Filter rows by id, formula or source");
        search.textProperty().bindBidirectional(vm.queryProperty());
        buildTable();
        VBox left = new VBox(6, search, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        histogram.setEmptyMessage("Load a dataset to see the distribution of its target");
        vm.histogramProperty().addListener((o, a, h) -> showHistogram(h));
        StructureView cell = new StructureView();
        cell.setId("structure-view");
        Tab distribution = new Tab("Target distribution", histogram), structureTab = new Tab("Structure", cell);
        TabPane views = new TabPane(distribution, structureTab);
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        vm.selectedProperty().addListener((o, a, e) -> {
            cell.show(e);
            if (e != null && e.hasStructure()) views.getSelectionModel().select(structureTab);   // what the click was for
        });
        SplitPane right = new SplitPane(views, new EntryDetailsView(vm, actions::saveStructureDialog));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.55);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.6);
        split.setPadding(new Insets(0, 10, 10, 10));
        setCenter(split);

        vm.session().selectedIdProperty().addListener((o, a, id) -> selectId(id));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) vm.session().selectedIdProperty().set(r.id());
        });
    }

    private void buildTable() {
        table.setId("entries-table");
        TableColumn<EntryRow, String> id = new TableColumn<>("id");
        id.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        id.setPrefWidth(180);
        TableColumn<EntryRow, String> formula = new TableColumn<>("formula");
        formula.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().formula()));
        formula.setPrefWidth(100);
        TableColumn<EntryRow, Integer> sites = new TableColumn<>("sites");
        sites.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sites()));
        sites.setPrefWidth(60);
        TableColumn<EntryRow, Double> target = new TableColumn<>("target");
        // the property and its unit, as every header names it
        target.textProperty().bind(vm.targetProperty().map(t -> org.activemat.engine.data.Units.label(t, t)).orElse("target"));
        target.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().target()));
        target.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.5g", v));
            }
        });
        target.setPrefWidth(150);
        TableColumn<EntryRow, String> source = new TableColumn<>("source");
        source.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().source()));
        source.setPrefWidth(80);
        table.getColumns().addAll(java.util.List.of(id, formula, sites, target, source));
        // columns as wide as what they show; the last (source, often one value for all) takes what is left
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Runnable fit = () -> {
            var rows = vm.allRows();
            ColumnFit.fit(id, rows, EntryRow::id, 80, 320);
            ColumnFit.fit(formula, rows, EntryRow::formula, 70, 200);
            ColumnFit.fit(target, java.util.List.<EntryRow>of(), r -> "", 110, 320);   // the header: values are short
            ColumnFit.fit(source, rows, EntryRow::source, 70, 200);
        };
        vm.allRows().addListener((javafx.collections.ListChangeListener<EntryRow>) c -> fit.run());
        target.textProperty().addListener(o -> fit.run());
        fit.run();
        SortedList<EntryRow> sorted = new SortedList<>(vm.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        Label empty = new Label();
        empty.textProperty().bind(vm.emptyTableMessage());
        empty.setWrapText(true);
        table.setPlaceholder(empty);
    }

    private void showHistogram(Histogram h) {
        histogram.clear();
        histogram.resetView();
        String t = vm.targetProperty().get();
        String system = vm.session().dataset() == null ? "" : " in " + vm.session().dataset().name();
        histogram.setTitles("Distribution of " + (t == null ? "the target" : t) + system + " (" + h.total() + " entries)",
                t == null ? "" : org.activemat.engine.data.Units.label(t, t), "count");
        if (h.total() > 0) histogram.setBars(new ChartView.Bars(h.edges(), h.counts(), Color.web("#4e79a7")));
    }

    private void selectId(String id) {
        if (id == null) return;
        EntryRow current = table.getSelectionModel().getSelectedItem();
        if (current != null && current.id().equals(id)) return;
        for (EntryRow r : table.getItems()) {
            if (r.id().equals(id)) {
                table.getSelectionModel().select(r);
                table.scrollTo(r);
                return;
            }
        }
        if (!vm.queryProperty().get().isEmpty()) {
            vm.queryProperty().set("");
            selectId(id);
        }
    }

    public TableView<EntryRow> table() { return table; }

    public ChartView histogram() { return histogram; }
}

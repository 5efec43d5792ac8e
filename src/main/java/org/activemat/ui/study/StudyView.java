package org.activemat.ui.study;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Font;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.activemat.engine.study.Sweep;
import org.activemat.report.FigureSize;
import org.activemat.report.StudyTable;

import java.io.File;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** The Study panel: the settings on the left; the figures, the verdicts and the combined table as systems finish. */
public final class StudyView extends BorderPane {
    private final StudyViewModel vm;
    private final StudySession session;
    private final Supplier<Window> window;
    private final BiConsumer<String, Throwable> error;
    private final FigurePane curves, improvement;
    private final ListView<String> verdicts = new ListView<>();
    private final TableView<StudyTable.Row> table = new TableView<>();

    public StudyView(StudyViewModel vm, StudySession session, Supplier<Window> window, BiConsumer<String, Throwable> error) {
        this.vm = vm;
        this.session = session;
        this.window = window;
        this.error = error;
        setId("study-panel");
        curves = new FigurePane("study-curves", "The learning curves of every system, side by side, appear here as each finishes.",
                this::askPng, this::askSvg);
        improvement = new FigurePane("study-improvement", "Each strategy's change of final MAE against random, with its "
                + "95 % interval, per system.", this::askPng, this::askSvg);
        verdicts.setId("study-verdicts");
        verdicts.setItems(vm.verdicts());
        verdicts.setPlaceholder(new Label("The verdict of each system appears here as it finishes."));
        fitVerdicts();
        vm.verdicts().addListener((javafx.collections.ListChangeListener<String>) c -> fitVerdicts());
        table.setId("study-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("Run a study, or open one (study.json)."));
        addColumns();
        vm.rows().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            addColumns();   // the unit in the header follows the target
            showFigures();
        });

        SplitPane figures = new SplitPane(curves, improvement);
        figures.setDividerPositions(0.58);
        SplitPane right = new SplitPane(figures, new VBox(4, verdicts, table));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.55);
        VBox.setVgrow(table, Priority.ALWAYS);
        ScrollPane form = new ScrollPane(form());
        form.setFitToWidth(true);
        form.setPrefWidth(310);
        form.setMinWidth(260);
        setLeft(form);
        setCenter(right);
        BorderPane.setMargin(right, new Insets(0, 0, 0, 4));
    }

    /**
     * Tall enough for one verdict per system of a four-system study (the table below gives way, not the verdicts);
     * more, as a sweep gives, scroll.
     */
    private void fitVerdicts() {
        int rows = Math.max(2, Math.min(4, vm.verdicts().size()));
        double height = rows * (Font.getDefault().getSize() * 2) + 6; // a list cell is about twice the font size
        verdicts.setMinHeight(height);
        verdicts.setPrefHeight(height);
    }

    private VBox form() {
        ListView<StudyViewModel.SystemChoice> systems = new ListView<>(vm.systems());
        systems.setId("study-systems");
        systems.setPrefHeight(120);
        systems.setCellFactory(CheckBoxListCell.forListView(StudyViewModel.SystemChoice::selectedProperty,
                new javafx.util.StringConverter<>() {
                    @Override public String toString(StudyViewModel.SystemChoice s) { return s == null ? "" : s.name(); }

                    @Override public StudyViewModel.SystemChoice fromString(String s) { return null; }
                }));
        Button add = new Button("Add dataset…");
        add.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Add a dataset to the study");
            List<File> fs = fc.showOpenMultipleDialog(window.get());
            if (fs != null) fs.forEach(f -> vm.addSystem(f.toPath()));
        });
        TextField target = new TextField();
        target.setId("study-target");
        target.textProperty().bindBidirectional(vm.targetProperty());
        Spinner<Integer> seeds = new Spinner<>(1, 200, vm.seedsProperty().get());
        seeds.setId("study-seeds");
        seeds.setEditable(true);
        seeds.setPrefWidth(80);
        seeds.getValueFactory().valueProperty().addListener((o, a, b) -> { if (b != null) vm.seedsProperty().set(b); });
        vm.seedsProperty().addListener((o, a, b) -> seeds.getValueFactory().setValue(b.intValue()));
        Button study = new Button(String.valueOf(StudyViewModel.STUDY_SEEDS)), paper = new Button("Paper: " + StudyViewModel.PAPER_SEEDS);
        study.setOnAction(e -> vm.seedsProperty().set(StudyViewModel.STUDY_SEEDS));
        paper.setOnAction(e -> vm.seedsProperty().set(StudyViewModel.PAPER_SEEDS));
        study.setTooltip(new Tooltip("Enough seeds to tell a 5 % difference from noise on the bundled systems"));
        paper.setTooltip(new Tooltip("The paper's 5 seeds, to reproduce it"));
        TextField sweep = new TextField();
        sweep.setId("study-sweep");
        sweep.setPromptText("e.g. batch=5,10,15,20");
        sweep.textProperty().bindBidirectional(vm.sweepTextProperty());
        sweep.setTooltip(new Tooltip("Optional: vary one setting with the same seeds: " + String.join(", ", Sweep.SETTINGS)
                + " or STRATEGY.PARAMETER"));
        Label strategies = new Label("Strategies: those checked in the Strategies panel; protocol of the paper.");
        strategies.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.addRow(0, label("Target"), target);
        grid.addRow(1, label("Seeds"), new HBox(4, seeds, study, paper));
        grid.addRow(2, label("Sweep"), sweep);
        GridPane.setHgrow(target, Priority.ALWAYS);
        Button run = new Button("Run study"), cancel = new Button("Cancel");
        run.setId("study-run");
        cancel.setId("study-cancel");
        run.setDefaultButton(false);
        run.disableProperty().bind(vm.runningProperty());
        cancel.disableProperty().bind(vm.runningProperty().not());
        run.setOnAction(e -> session.run());
        cancel.setOnAction(e -> session.cancel());
        Button open = new Button("Open study…"), save = new Button("Save study…");
        open.setOnAction(e -> openDialog());
        save.setOnAction(e -> saveDialog());
        save.disableProperty().bind(vm.runningProperty().or(Bindings.isEmpty(vm.runs())));
        open.disableProperty().bind(vm.runningProperty());
        Label problems = new Label();
        problems.setId("study-problems");
        problems.setWrapText(true);
        problems.setStyle("-fx-text-fill: #b00020;");
        problems.textProperty().bind(vm.problemsProperty());
        problems.managedProperty().bind(vm.problemsProperty().isNotEmpty());
        Label progress = new Label();
        progress.setWrapText(true);
        progress.textProperty().bind(vm.progressTextProperty());
        VBox box = new VBox(8, new Label("Systems"), systems, add, grid, strategies, new HBox(6, run, cancel), problems, progress,
                new HBox(6, open, save));
        box.setPadding(new Insets(8));
        return box;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);   // never "Ta…"
        return l;
    }

    private void addColumns() {
        table.getColumns().clear();
        List<String> header = vm.header();
        for (int i = 0; i < header.size(); i++) {
            final int col = i;
            String title = twoLines(header.get(i));
            TableColumn<StudyTable.Row, String> c = new TableColumn<>(title);
            // room for the header's longer line; the table scrolls sideways rather than squeezing the numbers
            int longestTitle = title.lines().mapToInt(String::length).max().orElse(0);
            int longestCell = vm.rows().stream().mapToInt(r -> col < vm.cells(r).size() ? vm.cells(r).get(col).length() : 0).max().orElse(0);
            c.setPrefWidth(Math.min(200, Math.max(60, Math.max(8.5 * longestTitle, 7 * longestCell) + 16)));
            c.setCellValueFactory(d -> new javafx.beans.property.SimpleStringProperty(
                    col < vm.cells(d.getValue()).size() ? vm.cells(d.getValue()).get(col) : ""));
            table.getColumns().add(c);
        }
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    /** A header on two lines, its unit or interval (from the first " (" or " [") below its name: no "final MAE ± 95 % CI …". */
    static String twoLines(String header) {
        int cut = -1;
        for (String mark : new String[]{" (", " ["}) {
            int at = header.indexOf(mark);
            if (at > 0 && (cut < 0 || at < cut)) cut = at;
        }
        return cut < 0 ? header : header.substring(0, cut) + "\n" + header.substring(cut + 1);
    }

    private void showFigures() {
        var figs = vm.figures();
        curves.setFigure(figs.isEmpty() ? null : figs.get(0));
        improvement.setFigure(figs.size() < 2 ? null : figs.get(1));
    }

    // ---- dialogs ------------------------------------------------------------------------------------------

    private void askPng(FigurePane pane) {
        int[] px = pane.defaultPixels(FigureSize.DPI);
        TextInputDialog d = new TextInputDialog(px[0] + " × " + px[1] + " px, " + FigureSize.DPI + " dpi");
        d.initOwner(window.get());
        d.setTitle("Save as PNG");
        d.setHeaderText("Size in pixels and resolution");
        var answer = d.showAndWait();
        if (answer.isEmpty()) return;
        int[] n = answer.get().replaceAll("[^0-9]+", " ").trim().chars().anyMatch(Character::isDigit)
                ? java.util.Arrays.stream(answer.get().replaceAll("[^0-9]+", " ").trim().split(" ")).mapToInt(Integer::parseInt).toArray()
                : new int[0];
        if (n.length < 2 || n[0] < 10 || n[1] < 10) {
            error.accept("Save as PNG", new IllegalArgumentException("expected WIDTH × HEIGHT px[, DPI dpi], e.g. 2008 × 1063 px, 300 dpi"));
            return;
        }
        File f = chooser("Save as PNG", "png").showSaveDialog(window.get());
        if (f != null) save(() -> pane.savePng(f.toPath(), n[0], n[1], n.length > 2 ? n[2] : FigureSize.DPI));
    }

    private void askSvg(FigurePane pane) {
        File f = chooser("Save as SVG", "svg").showSaveDialog(window.get());
        if (f != null) save(() -> pane.saveSvg(f.toPath()));
    }

    private interface Io { void run() throws Exception; }

    private void save(Io io) {
        try {
            io.run();
        } catch (Exception e) {
            error.accept("Could not save the figure", e);
        }
    }

    private FileChooser chooser(String title, String ext) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase() + " image", "*." + ext));
        fc.setInitialFileName("study-figure." + ext);
        return fc;
    }

    private void openDialog() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open a study");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("ActiveMat study", "study.json", "*.json"));
        File f = fc.showOpenDialog(window.get());
        if (f != null) session.open(f.toPath());
    }

    private void saveDialog() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Save the study (study.json and one results file per system) into a folder");
        File d = dc.showDialog(window.get());
        if (d != null) session.save(d.toPath());
    }

    public FigurePane curves() { return curves; }

    public FigurePane improvement() { return improvement; }

    public TableView<StudyTable.Row> table() { return table; }

    public ListView<String> verdicts() { return verdicts; }
}

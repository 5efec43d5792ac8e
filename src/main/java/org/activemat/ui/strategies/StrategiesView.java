package org.activemat.ui.strategies;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activemat.engine.loop.Recalibration;
import org.activemat.ui.strategies.StrategiesViewModel.Field;

import java.util.Locale;

/** The experiment form. Each field shows its own problem in red beside it; the first problem also blocks Run. */
public final class StrategiesView extends ScrollPane {
    private final StrategiesViewModel vm;
    private final Runnable choosePoolFile;

    /** choosePoolFile asks for a file of structures for the live pool and hands what it reads to the model. */
    public StrategiesView(StrategiesViewModel vm, Runnable choosePoolFile) {
        this.vm = vm;
        this.choosePoolFile = choosePoolFile;
        setId("strategies-view");
        setFitToWidth(true);
        getStylesheets().add(FormFields.styleSheet());

        GridPane protocol = FormFields.grid();
        int r = 0;
        FormFields.bindInteger(row(protocol, r++, Field.INITIAL, "Random labels to start with (paper: 30)"), vm.initialLabelsProperty());
        FormFields.bindInteger(row(protocol, r++, Field.BATCH, "Labels each query adds (paper: 15)"), vm.batchSizeProperty());
        FormFields.bindInteger(row(protocol, r++, Field.ROUNDS, "Number of queries; the model is trained rounds + 1 times (paper: 5)"),
                vm.queryRoundsProperty());
        FormFields.bindInteger(row(protocol, r++, Field.SEEDS, "Independent repeats, seeds 0…n−1 (paper: 5)"), vm.seedsProperty());
        TextField testFraction = row(protocol, r, Field.TEST_FRACTION, "Share held out for testing (paper: 0.2)");
        FormFields.bindReal(testFraction, vm.testFractionProperty(), false);
        testFraction.disableProperty().bind(vm.liveProperty());   // live: the whole loaded dataset is the test set

        Label noneChosen = FormFields.error("error-strategies", vm.errorProperty(Field.STRATEGIES));
        // fixed shares of the row, so a problem appearing in a box never changes the boxes' widths
        HBox columns = new HBox(12, titled("Protocol", protocol, 320), titled("Model", model(), 340),
                titled("Strategies", StrategyGrid.of(vm.strategies(), noneChosen), 560));
        Label budget = new Label();
        budget.setId("strategies-budget");
        budget.textProperty().bind(vm.budgetProperty());
        budget.setWrapText(true);
        Label block = new Label();
        block.setId("run-block-reason");
        block.setWrapText(true);
        block.textProperty().bind(vm.blockReasonProperty().map(s -> s.isEmpty() ? "Ready to run." : "Run is disabled — " + s));
        block.styleProperty().bind(vm.validProperty().map(ok -> ok ? "-fx-text-fill: #2c7a2c;" : "-fx-text-fill: #c0392b; -fx-font-weight: bold;"));
        VBox root = new VBox(12, presets(), columns, titled("Labels (oracle)", oracle()), budget, block);
        root.setPadding(new Insets(12));
        setContent(root);
    }

    private TextField row(GridPane g, int row, Field f, String tip) {
        return FormFields.row(g, row, f.name().toLowerCase(Locale.ROOT), StrategiesViewModel.label(f), tip, vm.errorProperty(f));
    }

    /** The engine's presets, and the workbench's own: fit the schedule to the loaded data, reset. */
    private Node presets() {
        Button paper = button("preset-paper", "Paper protocol", StrategiesViewModel.presetDescription(StrategiesViewModel.PAPER_PRESET),
                vm::paperProtocol);
        Button quick = button("preset-quick", "Quick look", StrategiesViewModel.presetDescription(StrategiesViewModel.QUICK_PRESET),
                vm::quickLook);
        Button fit = button("preset-fit", "Fit to this dataset", "Scale initial labels and batch so 5 queries fit a small training pool",
                vm::fitToData);
        Button reset = button("preset-reset", "Reset", "Back to the paper protocol", vm::reset);
        HBox presets = new HBox(8, paper, quick, fit, reset);
        presets.setAlignment(Pos.CENTER_LEFT);
        return presets;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The backend (its defaults are loaded when it changes) and the ensemble it trains. */
    private Node model() {
        GridPane g = FormFields.grid();
        ComboBox<String> backend = new ComboBox<>(FXCollections.observableArrayList(StrategiesViewModel.backends()));
        backend.setId("model-backend");
        backend.valueProperty().bindBidirectional(vm.backendProperty());
        backend.tooltipProperty().bind(vm.backendProperty().map(b -> new Tooltip(StrategiesViewModel.backendDescription(b)
                + "\nChoosing a backend loads its default settings.")));
        backend.setMaxWidth(Double.MAX_VALUE);
        g.add(FormFields.name("Backend", "What trains the ensemble"), 0, 0);
        g.add(backend, 1, 0, 2, 1);
        int r = 1;
        FormFields.bindInteger(row(g, r++, Field.MEMBERS, "Networks in the ensemble; their spread is the uncertainty (paper: 5)"),
                vm.membersProperty());
        FormFields.bindText(row(g, r++, Field.HIDDEN, "Neurons per hidden layer (paper: 128, 128)"), vm.hiddenLayersProperty());
        FormFields.bindInteger(row(g, r++, Field.EPOCHS, "Passes over the labelled data per training"), vm.epochsProperty());
        FormFields.bindReal(row(g, r++, Field.LEARNING_RATE, "Step size of the backend's optimizer"), vm.learningRateProperty(), false);
        FormFields.bindInteger(row(g, r++, Field.MINI_BATCH, "Samples per gradient step"), vm.miniBatchProperty());
        ComboBox<Recalibration> recal = new ComboBox<>(FXCollections.observableArrayList(Recalibration.choices()));
        recal.setId("recalibration");
        recal.valueProperty().bindBidirectional(vm.recalibrationProperty());
        recal.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Recalibration c) {   // short enough for the box: "scale, prequential"
                return c == null ? "" : c.describe().replace(" residuals", "").replace("-fold cross-validation", "-fold CV");
            }
            @Override public Recalibration fromString(String t) { return null; }
        });
        recal.setTooltip(new Tooltip("How the ensemble's spread is rescaled without looking at the test set (Results: "
                + "after the arrow). Prequential residuals cost nothing: each batch as the previous round's model predicted "
                + "it. Cross-validation trains 5 more ensembles per round (about 4× the time) and is fairer to uncertainty "
                + "and hybrid, whose picks sit where the spread is large. No strategy picks differently."));
        recal.setMaxWidth(Double.MAX_VALUE);
        // its own row, the box's full width: "scale, 5-fold CV" is cut to "scale, preq…" beside the label
        g.add(FormFields.name("Spread recalibration", "Rescales the ensemble's σ without the test set"), 0, r, 3, 1);
        g.add(recal, 0, r + 1, 3, 1);
        return g;
    }

    /** Replay the dataset's labels (the paper's retrospective mode) or compute them live with pw.x. */
    private Node oracle() {
        ToggleGroup group = new ToggleGroup();
        RadioButton replay = new RadioButton("Replay the dataset's labels (retrospective, as in the paper)");
        replay.setId("oracle-replay");
        RadioButton live = new RadioButton("Label live with Quantum ESPRESSO (pw.x): each pick is a DFT calculation");
        live.setId("oracle-live");
        replay.setToggleGroup(group);
        live.setToggleGroup(group);
        (vm.liveProperty().get() ? live : replay).setSelected(true);
        live.selectedProperty().addListener((o, a, on) -> vm.liveProperty().set(on));
        vm.liveProperty().addListener((o, a, on) -> (on ? live : replay).setSelected(true));

        GridPane pool = FormFields.grid();
        var generated = vm.livePoolFileProperty().isNull();
        TextField size = row(pool, 0, Field.POOL, "Structures the generator draws for the strategies to choose from");
        FormFields.bindInteger(size, vm.livePoolProperty());
        size.disableProperty().bind(generated.not());
        TextField seed = row(pool, 1, Field.POOL_SEED, "Generator seed of the pool (the samples use 2601)");
        FormFields.bindInteger(seed, vm.livePoolSeedProperty());
        seed.disableProperty().bind(generated.not());
        FormFields.bindInteger(row(pool, 2, Field.JOBS, "pw.x calculations at a time, one core each"), vm.liveJobsProperty());
        pool.add(poolFileRow(), 0, 3, 3, 1);
        pool.disableProperty().bind(vm.liveProperty().not());
        Label hint = new Label("Live: the loaded dataset becomes the test set, so it must be computed with the oracle's settings "
                + "(the bundled samples are). Labels are kept and reused; Cancel stops the calculations in flight.");
        hint.setWrapText(true);
        hint.setStyle("-fx-text-fill: #555;");
        hint.setMaxWidth(420);
        Button small = button("preset-live", "Small live protocol",
                "The baseline against uncertainty, 10 + 4 × 5 labels, 1 seed: at most 50 calculations", vm::liveLook);
        HBox row = new HBox(16, new VBox(8, replay, live, hint, small), pool);
        row.setPadding(new Insets(8));
        return row;
    }

    /** Pool: the generator's, or the user's own structures (MD snapshots, relaxation steps, a database's cells). */
    private Node poolFileRow() {
        Label shown = new Label();
        shown.setId("live-pool-file");
        shown.textProperty().bind(vm.livePoolFileProperty().map(f -> "Pool: the " + f.data().size() + " structures of " + f.name())
                .orElse("Pool: generated (size and seed above)"));
        Button choose = button("choose-pool-file", "Use my structures…", "Choose from your own structures instead: extended XYZ, "
                + "POSCAR, CIF, pymatgen/Materials Project or OPTIMADE JSON, made of the test set's elements", choosePoolFile);
        Button generate = button("use-generated-pool", "Use a generated pool", "Back to a generated pool",
                () -> vm.livePoolFileProperty().set(null));
        generate.disableProperty().bind(vm.livePoolFileProperty().isNull());
        return new VBox(6, shown, new HBox(8, choose, generate));
    }

    private static TitledPane titled(String title, Node content) {
        return titled(title, content, 360);
    }

    /** width: the box's share of a row (the boxes grow alike from it), whatever its content asks for. */
    private static TitledPane titled(String title, Node content, double width) {
        TitledPane t = new TitledPane(title, content);
        t.setCollapsible(false);
        t.setMinWidth(Math.min(width, 300));
        t.setPrefWidth(width);
        t.setMaxWidth(Double.MAX_VALUE);
        t.setMaxHeight(Double.MAX_VALUE);
        HBox.setHgrow(t, Priority.ALWAYS);
        return t;
    }
}

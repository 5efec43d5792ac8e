package org.activemat.ui.strategies;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
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

        GridPane protocol = grid();
        int r = 0;
        intRow(protocol, r++, Field.INITIAL, vm.initialLabelsProperty(), "Random labels to start with (paper: 30)");
        intRow(protocol, r++, Field.BATCH, vm.batchSizeProperty(), "Labels each query adds (paper: 15)");
        intRow(protocol, r++, Field.ROUNDS, vm.queryRoundsProperty(), "Number of queries; the model is trained rounds + 1 times (paper: 5)");
        intRow(protocol, r++, Field.SEEDS, vm.seedsProperty(), "Independent repeats, seeds 0…n−1 (paper: 5)");
        doubleRow(protocol, r, Field.TEST_FRACTION, vm.testFractionProperty(), "Share held out for testing (paper: 0.2)")
                .disableProperty().bind(vm.liveProperty());   // live: the whole loaded dataset is the test set

        GridPane ensemble = grid();
        r = 0;
        intRow(ensemble, r++, Field.MEMBERS, vm.membersProperty(), "MLPs in the ensemble; their spread is the uncertainty (paper: 5)");
        textRow(ensemble, r++, Field.HIDDEN, vm.hiddenLayersProperty(), "Neurons per hidden layer (paper: 128, 128)");
        intRow(ensemble, r++, Field.EPOCHS, vm.epochsProperty(), "Passes over the labelled data per training");
        doubleRow(ensemble, r++, Field.LEARNING_RATE, vm.learningRateProperty(), "SGD with momentum 0.9 (Smile has no Adam)");
        intRow(ensemble, r, Field.MINI_BATCH, vm.miniBatchProperty(), "Samples per gradient step");

        GridPane strategies = grid();
        r = 0;
        check(strategies, r++, "random", vm.randomProperty(), "Uniform draws from the pool: the baseline");
        check(strategies, r++, "uncertainty", vm.uncertaintyProperty(), "Largest ensemble variance (query by committee)");
        check(strategies, r++, "diversity", vm.diversityProperty(), "k-means on the pool, farthest member of each cluster");
        check(strategies, r++, "hybrid", vm.hybridProperty(), "α·variance + (1−α)·distance to the labelled set");
        intRow(strategies, r++, Field.K, vm.kProperty(), "Clusters for diversity (paper: 15)");
        doubleRow(strategies, r++, Field.ALPHA, vm.alphaProperty(), "Weight of uncertainty in hybrid (paper: 0.6)");
        Label stratError = error(Field.STRATEGIES);
        strategies.add(stratError, 0, r, 3, 1);

        Button paper = new Button("Paper protocol");
        paper.setId("preset-paper");
        paper.setTooltip(new Tooltip("Settings of arXiv 2601.06916"));
        paper.setOnAction(e -> vm.paperProtocol());
        Button quick = new Button("Quick look");
        quick.setTooltip(new Tooltip("3 seeds, 64-64 nets, 40 epochs: a first look in a few minutes"));
        quick.setOnAction(e -> vm.quickLook());
        Button fit = new Button("Fit to this dataset");
        fit.setId("preset-fit");
        fit.setTooltip(new Tooltip("Scale initial labels and batch so 5 queries fit a small training pool"));
        fit.setOnAction(e -> vm.fitToData());
        Button reset = new Button("Reset");
        reset.setOnAction(e -> vm.reset());
        HBox presets = new HBox(8, paper, quick, fit, reset);
        presets.setAlignment(Pos.CENTER_LEFT);
        Label budget = new Label();
        budget.textProperty().bind(vm.budgetProperty());
        Label block = new Label();
        block.setId("run-block-reason");
        block.textProperty().bind(vm.blockReasonProperty().map(s -> s.isEmpty() ? "Ready to run." : "Run is disabled — " + s));
        block.styleProperty().bind(vm.validProperty().map(ok -> ok ? "-fx-text-fill: #2c7a2c;" : "-fx-text-fill: #c0392b; -fx-font-weight: bold;"));

        HBox columns = new HBox(12, titled("Protocol", protocol), titled("Ensemble (MLP)", ensemble), titled("Strategies", strategies));
        budget.setWrapText(true);
        VBox root = new VBox(12, presets, columns, titled("Labels (oracle)", oracle()), budget, block);
        root.setPadding(new Insets(12));
        setContent(root);
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

        GridPane pool = grid();
        var generated = vm.livePoolFileProperty().isNull();
        intRow(pool, 0, Field.POOL, vm.livePoolProperty(), "Structures the generator draws for the strategies to choose from")
                .disableProperty().bind(generated.not());
        intRow(pool, 1, Field.POOL_SEED, vm.livePoolSeedProperty(), "Generator seed of the pool (the samples use 2601)")
                .disableProperty().bind(generated.not());
        intRow(pool, 2, Field.JOBS, vm.liveJobsProperty(), "pw.x calculations at a time, one core each");
        pool.add(poolFileRow(), 0, 3, 3, 1);
        pool.disableProperty().bind(vm.liveProperty().not());
        Label hint = new Label("Live: the loaded dataset becomes the test set, so it must be computed with the oracle's settings "
                + "(the bundled samples are). Labels are kept and reused; Cancel stops the calculations in flight.");
        hint.setWrapText(true);
        hint.setStyle("-fx-text-fill: #555;");
        hint.setMaxWidth(420);
        Button small = new Button("Small live protocol");
        small.setId("preset-live");
        small.setTooltip(new Tooltip("Random against uncertainty, 10 + 4 × 5 labels, 1 seed: at most 50 calculations"));
        small.setOnAction(e -> vm.liveLook());
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
        Button choose = new Button("Use my structures…");
        choose.setId("choose-pool-file");
        choose.setTooltip(new Tooltip("Choose from your own structures instead: extended XYZ, POSCAR, CIF, pymatgen/Materials "
                + "Project or OPTIMADE JSON, made of the test set's elements"));
        choose.setOnAction(e -> choosePoolFile.run());
        Button generate = new Button("Use a generated pool");
        generate.setTooltip(new Tooltip("Back to a generated pool"));
        generate.disableProperty().bind(vm.livePoolFileProperty().isNull());
        generate.setOnAction(e -> vm.livePoolFileProperty().set(null));
        return new VBox(6, shown, new HBox(8, choose, generate));
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(8));
        return g;
    }

    private static TitledPane titled(String title, Node content) {
        TitledPane t = new TitledPane(title, content);
        t.setCollapsible(false);
        t.setMinWidth(360);
        t.setMaxWidth(Double.MAX_VALUE);
        t.setMaxHeight(Double.MAX_VALUE);
        HBox.setHgrow(t, javafx.scene.layout.Priority.ALWAYS);
        return t;
    }

    private Label error(Field f) {
        Label l = new Label();
        l.setId("error-" + f.name().toLowerCase(Locale.ROOT));
        l.textProperty().bind(vm.errorProperty(f));
        l.setStyle("-fx-text-fill: #c0392b;");
        l.setWrapText(true);
        l.setMaxWidth(260);
        return l;
    }

    private TextField field(GridPane g, int row, Field f, String tip) {
        Label name = new Label(StrategiesViewModel.label(f));
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField t = new TextField();
        t.setId("field-" + f.name().toLowerCase(Locale.ROOT));
        t.setPrefColumnCount(7);
        t.setTooltip(new Tooltip(tip));
        name.setTooltip(new Tooltip(tip));
        g.add(name, 0, row);
        g.add(t, 1, row);
        g.add(error(f), 2, row);
        return t;
    }

    private TextField intRow(GridPane g, int row, Field f, IntegerProperty p, String tip) {
        TextField t = field(g, row, f, tip);
        link(t, p, s -> {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return Integer.MIN_VALUE;  // shown as invalid by validation, never used
            }
        }, String::valueOf);
        return t;
    }

    private TextField doubleRow(GridPane g, int row, Field f, DoubleProperty p, String tip) {
        TextField t = field(g, row, f, tip);
        link(t, p, s -> {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }, v -> Double.isNaN(v.doubleValue()) ? "" : stripZeros(v.doubleValue()));
        return t;
    }

    private static String stripZeros(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains(".") && !s.contains("e")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }

    private void textRow(GridPane g, int row, Field f, javafx.beans.property.StringProperty p, String tip) {
        TextField t = field(g, row, f, tip);
        t.textProperty().bindBidirectional(p);
    }

    /** Text → property on every keystroke (so validation is live); property → text when a preset changes it. */
    private static <T extends Number> void link(TextField t, Property<Number> p, java.util.function.Function<String, T> parse,
                                                java.util.function.Function<Number, String> format) {
        t.setText(format.apply(p.getValue()));
        boolean[] updating = {false};
        t.textProperty().addListener((o, a, s) -> {
            if (updating[0]) return;
            updating[0] = true;
            p.setValue(parse.apply(s));
            updating[0] = false;
        });
        p.addListener((o, a, v) -> {
            if (updating[0]) return;
            updating[0] = true;
            t.setText(format.apply(v));
            updating[0] = false;
        });
    }

    private static void check(GridPane g, int row, String name, BooleanProperty p, String tip) {
        CheckBox c = new CheckBox(name);
        c.setId("strategy-" + name);
        c.selectedProperty().bindBidirectional(p);
        Label l = new Label(tip);
        l.setStyle("-fx-text-fill: #555;");
        l.setWrapText(true);
        l.setMinWidth(230);
        l.setMaxWidth(320);
        c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        g.add(c, 0, row);
        g.add(l, 1, row, 2, 1);
    }
}

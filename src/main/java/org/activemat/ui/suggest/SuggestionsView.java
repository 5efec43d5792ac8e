package org.activemat.ui.suggest;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.activemat.engine.data.Entry;
import org.activemat.engine.loop.NextBatch.Suggestion;
import org.activemat.engine.oracle.labelling.StructureBatch;
import org.activemat.ui.common.chart.ChartView;
import org.activemat.ui.common.structure.StructureView;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The suggested batch: rank, structure, the model's prediction ± spread and why each was chosen, with Save and
 * Compute with pw.x, after which each row shows the DFT value beside the prediction.
 */
public final class SuggestionsView extends BorderPane {
    private final TableView<Suggestion> table = new TableView<>();

    private final ChartView map = new ChartView();

    private final String target;
    private final Button computeButton = new Button("Compute with pw.x…");
    private final Button inputsButton = new Button("Save pw.x inputs…");
    private final Button outputsButton = new Button("Read pw.x outputs…");
    private final Button nextRoundButton = new Button("Suggest the next round");
    private final Label computedSummary = new Label();
    // every label this batch got, computed here or read from outputs, by id (FX thread only)
    private final Map<String, Entry> computed = new java.util.LinkedHashMap<>();
    private final Map<String, String> failed = new java.util.LinkedHashMap<>();

    /** What the buttons ask for; each asks where first. */
    public interface Actions {
        void save();

        void savePoscars();

        /** Labels the batch with pw.x here. */
        void compute();

        /** The same through a folder of pw.x runs made elsewhere: inputs out, outputs back. */
        void saveInputs();

        void readOutputs();

        /** Trains again with the frames pw.x gave, leaving out the failed ids. */
        void nextRound(Collection<Entry> frames, Set<String> failedIds);
    }

    /**
     * map: the candidates on the loaded data's descriptor map, or null when there is none to draw on; computeBlocked:
     * why pw.x cannot label these structures, or null when it can.
     */
    public SuggestionsView(String headline, List<Suggestion> suggestions, Suggestions.MapPoints points, String target,
                           Actions actions, String computeBlocked) {
        this.target = target;
        setId("suggestions-view");
        Label head = new Label(headline);
        head.setWrapText(true);
        head.setPadding(new Insets(10));
        table.setId("suggestions-table");
        table.getColumns().add(column("rank", s -> String.valueOf(s.rank())));
        table.getColumns().add(column("id", s -> s.candidate().id()));
        table.getColumns().add(column("formula", s -> s.candidate().formula()));
        table.getColumns().add(column("sites", s -> String.valueOf(s.candidate().sites())));
        table.getColumns().add(column("predicted ± std", s -> String.format(Locale.ROOT, "%.4f ± %.4f", s.predicted(), s.std())));
        TableColumn<Suggestion, String> why = column("why", s -> s.pick().explanation());
        why.setPrefWidth(330);
        table.getColumns().add(why);
        table.getColumns().add(column("DFT (pw.x)", this::computedText));
        TableColumn<Suggestion, String> error = column("error (σ)", this::errorText);
        error.setPrefWidth(140);
        table.getColumns().add(error);
        table.getItems().setAll(suggestions);
        // one Save menu: the bar keeps its words at the window's width
        MenuItem xyz = new MenuItem("As extended XYZ (one file, with predictions and reasons)…");
        xyz.setId("save-suggestions");
        xyz.setOnAction(e -> actions.save());
        MenuItem poscars = new MenuItem("As POSCAR files for VASP (ID.vasp in a folder)…");
        poscars.setId("save-suggestions-poscar");
        poscars.setOnAction(e -> actions.savePoscars());
        MenuButton saveButton = new MenuButton("Save", null, xyz, poscars);
        saveButton.setId("save-menu");
        computeButton.setId("compute-suggestions");
        computeButton.setOnAction(e -> actions.compute());
        computeButton.setDisable(computeBlocked != null);
        computeButton.setTooltip(new Tooltip(computeBlocked != null ? "Cannot compute: " + computeBlocked
                : "Label these structures with Quantum ESPRESSO, with the settings of the bundled samples, into a file "
                + "you choose; structures already in it are not computed again"));
        inputsButton.setId("save-pwx-inputs");
        inputsButton.setOnAction(e -> actions.saveInputs());
        inputsButton.setTooltip(new Tooltip("Write the pw.x input of each structure (ID.in) into a folder, to run elsewhere, "
                + "such as a cluster; put each output beside it as ID.out"));
        outputsButton.setId("read-pwx-outputs");
        outputsButton.setOnAction(e -> actions.readOutputs());
        outputsButton.setTooltip(new Tooltip("Read the finished outputs (ID.out) of those inputs, checked against each "
                + "structure and the settings, into labelled.extxyz in the same folder"));
        inputsButton.setDisable(computeBlocked != null);
        outputsButton.setDisable(computeBlocked != null);
        computedSummary.setId("computed-summary");
        computedSummary.setWrapText(true);
        computedSummary.setPadding(new Insets(0, 8, 8, 8));
        computedSummary.managedProperty().bind(computedSummary.textProperty().isNotEmpty());
        nextRoundButton.setId("next-round");
        nextRoundButton.setDisable(true);
        nextRoundButton.setOnAction(e -> actions.nextRound(List.copyOf(computed.values()), Set.copyOf(failed.keySet())));
        nextRoundButton.setTooltip(new Tooltip("Train the ensemble again with the computed structures added, and let the same "
                + "strategy pick among the candidates left"));
        HBox bar = new HBox(8, saveButton, computeButton, inputsButton, outputsButton, nextRoundButton);
        bar.setPadding(new Insets(8));
        setTop(head);
        StructureView cell = new StructureView();   // what the selected suggestion looks like
        cell.setId("suggestion-structure");
        cell.setEmptyMessage("Select a suggestion to see its structure");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, sel) -> cell.show(sel == null ? null : sel.candidate()));
        javafx.scene.Node below = cell;
        if (points != null) {
            draw(points);
            SplitPane beside = new SplitPane(map, cell);
            beside.setDividerPositions(0.62);
            below = beside;
        }
        SplitPane split = new SplitPane(table, below);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        setCenter(split);
        setBottom(new VBox(bar, computedSummary));
    }

    private static final int LABELLED = 0xff1f5fa8, CANDIDATE = 0xffd0d0d0, SUGGESTED = 0xffd62728;

    /** Where the suggestions lie among the labelled data and the other candidates (PC1 × PC2 of the loaded data). */
    private void draw(Suggestions.MapPoints p) {
        map.setId("suggestions-map");
        map.setTitles("The suggestions on the loaded data's descriptor map", "PC1", "PC2");
        int n = p.labelled().length, m = p.candidates().length;
        double[] x = new double[n + m], y = new double[n + m];
        int[] c = new int[n + m];
        List<Integer> ringed = new java.util.ArrayList<>();
        for (int i = 0; i < n + m; i++) {
            double[] s = i < n ? p.labelled()[i] : p.candidates()[i - n];
            x[i] = s.length > 0 ? s[0] : 0;
            y[i] = s.length > 1 ? s[1] : 0;
            boolean picked = i >= n && p.suggested().contains(p.candidateIds().get(i - n));
            c[i] = i < n ? LABELLED : picked ? SUGGESTED : CANDIDATE;
            if (picked) ringed.add(i);
        }
        map.addPoints(new ChartView.Points("", x, y, c, 6, true));
        map.addPoints(new ChartView.Points("labelled", new double[0], new double[0], new int[]{LABELLED}, 6, false));
        map.addPoints(new ChartView.Points("candidates", new double[0], new double[0], new int[]{CANDIDATE}, 6, false));
        map.addPoints(new ChartView.Points("suggested", new double[0], new double[0], new int[]{SUGGESTED}, 6, false));
        map.setHighlighted(ringed.stream().mapToInt(Integer::intValue).toArray());
        map.setInfo(i -> i < n ? "labelled" : p.candidateIds().get(i - n) + (p.suggested().contains(p.candidateIds().get(i - n)) ? " (suggested)" : ""));
        map.setOnPointClicked(i -> {   // a suggestion on the map: its row, and so its structure
            if (i < n) return;
            String id = p.candidateIds().get(i - n);
            table.getItems().stream().filter(sg -> sg.candidate().id().equals(id)).findFirst().ifPresent(sg -> {
                table.getSelectionModel().select(sg);
                table.scrollTo(sg);
            });
        });
    }

    /** One frame pw.x has just computed, shown in its row before the whole batch is done. */
    void showFrame(Entry frame) {
        computed.put(frame.id(), frame);
        table.refresh();
    }

    /** Disables Compute while pw.x runs. */
    void setComputing(boolean running) {
        computeButton.setDisable(running);
        outputsButton.setDisable(running);
    }

    /** Shows what pw.x gave for each suggestion next to the prediction, and how far off the ensemble was. */
    /** sameCalculation: the loaded data was computed with the same settings, so the errors are the model's alone. */
    void showComputed(StructureBatch.Outcome o, boolean sameCalculation) {
        computed.putAll(o.frames());
        failed.putAll(o.failures());
        table.refresh();
        int n = table.getItems().size(), within = 0, scored = 0;
        double abs = 0;
        for (Suggestion s : table.getItems()) {
            double v = computedValue(s);
            if (Double.isNaN(v)) continue;
            scored++;
            abs += Math.abs(v - s.predicted());
            if (Math.abs(v - s.predicted()) <= 2 * s.std()) within++;
        }
        String text = o.outputs() == null
                ? String.format(Locale.ROOT, "pw.x (%s): %d of %d in %s, %d computed now (%.1f CPU min), %d failed.",
                        o.system().label(), o.frames().size(), n, o.framesFile().getFileName(), o.labelledNow(), o.cpuSeconds() / 60,
                        o.failures().size())
                : String.format(Locale.ROOT, "pw.x outputs in %s (%s settings): %d of %d in %s, %d read now, %d failed, %d "
                                + "without a finished output yet.", o.outputs().getFileName(), o.system().label(),
                        o.frames().size(), n, o.framesFile().getFileName(), o.labelledNow(), o.failures().size(), o.waiting());
        if (scored > 0) text += String.format(Locale.ROOT, " The predictions were off by %.4f on average; %d of %d within 2σ.",
                abs / scored, within, scored);
        if (scored > 0 && !sameCalculation) text += " The loaded data was not computed with these pw.x settings, so part of "
                + "each error is the difference between the two calculations, not the model's.";
        computedSummary.setText(text);
        nextRoundButton.setDisable(scored == 0);
    }

    void nextRound() { nextRoundButton.fire(); }

    public Label computedSummary() { return computedSummary; }

    private double computedValue(Suggestion s) {
        Entry f = computed.get(s.candidate().id());
        return f == null ? Double.NaN : f.property(target).orElse(Double.NaN);
    }

    private String computedText(Suggestion s) {
        String id = s.candidate().id();
        if (failed.containsKey(id)) return "failed: " + failed.get(id);
        Entry f = computed.get(id);
        if (f == null) return "";
        double v = computedValue(s);
        return Double.isNaN(v) ? "labelled (no " + target + ")" : String.format(Locale.ROOT, "%.4f", v);
    }

    private String errorText(Suggestion s) {
        double v = computedValue(s);
        if (Double.isNaN(v)) return "";
        double err = v - s.predicted();
        return s.std() > 0 ? String.format(Locale.ROOT, "%+.4f (%.1fσ)", err, Math.abs(err) / s.std())
                : String.format(Locale.ROOT, "%+.4f", err);
    }

    /** The map, empty when there was none to draw on. */
    public ChartView map() { return map; }

    public TableView<Suggestion> table() { return table; }

    private static TableColumn<Suggestion, String> column(String title, Function<Suggestion, String> f) {
        TableColumn<Suggestion, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        return c;
    }
}

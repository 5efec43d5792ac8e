package org.activemat.ui.results;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/** The Stopping rules tab: a note on the rules, then per strategy and rule the labels, test MAE and early stops. */
final class StoppingView extends VBox {
    private final StoppingRows model;
    private final TableView<StoppingRows.Row> table = new TableView<>();
    private List<String> shown = List.of();

    StoppingView(StoppingRows model) {
        super(6);
        this.model = model;
        setPadding(new Insets(6, 0, 0, 0));
        Label note = new Label();
        note.setId("stopping-note");
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);   // wrap, never shrink to one clipped line
        note.textProperty().bind(model.noteProperty());
        table.setId("stopping-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label("No results yet."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);   // nested columns keep their widths
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(note, table);
        model.rows().addListener((javafx.collections.ListChangeListener<StoppingRows.Row>) c -> columns());
        columns();
    }

    /** One group of columns per rule (the rules come with the results). */
    private void columns() {
        List<String> rules = model.rules();
        if (!table.getColumns().isEmpty() && model.descriptions().equals(shown)) return;   // same rules: keep the user's widths
        shown = model.descriptions();
        table.getColumns().clear();
        table.getColumns().add(column("strategy", StoppingRows.Row::strategy, 110, null));
        table.getColumns().add(column("final MAE", r -> String.format(java.util.Locale.ROOT, "%.4g", r.finalMae()), 90,
                "Test MAE at the end of the schedule, mean over seeds"));
        for (int i = 0; i < rules.size(); i++) {
            int k = i;
            TableColumn<StoppingRows.Row, String> group = new TableColumn<>();
            Label head = new Label(rules.get(i));
            head.setTooltip(new Tooltip(model.descriptions().get(i)));
            group.setGraphic(head);
            group.getColumns().add(column("labels", r -> r.labels(k), 70, "Labels at the round the rule stops, mean over seeds"));
            group.getColumns().add(column("test MAE then", r -> r.mae(k), 140,
                    "Test MAE of the model at that round, and how much higher than the final MAE (+ = less accurate)"));
            group.getColumns().add(column("early", r -> r.early(k), 60, "Runs the rule stopped before the end of the schedule"));
            table.getColumns().add(group);
        }
    }

    private static TableColumn<StoppingRows.Row, String> column(String title, Function<StoppingRows.Row, String> f, double width, String tip) {
        TableColumn<StoppingRows.Row, String> c = new TableColumn<>();
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        Label head = new Label(title);
        if (tip != null) head.setTooltip(new Tooltip(tip));
        c.setGraphic(head);
        c.setPrefWidth(width);
        return c;
    }
}

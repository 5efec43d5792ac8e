package org.activemat.ui.suggest;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.activemat.engine.loop.NextBatch.Suggestion;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The suggested batch: rank, structure, the model's prediction ± spread and why each was chosen, with Save. */
public final class SuggestionsView extends BorderPane {
    private final TableView<Suggestion> table = new TableView<>();

    public SuggestionsView(String headline, List<Suggestion> suggestions, Runnable save) {
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
        why.setPrefWidth(520);
        table.getColumns().add(why);
        table.getItems().setAll(suggestions);
        Button saveButton = new Button("Save as extended XYZ…");
        saveButton.setId("save-suggestions");
        saveButton.setOnAction(e -> save.run());
        HBox bar = new HBox(8, saveButton);
        bar.setPadding(new Insets(8));
        setTop(head);
        setCenter(table);
        setBottom(bar);
    }

    public TableView<Suggestion> table() { return table; }

    private static TableColumn<Suggestion, String> column(String title, Function<Suggestion, String> f) {
        TableColumn<Suggestion, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        return c;
    }
}

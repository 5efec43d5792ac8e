package org.activemat.ui.data;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activemat.engine.data.Entry;

import java.util.List;
import java.util.function.Consumer;

/** The selected entry, row by row, copyable with Ctrl+C, and a button to save its structure. */
final class EntryDetailsView extends VBox {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    EntryDetailsView(DataViewModel vm, Consumer<Entry> saveStructure) {
        super(4);
        TableView<EntryDetails.Row> t = new TableView<>(vm.details());
        t.setId("entry-details");
        Label hint = new Label("Select an entry in the table or on a map to see its cell, properties and provenance");
        hint.setWrapText(true);
        hint.setPadding(new javafx.geometry.Insets(12));
        t.setPlaceholder(hint);
        TableColumn<EntryDetails.Row, String> name = new TableColumn<>("property");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(210);
        TableColumn<EntryDetails.Row, String> value = new TableColumn<>("value");
        value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().value()));
        value.setPrefWidth(330);
        t.getColumns().addAll(List.of(name, value));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        t.setOnKeyPressed(e -> {
            if (!COPY.match(e)) return;
            ClipboardContent c = new ClipboardContent();   // tab-separated: pastes into a spreadsheet as two columns
            c.putString(String.join("\n", t.getSelectionModel().getSelectedItems().stream().map(r -> r.name() + "\t" + r.value()).toList()));
            Clipboard.getSystemClipboard().setContent(c);
        });
        Button save = new Button("Save structure…");
        save.setId("save-structure");
        save.setTooltip(new Tooltip("Save the selected structure as POSCAR (VASP, VESTA), CIF or extended XYZ"));
        save.disableProperty().bind(vm.selectedProperty().map(e -> !e.hasStructure()).orElse(true));
        save.setOnAction(e -> saveStructure.accept(vm.selectedProperty().get()));
        getChildren().addAll(t, save);
        VBox.setVgrow(t, Priority.ALWAYS);
    }
}

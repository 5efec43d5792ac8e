package org.activemat.ui.suggest;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.activemat.engine.strategy.Strategies;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** Asks which candidates to choose from, by which strategy, and how many: the settings of one suggestion round. */
public final class SuggestDialog {
    private SuggestDialog() {}

    /** What the user asked for. */
    public record Settings(Path candidates, String strategy, int batch) {}

    /** chooseFile opens a file chooser and returns the chosen file or null. */
    public static Optional<Settings> ask(Window owner, String labelledSummary, Supplier<Path> chooseFile) {
        Dialog<Settings> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Suggest the next structures to compute");
        d.setHeaderText("The ensemble trains on " + labelledSummary + ", then a strategy picks among your candidates.");
        Path[] file = {null};
        Label chosen = new Label("no file chosen");
        Button choose = new Button("Choose…");
        ChoiceBox<String> strategy = new ChoiceBox<>();
        strategy.getItems().setAll(Strategies.NAMES);
        strategy.setValue("uncertainty");
        Spinner<Integer> batch = new Spinner<>(1, 10_000, 10);
        batch.setEditable(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(12));
        g.addRow(0, new Label("Candidates"), chosen, choose);
        g.addRow(1, new Label("Strategy"), strategy);
        g.addRow(2, new Label("How many"), batch);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).setDisable(true);
        choose.setOnAction(e -> {
            Path p = chooseFile.get();
            if (p == null) return;
            file[0] = p;
            chosen.setText(String.valueOf(p.getFileName()));
            d.getDialogPane().lookupButton(ButtonType.OK).setDisable(false);
        });
        d.setResultConverter(b -> b == ButtonType.OK ? new Settings(file[0], strategy.getValue(), batch.getValue()) : null);
        return d.showAndWait();
    }
}

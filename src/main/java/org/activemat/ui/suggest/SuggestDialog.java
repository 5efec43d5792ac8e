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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Asks which candidates to choose from, by which strategy, and how many: the settings of one suggestion round. */
public final class SuggestDialog {
    private SuggestDialog() {}

    /** What the user asked for; earlier: frames computed in earlier rounds, to learn from too. */
    public record Settings(Path candidates, List<Path> earlier, String strategy, int batch) {}

    /** chooseFile opens a file chooser and returns the chosen file or null; chooseFrames the chosen files, maybe none. */
    public static Optional<Settings> ask(Window owner, String labelledSummary, Supplier<Path> chooseFile,
                                         Supplier<List<Path>> chooseFrames) {
        Dialog<Settings> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Suggest the next structures to compute");
        d.setHeaderText("The ensemble trains on " + labelledSummary + ", then a strategy picks among your candidates.");
        Path[] file = {null};
        Label chosen = new Label("no file chosen");
        Button choose = new Button("Choose…");
        ChoiceBox<String> strategy = new ChoiceBox<>();
        strategy.getItems().setAll(Strategies.names());
        strategy.setValue(Strategies.SUGGEST_DEFAULT);
        List<Path> earlier = new ArrayList<>();
        Label earlierChosen = new Label("none (optional)");
        Button chooseEarlier = new Button("Add…");
        chooseEarlier.setOnAction(e -> {
            earlier.addAll(chooseFrames.get());
            earlierChosen.setText(earlier.isEmpty() ? "none (optional)" : String.join(", ", earlier.stream().map(p -> String.valueOf(p.getFileName())).toList()));
        });
        chooseEarlier.setTooltip(new javafx.scene.control.Tooltip("Labelled frames from earlier rounds (Compute with pw.x, "
                + "label --structures, or your own code). The ensemble learns from them too; candidates pw.x could not "
                + "converge there are not suggested again."));
        Spinner<Integer> batch = new Spinner<>(1, 10_000, 10);
        batch.setEditable(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(12));
        g.addRow(0, new Label("Candidates"), chosen, choose);
        g.addRow(1, new Label("Computed in earlier rounds"), earlierChosen, chooseEarlier);
        g.addRow(2, new Label("Strategy"), strategy);
        g.addRow(3, new Label("How many"), batch);
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
        d.setResultConverter(b -> b == ButtonType.OK ? new Settings(file[0], List.copyOf(earlier), strategy.getValue(), batch.getValue()) : null);
        return d.showAndWait();
    }
}

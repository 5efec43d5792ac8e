package org.activemat.ui.guide;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/**
 * A guided first experiment for students: what active learning asks, one step per panel, each with a button that
 * does the step in the workbench. A window beside the workbench, not a modal dialog, so the user can follow along.
 */
public final class GettingStarted {
    private GettingStarted() {}

    /** One step: what to look at and why, and the action that takes the user there. */
    public record Step(String title, String text, String action, Runnable run) {}

    public static Stage window(Window owner, List<Step> steps) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Getting started with ActiveMat");
        ScrollPane scroll = new ScrollPane(content(steps));
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 560, 720));
        if (owner != null && owner.getWidth() > 1100) {   // along the right edge, leaving the panels' left side visible
            stage.setX(owner.getX() + owner.getWidth() - 580);
            stage.setY(owner.getY() + 80);
        }
        return stage;
    }

    static VBox content(List<Step> steps) {
        Label intro = new Label("Every label of a machine-learned potential or property model is a first-principles "
                + "calculation. Active learning lets the model choose which structures to compute next. These steps compare "
                + "four ways of choosing on real DFT data, then let you choose live.");
        intro.setWrapText(true);
        VBox box = new VBox(14, intro);
        for (int i = 0; i < steps.size(); i++) box.getChildren().add(step(i + 1, steps.get(i)));
        box.setPadding(new Insets(16));
        box.setId("getting-started");
        return box;
    }

    private static VBox step(int n, Step s) {
        Label title = new Label(n + ". " + s.title());
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        Label text = new Label(s.text());
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button go = new Button(s.action());
        go.setId("guide-step-" + n);
        go.setOnAction(e -> s.run().run());
        HBox row = new HBox(go);
        HBox.setHgrow(row, Priority.ALWAYS);
        return new VBox(6, title, text, row);
    }
}

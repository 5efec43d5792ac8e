package org.activemat.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.activemat.ui.common.TaskStatusModel;

/** Bottom line of the window: current task, what it is doing, a progress bar and the time left. */
final class StatusBar extends HBox {
    StatusBar(TaskStatusModel status) {
        super(10);
        setId("status-bar");
        setPadding(new Insets(4, 10, 4, 10));
        setAlignment(Pos.CENTER_LEFT);
        setStyle("-fx-background-color: #eceff3; -fx-border-color: #c8ccd2 transparent transparent transparent;");
        Label title = new Label();
        title.setId("status-title");
        title.textProperty().bind(status.titleProperty());
        title.setStyle("-fx-font-weight: bold;");
        Label message = new Label();
        message.textProperty().bind(status.messageProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar();
        bar.setId("status-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(status.progressProperty());
        bar.visibleProperty().bind(status.busyProperty());
        Label eta = new Label();
        eta.setId("status-eta");
        eta.textProperty().bind(status.etaProperty());
        eta.setMinWidth(140);
        getChildren().addAll(title, message, grow, bar, eta);
    }
}

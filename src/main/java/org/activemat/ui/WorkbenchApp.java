package org.activemat.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.activemat.Version;

/** The JavaFX application: the workbench window. */
public final class WorkbenchApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override public void start(Stage stage) {
        stage.setTitle("ActiveMat Workbench " + Version.get());
        stage.setScene(new Scene(new StackPane(new Label("ActiveMat Workbench")), 1200, 800));
        stage.show();
    }
}

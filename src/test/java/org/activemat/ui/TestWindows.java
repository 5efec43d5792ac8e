package org.activemat.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.prefs.Preferences;

/** The workbench as the UI tests drive it: a fresh window on the stage, with preferences of its own. */
final class TestWindows {
    private TestWindows() {}

    static WorkbenchWindow show(Stage stage, SampleData samples) {
        Preferences node = Preferences.userRoot().node("org/activemat/workbench-test/" + System.nanoTime());
        WorkbenchWindow window = new WorkbenchWindow(new AppPreferences(node), samples);
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
        return window;
    }
}

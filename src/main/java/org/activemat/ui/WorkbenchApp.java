package org.activemat.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.activemat.Version;

/** The JavaFX application: one workbench window, with a bundled sample preloaded and window bounds remembered. */
public final class WorkbenchApp extends Application {
    private WorkbenchWindow window;
    /** Below this the panels' forms and charts no longer fit. */
    private static final double MIN_WIDTH = 960, MIN_HEIGHT = 600;

    /** Held so the level sticks (java.util.logging keeps loggers weakly). */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    public static void launchApp(String[] args) {
        // `java -jar` puts JavaFX on the class path, which works but makes JavaFX warn at start-up; the installed
        // app links it as modules. Only that warning is silenced: errors still show.
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(WorkbenchApp.class, args);
    }

    @Override public void start(Stage stage) {
        AppPreferences prefs = AppPreferences.user();
        window = new WorkbenchWindow(prefs, SampleData.standard());
        // killed rather than closed (SIGTERM at logout): stop() is skipped, but pw.x must not outlive us either
        org.activemat.engine.task.ChildProcesses.stopAllOnExit(window::cancelRun);
        AppPreferences.WindowBounds saved = prefs.windowBounds().orElse(new AppPreferences.WindowBounds(Double.NaN, Double.NaN, 1360, 860, false));
        // the screen the window was last on; the primary one when that is gone (a monitor unplugged) or on first launch
        Screen screen = Double.isFinite(saved.x()) && Double.isFinite(saved.y())
                ? Screen.getScreensForRectangle(saved.x(), saved.y(), saved.width(), saved.height()).stream().findFirst().orElse(Screen.getPrimary())
                : Screen.getPrimary();
        Rectangle2D area = screen.getVisualBounds();
        double frame = 40;   // the window manager's title bar and borders, outside the scene
        AppPreferences.WindowBounds b = saved.fittedTo(area.getMinX(), area.getMinY(), area.getWidth() - frame / 4, area.getHeight() - frame);
        Scene scene = new Scene(window, b.width(), b.height());
        stage.setTitle("ActiveMat Workbench " + Version.get());
        stage.setScene(scene);
        // a size and a minimum before showing: some window managers (openbox) otherwise map the window at 200 × 200
        stage.setMinWidth(Math.min(MIN_WIDTH, area.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, area.getHeight()));
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setMaximized(b.maximized());
        stage.setOnHiding(e -> prefs.saveWindowBounds(new AppPreferences.WindowBounds(
                stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())));
        stage.show();
        if (!b.maximized()) {   // again once mapped: openbox keeps only the minimum asked before
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setX(b.x());
            stage.setY(b.y());
        }
        java.util.List<String> args = getParameters().getRaw();
        if (!args.isEmpty() && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args.get(0)))) {
            java.nio.file.Path file = java.nio.file.Path.of(args.get(0));  // e.g. opened from the desktop
            if (ExperimentSession.isExperiment(file)) window.preloadSample();
            window.open(file);
        } else {
            window.preloadSample();
        }
    }

    @Override public void stop() {
        if (window != null) window.shutdown();
    }
}

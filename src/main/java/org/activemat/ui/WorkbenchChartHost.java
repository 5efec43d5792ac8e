package org.activemat.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.activemat.ui.common.Dialogs;
import org.activemat.ui.common.Tasks;
import org.activemat.ui.common.chart.ChartExportHost;
import org.activemat.ui.common.chart.ChartFiles;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * How the workbench's charts save: its file chooser (in the folder last written to), its background tasks (the status
 * bar shows them), its error dialogs; the folder of a saved chart is remembered for the next chooser.
 */
final class WorkbenchChartHost implements ChartExportHost {
    private final FileChoosers choosers;
    private final Tasks tasks;
    private final AppPreferences prefs;

    WorkbenchChartHost(FileChoosers choosers, Tasks tasks, AppPreferences prefs) {
        this.choosers = choosers;
        this.tasks = tasks;
        this.prefs = prefs;
    }

    private static Window window(Node n) { return n.getScene() == null ? null : n.getScene().getWindow(); }

    @Override public Path askFile(Node owner, String title, String initialName, String extension) {
        FileChooser fc = choosers.imageSave(title, extension);
        fc.setInitialFileName(initialName);
        File f = fc.showSaveDialog(window(owner));
        if (f == null) return null;
        Path chosen = f.toPath(), file = ChartFiles.withExtension(chosen, extension);
        // the chooser asked about the name as typed; a file under the name with its extension added was not asked about
        if (!file.equals(chosen) && Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !replace(owner, file)) return null;
        return file;
    }

    private static boolean replace(Node owner, Path file) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, file + " already exists. Replace it?", ButtonType.YES, ButtonType.NO);
        a.initOwner(window(owner));
        a.setTitle("Replace " + file.getFileName() + "?");
        a.setHeaderText(null);
        return a.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    @Override public void write(Node owner, Path file, Write write) {
        tasks.create("Saving " + file.getFileName(), ctx -> {
                    write.run();
                    return file;
                })
                .onSuccess(prefs::rememberFolderOf)
                .onFailure(e -> Dialogs.error(window(owner), "Could not save " + file.getFileName(), e))
                .start();
    }

    @Override public void error(Node owner, String title, Throwable problem) { Dialogs.error(window(owner), title, problem); }
}

package org.activemat.ui;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import javafx.event.Event;
import javafx.scene.control.TableView;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.activemat.ui.common.Dialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files dropped on the window, as a file manager drops them: the drag events carry a dragboard of files (made through
 * JavaFX's own dragboard factory, since a test cannot start a drag from outside the application).
 */
@ExtendWith(ApplicationExtension.class)
class DropFxTest {
    @TempDir Path dir;
    private WorkbenchWindow window;

    @Start void start(Stage stage) {
        window = TestWindows.show(stage, SampleData.none());
    }

    @AfterEach void stop() { window.shutdown(); }

    /** A dragboard holding these files, as the toolkit gives one for a drag from the desktop. */
    private static Dragboard filesDragboard(List<File> files) {
        TKClipboard peer = (TKClipboard) Proxy.newProxyInstance(DropFxTest.class.getClassLoader(), new Class<?>[]{TKClipboard.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getContentTypes" -> files.isEmpty() ? Set.of() : Set.of(DataFormat.FILES);
                    case "hasContent" -> !files.isEmpty() && args[0] == DataFormat.FILES;
                    case "getContent" -> args[0] == DataFormat.FILES && !files.isEmpty() ? files : null;
                    case "getTransferModes" -> Set.of(TransferMode.COPY);
                    case "putContent" -> false;
                    case "getDragViewOffsetX", "getDragViewOffsetY" -> 0.0;
                    default -> null;
                });
        Dragboard board = DragboardHelper.createDragboard(peer);
        DragboardHelper.setDataAccessRestriction(board, false);
        return board;
    }

    /** Fires a drag event of this type, carrying these files, at target (on the FX thread, where dragboards live). */
    private static DragEvent fire(FxRobot robot, javafx.event.EventTarget target, javafx.event.EventType<DragEvent> type,
                                  List<File> files) {
        DragEvent[] event = new DragEvent[1];
        robot.interact(() -> {
            event[0] = new DragEvent(type, filesDragboard(files), 300, 300, 300, 300, TransferMode.COPY, null, null, null);
            Event.fireEvent(target, event[0]);
        });
        return event[0];
    }

    @Test void aDataFileDroppedAnywhereOpensAndABrokenOneKeepsWhatWasLoaded(FxRobot robot) throws Exception {
        List<File> data = List.of(TestDatasets.writeExtXyz(dir, "dropped.extxyz", 30, 3).toFile());
        assertThat(fire(robot, window.descriptorsView(), DragEvent.DRAG_OVER, data).isAccepted())
                .as("files are welcome anywhere on the window, here over the Descriptors panel").isTrue();
        assertThat(fire(robot, window.descriptorsView(), DragEvent.DRAG_DROPPED, data).isDropCompleted()).isTrue();
        TableView<?> table = robot.lookup("#entries-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 30);

        assertThat(fire(robot, window, DragEvent.DRAG_OVER, List.of()).isAccepted()).as("a drag without files is not").isFalse();

        Path broken = dir.resolve("broken.extxyz");
        Files.writeString(broken, "3\nLattice=\"1 0 0 0 1 0 0 0 1\" Properties=species:S:1:pos:R:3\nSi 0 0 0\n");
        fire(robot, window, DragEvent.DRAG_DROPPED, List.of(broken.toFile()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + Dialogs.ERROR_DIALOG_ID).tryQuery().isPresent());
        assertThat(window.session().dataset().name()).isEqualTo("dropped");
        assertThat(table.getItems()).hasSize(30);
    }
}

package org.activemat.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.activemat.engine.data.Dataset;
import org.activemat.ui.common.Dialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbench window, headless (Monocle): data, descriptors and the strategy form as a user drives them. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFxTest {
    @TempDir Path dir;
    private WorkbenchWindow window;
    private Stage stage;

    @Start void start(Stage stage) {
        this.stage = stage;
        window = TestWindows.show(stage, SampleData.none());
    }

    @AfterEach void stop() { window.shutdown(); }

    private void open(FxRobot robot, Path file) {
        robot.interact(() -> window.openFile(file));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test void loadingAFileFillsTheTableAndTheDescriptorMap(FxRobot robot) throws Exception {
        Path f = TestDatasets.writeExtXyz(dir, "si.extxyz", 60, 7);
        open(robot, f);
        TableView<?> table = robot.lookup("#entries-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 60);
        assertThat(window.session().target()).isEqualTo("energy_per_atom");
        // descriptors are computed in the background as soon as the data is there
        waitUntil(() -> window.descriptorsView().map().pointCount() == 60);
        assertThat(window.analysis().matrix().columns()).isEqualTo(17);
        assertThat(robot.lookup("#feature-table").queryAs(TableView.class).getItems()).hasSize(17);

        // a click on a row lists what that entry carries; Ctrl+C copies the chosen rows
        robot.clickOn(robot.lookup("#entries-table .table-row-cell").nth(2).queryAs(javafx.scene.Node.class));
        TableView<?> details = robot.lookup("#entry-details").queryAs(TableView.class);
        waitUntil(() -> !details.getItems().isEmpty());
        String id = window.session().selectedIdProperty().get();
        assertThat(details.getItems().get(0)).isEqualTo(new org.activemat.ui.data.EntryDetails.Row("id", id));
        int sites = window.session().selectedEntryProperty().get().sites();
        assertThat(robot.lookup("#save-structure").queryButton().isDisabled()).isFalse();
        Path cif = dir.resolve(id + ".cif");
        robot.interact(() -> window.saveStructure(window.session().selectedEntryProperty().get(), cif));
        waitUntil(() -> Files.exists(cif) && !window.status().busyProperty().get());
        assertThat(org.activemat.engine.data.formats.DatasetFormats.read(cif).entries().get(0).sites()).isEqualTo(sites);
        for (String view : List.of("#structure-view", "#descriptors-structure"))   // its cell, here and beside the map
            assertThat(robot.lookup(view).queryAs(org.activemat.ui.common.structure.StructureView.class).projection().atoms())
                    .as(view).hasSizeGreaterThanOrEqualTo(sites);
        robot.interact(() -> {
            details.requestFocus();
            details.getSelectionModel().selectRange(0, 2);
        });
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.C)
                .release(javafx.scene.input.KeyCode.C, javafx.scene.input.KeyCode.CONTROL);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).startsWith("id\t" + id + "\nformula\tSi");
    }

    @Test void aBrokenFileShowsWhereItIsBrokenAndKeepsThePreviousDataset(FxRobot robot) throws Exception {
        Path good = TestDatasets.writeExtXyz(dir, "good.extxyz", 40, 1);
        open(robot, good);
        waitUntil(() -> window.session().dataset() != null);
        Dataset before = window.session().dataset();
        Path bad = dir.resolve("broken.extxyz");
        List<String> lines = Files.readAllLines(good);
        lines.set(2, "Si 0.1 0.2");   // a position with 2 coordinates on line 3
        Files.write(bad, lines);
        open(robot, bad);
        waitUntil(() -> robot.lookup("#" + Dialogs.ERROR_DIALOG_ID).tryQuery().isPresent());
        DialogPane pane = robot.lookup("#" + Dialogs.ERROR_DIALOG_ID).queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).contains("broken.extxyz").contains("line 3");
        assertThat(pane.getContentText()).contains("Problem:");
        // what the dialog draws at its default size: file, line and problem, none of it cut to "…"
        String problemLine = pane.getContentText().lines().filter(l -> l.startsWith("Problem:")).findFirst().orElseThrow();
        javafx.scene.text.Text shown = (javafx.scene.text.Text) pane.lookup("#error-detail").lookup(".text");
        assertThat(shown.getText()).contains(problemLine).contains("File:").doesNotContain("…");
        assertThat(shown.getLayoutBounds().getHeight()).isGreaterThan(3 * 10.0);
        assertThat(pane.getExpandableContent()).isNotNull();
        assertThat(window.session().dataset()).isSameAs(before);
        assertThat(robot.lookup("#entries-table").queryAs(TableView.class).getItems()).hasSize(40);
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

    /** A damaged experiment file is refused whole, naming the JSON path; nothing loaded or set before is touched. */
    @Test void aCorruptedExperimentFileShowsADialogAndChangesNothing(FxRobot robot) throws Exception {
        Path good = TestDatasets.writeExtXyz(dir, "good.extxyz", 40, 1);
        open(robot, good);
        waitUntil(() -> window.session().dataset() != null);
        Dataset before = window.session().dataset();
        int seeds = window.strategies().seedsProperty().get();
        boolean valid = window.strategies().validProperty().get();
        String saved = new String(getClass().getResourceAsStream("/results/results-v2.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Path bad = dir.resolve("damaged" + ExperimentSession.EXPERIMENT_EXTENSION);
        Files.writeString(bad, saved.replaceFirst("\"initialLabels\" : 10", "\"initialLabels\" : \"ten\""));
        robot.interact(() -> window.openExperiment(bad));
        waitUntil(() -> robot.lookup("#" + Dialogs.ERROR_DIALOG_ID).tryQuery().isPresent());
        DialogPane pane = robot.lookup("#" + Dialogs.ERROR_DIALOG_ID).queryAs(DialogPane.class);
        assertThat(pane.getHeaderText() + pane.getContentText()).contains("damaged.activemat").contains("$.settings.initialLabels");
        assertThat(window.session().dataset()).isSameAs(before);
        assertThat(window.session().experimentProperty().get()).isNull();
        assertThat(window.strategies().seedsProperty().get()).isEqualTo(seeds);
        assertThat(window.strategies().validProperty().get()).isEqualTo(valid);
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

    @Test void invalidSettingsDisableRunAndSayWhy(FxRobot robot) throws Exception {
        open(robot, TestDatasets.writeExtXyz(dir, "si.extxyz", 200, 3));
        waitUntil(() -> window.session().filtered() != null);
        Button run = robot.lookup("#toolbar-run").queryAs(Button.class);
        assertThat(run.isDisabled()).isFalse();
        robot.interact(() -> window.showPanel(Panel.STRATEGIES));
        robot.doubleClickOn("#field-members").eraseText(3).write("1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(run.isDisabled()).isTrue();
        assertThat(robot.lookup("#error-members").queryAs(Label.class).getText()).contains("≥ 2 members");
        assertThat(robot.lookup("#run-block-reason").queryAs(Label.class).getText()).contains("Members");
        robot.doubleClickOn("#field-members").eraseText(3).write("5");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(run.isDisabled()).isFalse();
    }
}

package org.activemat.ui;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.activemat.ui.common.Dialogs;
import org.activemat.ui.common.chart.ChartExportHost;
import org.activemat.ui.common.chart.ChartFiles;
import org.activemat.ui.common.chart.ChartMenu;
import org.activemat.ui.common.chart.ChartView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts' right-click menu in the workbench, headless: a saved experiment opens, the menu of a Results chart and
 * of the Run panel's learning curve saves SVG and PNG through the workbench's own background write. Only the native
 * file chooser is replaced (it cannot run headless): it answers with a file in a temporary folder.
 */
@ExtendWith(ApplicationExtension.class)
class ChartMenuFxTest {
    @TempDir Path dir;
    private WorkbenchWindow window;
    private final List<String> suggestedNames = new ArrayList<>();
    private Path answer;

    @Start void start(Stage stage) {
        window = TestWindows.show(stage, SampleData.none());
        ChartExportHost workbench = ChartExportHost.of(window).orElseThrow();
        ChartExportHost.install(window, new ChartExportHost() {
            @Override public Path askFile(Node owner, String title, String initialName, String extension) {
                suggestedNames.add(initialName);
                return answer;
            }

            @Override public void write(Node owner, Path file, Write write) { workbench.write(owner, file, write); }

            @Override public void error(Node owner, String title, Throwable problem) { workbench.error(owner, title, problem); }
        });
    }

    @AfterEach void stop() { window.shutdown(); }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openSavedExperiment(FxRobot robot) throws Exception {
        Path file = dir.resolve("si" + ExperimentSession.EXPERIMENT_EXTENSION);
        try (var in = getClass().getResourceAsStream("/results/results-v2.json")) {
            Files.copy(in, file);
        }
        robot.interact(() -> window.openExperiment(file));
        waitUntil(() -> window.resultsView().calibration().pointCount() > 0 && !window.runView().maeChart().lineSeries().isEmpty());
    }

    /** Right-clicks the chart and picks the item, as a user does; returns the menu that showed. */
    private ContextMenu pick(FxRobot robot, ChartView chart, String itemId) {
        robot.rightClickOn(chart);
        WaitForAsyncUtils.waitForFxEvents();
        if (showingMenu(robot) == null) {   // headless Monocle sends no context-menu event for a right click: send the platform's
            var centre = chart.localToScreen(chart.getWidth() / 2, chart.getHeight() / 2);
            robot.interact(() -> chart.lookup("Canvas").fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    chart.getWidth() / 2, chart.getHeight() / 2, centre.getX(), centre.getY(), false, null)));
        }
        ContextMenu menu = showingMenu(robot);
        assertThat(menu).as("the chart's context menu").isNotNull();
        assertThat(menu.getItems()).extracting(MenuItem::getText).containsExactly("Copy as image", "Save as PNG…", "Save as SVG…");
        assertThat(menu.getItems()).noneMatch(MenuItem::isDisable);
        MenuItem item = menu.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
        robot.clickOn(item.getText());
        return menu;
    }

    private static ContextMenu showingMenu(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing()).map(w -> (ContextMenu) w)
                .findFirst().orElse(null);
    }

    private Document saved(Path file) throws Exception {
        waitUntil(() -> Files.exists(file) && !window.status().busyProperty().get());
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> texts(Document svg) {
        List<String> out = new ArrayList<>();
        NodeList t = svg.getElementsByTagName("text");
        for (int i = 0; i < t.getLength(); i++) out.add(t.item(i).getTextContent());
        return out;
    }

    /** Vertex counts of the open stroked paths (curves, not bands) in 2-px strokes. */
    private static List<Integer> curves(Document svg) {
        List<Integer> out = new ArrayList<>();
        NodeList paths = svg.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element e = (Element) paths.item(i);
            String style = (e.getAttribute("style") + ";" + ((Element) e.getParentNode()).getAttribute("style")).replace(" ", "");
            String d = e.getAttribute("d");
            if (style.contains("stroke-width:2.0") && !d.trim().endsWith("Z")) out.add(d.replaceAll("[^ML]", "").length());
        }
        return out;
    }

    @Test void theResultsAndRunChartsSaveWhatTheyShowAsSvgAndPng(FxRobot robot) throws Exception {
        openSavedExperiment(robot);
        ChartView calibration = window.resultsView().calibration();
        String title = calibration.picture().title();

        answer = dir.resolve("calibration.svg");
        pick(robot, calibration, ChartMenu.SVG_ID);
        Document svg = saved(answer);
        assertThat(suggestedNames).containsExactly(ChartFiles.defaultName(title, "svg"));
        assertThat(texts(svg)).contains("ensemble std (eV/atom)", "|error| (eV/atom)", "|error| = 2σ");
        assertThat(String.join(" ", texts(svg))).as("the whole title, on one line or two").contains(title);

        // the learning curves: one curve per strategy with a vertex per round, its legend and the unit of MAE
        robot.interact(() -> window.showPanel(Panel.RUN));
        ChartView mae = window.runView().maeChart();
        answer = dir.resolve("learning-curve.svg");
        pick(robot, mae, ChartMenu.SVG_ID);
        svg = saved(answer);
        assertThat(curves(svg)).containsExactly(3, 3);   // random and hybrid, 10 + 2 × 5 labels
        assertThat(String.join(" ", texts(svg))).contains(mae.picture().title());
        assertThat(texts(svg)).contains("MAE (eV/atom)", "labelled structures")
                .anySatisfy(t -> assertThat(t).startsWith("random (2 seeds)"))
                .anySatisfy(t -> assertThat(t).startsWith("hybrid (2 seeds)"));

        // Copy as image: the chart as on screen, on the clipboard
        pick(robot, mae, ChartMenu.COPY_ID);
        javafx.scene.image.Image[] copied = {null};
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getImage());
        assertThat(copied[0]).isNotNull();
        assertThat(copied[0].getWidth()).isEqualTo(Math.round(mae.getWidth()));

        // PNG at twice the on-screen size: the size dialog takes "2×"
        answer = dir.resolve("learning-curve.png");
        pick(robot, mae, ChartMenu.PNG_ID);
        WaitForAsyncUtils.waitForFxEvents();
        TextField size = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        assertThat(size.getText()).isEqualTo("2×");
        robot.clickOn("OK");
        waitUntil(() -> Files.exists(answer) && !window.status().busyProperty().get());
        var png = javax.imageio.ImageIO.read(answer.toFile());
        assertThat(png.getWidth()).isEqualTo((int) Math.round(mae.getWidth() * 2));
        assertThat(png.getHeight()).isEqualTo((int) Math.round(mae.getHeight() * 2));
    }

    /** A file that cannot be written is one dialog naming it; what was on disk is still there. */
    @Test void aFailedSaveSaysSoAndLosesNothing(FxRobot robot) throws Exception {
        openSavedExperiment(robot);
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "keep me");
        answer = notAFolder.resolve("calibration.svg");   // a "folder" that is a file
        pick(robot, window.resultsView().calibration(), ChartMenu.SVG_ID);
        waitUntil(() -> robot.lookup("#" + Dialogs.ERROR_DIALOG_ID).tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup("#" + Dialogs.ERROR_DIALOG_ID).queryAs(javafx.scene.control.DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Could not save calibration.svg: the file could not be written");
        assertThat(Files.readString(notAFolder)).isEqualTo("keep me");
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }
}

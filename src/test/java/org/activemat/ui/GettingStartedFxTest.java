package org.activemat.ui;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The guided first experiment: each step's button does what its text says, in the workbench beside it. */
@ExtendWith(ApplicationExtension.class)
class GettingStartedFxTest {
    private WorkbenchWindow window;

    @Start void start(Stage stage) {
        window = TestWindows.show(stage, SampleData.standard());
    }

    @AfterEach void stop() { window.shutdown(); }

    @Test void theStepsLoadTheSampleSetUpTheComparisonAndThenALiveRun(FxRobot robot) throws Exception {
        assumeTrue(Files.exists(Path.of("sample-data", "Si.extxyz")), "no bundled Si sample");
        robot.interact(window::showGettingStarted);
        assertThat(window.gettingStartedShown()).isTrue();

        robot.clickOn("#guide-step-1");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.session().dataset() != null && window.session().dataset().size() == 320);
        robot.clickOn("#guide-step-3");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.strategies().seedsProperty().get()).isEqualTo(3);
        assertThat(window.strategies().selectedStrategies()).containsExactly("random", "uncertainty", "diversity", "hybrid");
        assertThat(window.strategies().validProperty().get()).as(window.strategies().blockReasonProperty().get()).isTrue();

        robot.interact(() -> robot.lookup("#guide-step-6").queryButton().fire());   // below the fold of the guide
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.strategies().liveProperty().get()).isTrue();
        assertThat(window.strategies().initialLabelsProperty().get()).isEqualTo(10);
        assertThat(window.strategies().selectedStrategies()).containsExactly("random", "uncertainty");
    }

    /** Docked beside the panels, inside the window (covering nothing); Escape and its Close button hide it, F1 again shows it. */
    @Test void theGuideIsDockedBesideThePanelsAndEscapeClosesIt(FxRobot robot) throws Exception {
        robot.interact(window::showGettingStarted);
        Node pane = robot.lookup("#guide-pane").query();
        Node tabs = robot.lookup(n -> n instanceof javafx.scene.control.TabPane tp
                && tp.getTabs().stream().anyMatch(t -> Panel.DATA.id().equals(t.getId()))).query();
        assertThat(pane.getScene()).isSameAs(window.getScene());
        var p = pane.localToScene(pane.getLayoutBounds());
        var t = tabs.localToScene(tabs.getLayoutBounds());
        assertThat(p.getMinX()).as("beside the panels, not over them").isGreaterThanOrEqualTo(t.getMaxX() - 1);
        assertThat(p.getMaxX()).isLessThanOrEqualTo(window.getScene().getWidth() + 1);
        assertThat(p.getWidth()).isGreaterThan(250);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {   // the guide takes the focus once its split has laid it out
            Node owner = window.getScene().getFocusOwner();
            while (owner != null && owner != pane) owner = owner.getParent();
            return owner == pane;
        });
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.gettingStartedShown()).isFalse();
        assertThat(pane.getScene()).isNull();
        assertThat(tabs.getScene()).as("the panels are back in the window").isSameAs(window.getScene());

        robot.interact(window::showGettingStarted);
        assertThat(window.gettingStartedShown()).isTrue();
        robot.clickOn("#guide-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.gettingStartedShown()).isFalse();
    }
}

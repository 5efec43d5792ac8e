package org.activemat.ui.strategies;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.activemat.ui.TestDatasets;
import org.activemat.ui.WorkbenchModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Strategies form as a user types into it: the wrong field is marked and says why, and the boxes keep their widths. */
@ExtendWith(ApplicationExtension.class)
class StrategiesFxTest {
    private StrategiesView view;

    @Start void start(Stage stage) {
        WorkbenchModel session = new WorkbenchModel();
        session.filteredProperty().set(TestDatasets.siliconDataset(200, 1));   // training pool 160
        view = new StrategiesView(new StrategiesViewModel(session), () -> {});
        stage.setScene(new Scene(view, 1366, 700));
        stage.show();
    }

    private static boolean marked(Node field) {
        return field.getPseudoClassStates().contains(FormFields.INVALID);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private List<Double> boxWidths() {
        return view.lookupAll(".titled-pane").stream().map(n -> ((TitledPane) n).getWidth()).toList();
    }

    private void type(FxRobot robot, String field, String text) {
        robot.doubleClickOn(field).eraseText(8).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test void theWrongFieldIsMarkedAndSaysWhyBesideIt(FxRobot robot) {
        List<Double> widths = boxWidths();
        assertThat(marked(robot.lookup("#field-initial").query())).isFalse();

        type(robot, "#field-initial", "400");
        assertThat(marked(robot.lookup("#field-initial").query())).isTrue();
        assertThat(text(robot, "#error-initial")).contains("160");
        assertThat(marked(robot.lookup("#field-rounds").query())).isFalse();
        assertThat(text(robot, "#error-rounds")).isEmpty();

        type(robot, "#field-test_fraction", "abc");
        assertThat(marked(robot.lookup("#field-test_fraction").query())).isTrue();
        assertThat(text(robot, "#error-test_fraction")).contains("not a number").doesNotContain("between");

        type(robot, "#field-diversity-k", "x");
        assertThat(marked(robot.lookup("#field-diversity-k").query())).isTrue();
        assertThat(text(robot, "#error-diversity-k")).contains("not a number");
        assertThat(boxWidths()).as("the boxes keep their widths when problems show").isEqualTo(widths);

        type(robot, "#field-initial", "30");
        type(robot, "#field-test_fraction", "0.2");
        type(robot, "#field-diversity-k", "15");
        assertThat(marked(robot.lookup("#field-initial").query())).isFalse();
        assertThat(marked(robot.lookup("#field-test_fraction").query())).isFalse();
        assertThat(robot.lookup("#run-block-reason").queryAs(Label.class).getText()).startsWith("Ready");
        assertThat(robot.lookup("#strategies-budget").queryAs(Label.class).getText()).contains("training ≈");
    }

    /** adaptive's many parameters wrap inside the box instead of widening it past the window. */
    @Test void everyStrategyFieldIsInsideItsBox(FxRobot robot) {
        Node box = view.lookupAll(".titled-pane").stream().filter(n -> ((TitledPane) n).getText().equals("Strategies")).findFirst().orElseThrow();
        var inBox = box.localToScene(box.getLayoutBounds());
        for (Node f : robot.lookup(n -> n.getId() != null && n.getId().startsWith("field-adaptive-")).queryAll()) {
            var b = f.localToScene(f.getLayoutBounds());
            assertThat(b.getMaxX()).as(f.getId()).isLessThanOrEqualTo(inBox.getMaxX());
            assertThat(b.getMinX()).as(f.getId()).isGreaterThanOrEqualTo(inBox.getMinX());
        }
    }
}

package org.activemat.ui.results;

import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.geometry.Orientation;
import javafx.stage.Stage;
import org.activemat.engine.io.DatasetInfo;
import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.loop.ExperimentRunner;
import org.activemat.engine.loop.LoopFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The results table in a narrow panel (the guide docked at 1366 px): it scrolls sideways, no column is squeezed. */
@ExtendWith(ApplicationExtension.class)
class ResultsTableFxTest {
    private ResultsViewModel vm;

    @Start void start(Stage stage) {
        vm = new ResultsViewModel();
        stage.setScene(new Scene(new ResultsView(vm), 700, 600));
        stage.show();
    }

    @Test void aNarrowPanelScrollsTheTableSidewaysAndKeepsEveryRowInView(FxRobot robot) throws Exception {
        var result = new ExperimentRunner().run(LoopFixtures.synthetic(80), LoopFixtures.reduced(2), null, null);
        robot.interact(() -> vm.show(ResultsDocument.of(result, new DatasetInfo("Si", "Si.extxyz", "extxyz", "ab", 80), "paper-17",
                List.of(), "formation_energy_per_atom", "test")));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#results-table").queryAs(TableView.class);
        assertThat(table.getColumns()).allSatisfy(c -> assertThat(c.getWidth()).as(c.getText()).isGreaterThanOrEqualTo(c.getPrefWidth() - 0.5));
        ScrollBar sideways = robot.lookup(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL
                && isInside(b, table)).queryAs(ScrollBar.class);
        // the bar, and room for it under the rows (the table as tall as its header, its rows and the bar), come a pulse
        // after the layout that gave the table its width
        double tall = 42 + Math.max(3, vm.rows().size()) * 24 + 15;
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sideways.isVisible() && table.getHeight() >= tall);
        assertThat(sideways.isVisible()).as("a horizontal scroll bar").isTrue();
        assertThat(table.getHeight()).isGreaterThanOrEqualTo(tall);
    }

    private static boolean isInside(javafx.scene.Node n, javafx.scene.Node ancestor) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) if (p == ancestor) return true;
        return false;
    }
}

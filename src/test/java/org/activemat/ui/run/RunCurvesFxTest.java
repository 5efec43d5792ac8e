package org.activemat.ui.run;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.activemat.engine.loop.ExperimentListener;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.RoundResult;
import org.activemat.engine.model.MlpSettings;
import org.activemat.engine.stats.Metrics;
import org.activemat.ui.common.ProgressTracker;
import org.activemat.ui.common.TaskStatusModel;
import org.activemat.ui.common.chart.ChartView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Run panel's curves as a user reads them: choose the metric, a log axis, hover a point for its values. */
@ExtendWith(ApplicationExtension.class)
class RunCurvesFxTest {
    private static final ExperimentPlan PLAN = new ExperimentPlan(
            org.activemat.engine.strategy.StrategySpec.of(List.of("random", "diversity")), List.of(0, 1), 0.2, 2, 2, 1,
            org.activemat.engine.model.ModelSpec.standard().withSettings(MlpSettings.paper().withMembers(2)), 2,
            org.activemat.engine.loop.Pairing.SHARED);
    private RunView view;

    @Start void start(Stage stage) {
        RunViewModel vm = new RunViewModel();
        view = new RunView(vm, new TaskStatusModel(), () -> null, () -> {}, () -> {}, new SimpleBooleanProperty(true),
                new SimpleStringProperty(""));
        stage.setScene(new Scene(view, 1366, 700));
        stage.show();
        vm.start(PLAN);
        ExperimentListener l = vm.listener(new ProgressTracker());
        for (String s : List.of("random", "diversity"))
            for (int seed = 0; seed < 2; seed++)
                for (int r = 0; r < 3; r++) {
                    double mae = (s.equals("random") ? 0.4 : 0.3) / (r + 1) + 0.01 * seed;
                    l.roundFinished(s, seed, new RoundResult(r, 2 + r, new Metrics(mae, 2 * mae, 1 - mae), List.of(s + seed + r),
                            List.of("why"), 0.1));
                }
        vm.drain();
    }

    private ChartView.Line firstLine() { return view.maeChart().lineSeries().get(0); }

    @Test void theMetricChoiceAndTheLogAxisRedrawTheErrorChart(FxRobot robot) {
        assertThat(firstLine().y()[0]).isCloseTo(0.405, within(1e-9));              // MAE, mean of 0.40 and 0.41
        robot.interact(() -> robot.lookup("#metric-choice").queryAs(ComboBox.class).setValue(CurveMetric.RMSE));
        assertThat(firstLine().y()[0]).isCloseTo(0.81, within(1e-9));
        assertThat(view.r2Chart().lineSeries().get(0).y()[0]).isCloseTo(0.595, within(1e-9));   // R² stays on the right

        robot.clickOn("#log-y");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#log-y").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(view.maeChart().isLogY()).isTrue();
        assertThat(firstLine().y()[0]).isCloseTo(Math.log10(0.81), within(1e-9));
        assertThat(view.r2Chart().isLogY()).isFalse();
    }

    @Test void hoveringACurvePointShowsItsValues(FxRobot robot) {
        ChartView chart = view.maeChart();
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(chart::requestRedraw);
        WaitForAsyncUtils.waitForFxEvents();
        double[] at = chart.screenPositionOfLine(0, 1);
        robot.moveTo(chart.localToScreen(at[0] + 2, at[1] + 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.hoverText()).contains("random at 3 labels").contains("MAE 0.20").contains("2 seeds");
        double[] last = chart.screenPositionOfLine(0, 2);                   // at the right edge: the text stays inside
        robot.moveTo(chart.localToScreen(last[0], last[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.hoverText()).contains("4 labels");
        var label = chart.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.control.Label).findFirst().orElseThrow();
        assertThat(label.getBoundsInParent().getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(label.getBoundsInParent().getMaxX()).isLessThanOrEqualTo(chart.getWidth());
        robot.moveTo(chart.localToScreen(chart.getWidth() - 3, at[1]));   // far from any point: nothing shown
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.hoverText()).isEmpty();
    }
}

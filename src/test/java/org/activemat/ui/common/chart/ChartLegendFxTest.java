package org.activemat.ui.common.chart;

import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** Learning curves with ±std bands: the legend must not sit on them (R² rises into the upper-right corner). */
@ExtendWith(ApplicationExtension.class)
class ChartLegendFxTest {
    private ChartView chart;

    @Start void start(Stage stage) {
        chart = new ChartView();
        stage.setScene(new Scene(chart, 800, 500));
        stage.show();
    }

    private static ChartView.Line curve(String name, double[] y, Color c) {
        double[] x = {30, 45, 60, 75, 90, 105}, lo = new double[6], hi = new double[6];
        for (int i = 0; i < 6; i++) { lo[i] = y[i] - 0.05; hi[i] = y[i] + 0.05; }
        return new ChartView.Line(name, x, y, lo, hi, c, false);
    }

    private LegendPlacement.Corner drawn(double[]... ys) {
        LegendPlacement.Corner[] out = new LegendPlacement.Corner[1];
        String[] names = {"random", "uncertainty", "diversity", "hybrid"};
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            chart.clear();
            chart.setTitles("t", "labelled structures", "y");
            for (int i = 0; i < ys.length; i++) chart.addLine(curve(names[i], ys[i], Color.hsb(90 * i, 0.8, 0.7)));
            chart.draw();
            out[0] = chart.legendCorner();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return out[0];
    }

    @Test void risingR2CurvesGetTheLegendLowerRightAndFallingMaeCurvesUpperRight(FxRobot robot) {
        assertThat(drawn(new double[]{0.20, 0.45, 0.60, 0.70, 0.78, 0.84}, new double[]{0.25, 0.50, 0.66, 0.75, 0.82, 0.88},
                new double[]{0.18, 0.40, 0.58, 0.69, 0.76, 0.83}, new double[]{0.22, 0.48, 0.63, 0.73, 0.80, 0.86}))
                .isEqualTo(LegendPlacement.Corner.LOWER_RIGHT);
        assertThat(drawn(new double[]{0.30, 0.22, 0.18, 0.15, 0.13, 0.12}, new double[]{0.29, 0.20, 0.16, 0.13, 0.11, 0.10},
                new double[]{0.31, 0.23, 0.19, 0.16, 0.14, 0.13}, new double[]{0.30, 0.21, 0.17, 0.14, 0.12, 0.11}))
                .isEqualTo(LegendPlacement.Corner.UPPER_RIGHT);
    }

    @Test void clickingALegendEntryHidesThatSeriesAndItsBandAndAgainShowsIt(FxRobot robot) {
        drawn(new double[]{0.30, 0.22, 0.18, 0.15, 0.13, 0.12}, new double[]{0.29, 0.20, 0.16, 0.13, 0.11, 0.10});
        double[] row = chart.legendRows().get("uncertainty");
        assertThat(row).isNotNull();
        javafx.geometry.Point2D at = chart.localToScreen(row[0] + row[2] / 2, row[1] + row[3] / 2);
        robot.clickOn(at);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.isHidden("uncertainty")).isTrue();
        assertThat(chart.isHidden("uncertainty (3 seeds)")).as("live redraws change the seed count, not the choice").isTrue();
        assertThat(chart.isHidden("random")).isFalse();
        // the hidden curve is no longer drawn: its pixels at a point of its own go white
        robot.clickOn(at);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.isHidden("uncertainty")).isFalse();
    }
}

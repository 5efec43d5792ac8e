package org.activemat.ui.run;

import org.activemat.engine.loop.ExperimentListener;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.RoundResult;
import org.activemat.engine.model.MlpSettings;
import org.activemat.engine.stats.Metrics;
import org.activemat.ui.common.ProgressTracker;
import org.activemat.ui.common.chart.ChartView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The learning curves a chart draws for each metric, band and axis, from the run's own events (no toolkit). */
class CurveLinesTest {
    private static final ExperimentPlan PLAN = new ExperimentPlan(
            org.activemat.engine.strategy.StrategySpec.of(List.of("random")), List.of(0, 1), 0.2, 2, 1, 1,
            org.activemat.engine.model.ModelSpec.standard().withSettings(MlpSettings.paper().withMembers(2)), 2,
            org.activemat.engine.loop.Pairing.SHARED);

    /** Seed 0 reaches both rounds, seed 1 only the first; RMSE is 1.5 × MAE and R² 1 − MAE in these events. */
    private static List<CurveSeries> curves() {
        RunViewModel vm = new RunViewModel();
        vm.start(PLAN);
        ExperimentListener l = vm.listener(new ProgressTracker());
        l.roundFinished("random", 0, round(0, 0.30));
        l.roundFinished("random", 1, round(0, 0.50));
        l.roundFinished("random", 0, round(1, 0.10));
        vm.drain();
        return vm.curvesProperty().get();
    }

    private static RoundResult round(int r, double mae) {
        return new RoundResult(r, 2 + r, new Metrics(mae, mae * 1.5, 1 - mae), List.of("x" + r), List.of("why"), 0.1);
    }

    @Test void eachMetricDrawsItsOwnMeans() {
        List<CurveSeries> c = curves();
        assertThat(CurveLines.of(c, CurveMetric.MAE, Bands.STD, false).get(0).y()).containsExactly(new double[]{0.40, 0.10}, within(1e-12));
        assertThat(CurveLines.of(c, CurveMetric.RMSE, Bands.STD, false).get(0).y()).containsExactly(new double[]{0.60, 0.15}, within(1e-12));
        assertThat(CurveLines.of(c, CurveMetric.R2, Bands.STD, false).get(0).y()).containsExactly(new double[]{0.60, 0.90}, within(1e-12));
    }

    /** The legend counts the seeds the band is made of: 2 at the first round, 1 (no band) at the second. */
    @Test void theBandAndTheLegendAgreeOnTheSeeds() {
        ChartView.Line l = CurveLines.of(curves(), CurveMetric.MAE, Bands.STD, false).get(0);
        assertThat(l.name()).isEqualTo("random (1–2 seeds)");
        assertThat(l.hi()[0] - l.y()[0]).isCloseTo(Math.sqrt(0.02), within(1e-12));   // ± 1 std of 0.3, 0.5
        assertThat(l.lo()[1]).isEqualTo(l.y()[1]);                                    // one seed: no band
        assertThat(l.hi()[1]).isEqualTo(l.y()[1]);
    }

    /** A log axis gets log10 of the values, its band kept above zero; R² (which can be ≤ 0) stays linear. */
    @Test void aLogAxisTakesTheLogarithmOfErrorsOnly() {
        List<CurveSeries> c = curves();
        ChartView.Line log = CurveLines.of(c, CurveMetric.MAE, Bands.STD, true).get(0);
        assertThat(log.y()).containsExactly(new double[]{Math.log10(0.40), Math.log10(0.10)}, within(1e-12));
        assertThat(java.util.Arrays.stream(log.lo()).allMatch(Double::isFinite)).isTrue();
        assertThat(CurveLines.of(c, CurveMetric.R2, Bands.STD, true).get(0).y()).containsExactly(new double[]{0.60, 0.90}, within(1e-12));
    }

    /** Hover text: the value itself (never its log), the unit, the interval only where there is one. */
    @Test void theHoverTextGivesTheValuesAtAPoint() {
        CurveSeries c = curves().get(0);
        assertThat(CurveLines.describe(c, 0, CurveMetric.RMSE, Bands.INTERVAL_95, "eV/atom"))
                .contains("random", "2 labels", "RMSE 0.6", "eV/atom", "95 % interval", "2 seeds");
        assertThat(CurveLines.describe(c, 1, CurveMetric.MAE, Bands.INTERVAL_95, "eV/atom"))
                .contains("MAE 0.1", "1 seed").doesNotContain("interval");
        assertThat(CurveLines.describe(c, 0, CurveMetric.R2, Bands.STD, "eV/atom")).doesNotContain("eV/atom").contains("±");
    }
}

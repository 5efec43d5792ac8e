package org.activemat.ui.common.chart;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An empty chart's message wraps at the chart's width instead of running off both sides. */
class ChartPainterWrapTest {
    private static final String MESSAGE = "Learning curves appear here as rounds finish (MAE on the test set vs labels)";

    @Test void linesFitTheWidthAndKeepEveryWordInOrder() {
        List<String> lines = ChartPainter.wrap(MESSAGE, 40);
        assertThat(lines).containsExactly("Learning curves appear here as rounds", "finish (MAE on the test set vs labels)");
        assertThat(String.join(" ", lines)).isEqualTo(MESSAGE);
    }

    @Test void aWideChartKeepsOneLineAndALongWordStandsAlone() {
        assertThat(ChartPainter.wrap(MESSAGE, 200)).containsExactly(MESSAGE);
        assertThat(ChartPainter.wrap("R² on formation_energy_per_atom", 10)).containsExactly("R² on", "formation_energy_per_atom");
    }
}

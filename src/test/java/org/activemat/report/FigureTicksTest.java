package org.activemat.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FigureTicksTest {

    @Test
    void linearTicksAreRoundAndLabelledWithTheDecimalsTheyNeed() {
        Axis a = Axis.fit(0.037, 0.063, false);
        List<String> labels = a.ticks(6).stream().map(Axis.Tick::label).toList();
        assertThat(labels).containsExactly("0.035", "0.040", "0.045", "0.050", "0.055", "0.060", "0.065");
        assertThat(Ticks.linear(0, 0.3, 0.1)).containsExactly(0.0, 0.1, 0.2, 0.3);   // no 0.30000000000000004
        assertThat(Ticks.label(-12.5, 2.5)).isEqualTo("\u221212.5");
    }

    @Test
    void percentAxesIncludeZero() {
        Axis a = Axis.fit(-13.2, -2.1, true);
        assertThat(a.max()).isEqualTo(0);
        assertThat(a.min()).isLessThanOrEqualTo(-13.2);
    }

    @Test
    void logTicksStayReadableWithinOneDecade() {
        assertThat(Ticks.log(0.04, 0.3)).containsExactly(0.05, 0.1, 0.2);
        assertThat(Ticks.log(0.01, 10)).containsExactly(0.01, 0.1, 1.0, 10.0);
        assertThat(Axis.log(0.066, 0.17).ticks(5)).extracting(Axis.Tick::label).containsExactly("0.08", "0.10", "0.12", "0.14", "0.16");
        assertThat(Ticks.logLabel(0.05)).isEqualTo("0.05");
    }

    @Test
    void longTextWrapsAtItsDashFirst() {
        assertThat(Text.wrap("final MAE vs random (%) — lower is better", Style.LABEL, 120, 2))
                .containsExactly("final MAE vs random (%)", "lower is better");
        assertThat(Text.wrap("short", Style.LABEL, 120, 2)).containsExactly("short");
        assertThat(Text.fit("a very long system name indeed", Style.LABEL, 40)).endsWith("…");
    }

    @Test
    void numbersForPeople() {
        assertThat(Format.p(0.0499)).isEqualTo("0.049");
        assertThat(Format.p(0.0004)).isEqualTo("< 0.001");
        assertThat(Format.signed(6.8, 1)).isEqualTo("+6.8");
        assertThat(Format.signed(-0.01, 1)).isEqualTo("0.0");
        assertThat(Format.fixed(Double.NaN, 2)).isEqualTo("—");
        assertThat(Format.plain(0.10500000000000001)).isEqualTo("0.105");
        assertThat(Format.plain(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }
}

package org.activemat.ui.common.chart;

import org.activemat.ui.common.chart.LegendPlacement.Corner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The legend goes where it hides nothing: pure pixel geometry, no toolkit. */
class LegendPlacementTest {
    private static final double L = 70, T = 30, R = 570, B = 330, W = 120, H = 60;

    private static LegendPlacement.Marks curve(double yLeft, double yRight) {
        LegendPlacement.Marks m = new LegendPlacement.Marks();
        m.addSegment(L, yLeft, R, yRight, 4);
        return m;
    }

    @Test void aRisingCurveLikeR2PutsTheLegendLowerRight() {
        // from the bottom-left to the top-right corner: both right corners are tested, the upper one is hit
        assertThat(LegendPlacement.best(L, T, R, B, W, H, curve(B - 10, T + 10))).isEqualTo(Corner.LOWER_RIGHT);
    }

    @Test void aFallingCurveLikeMaeKeepsItUpperRight() {
        assertThat(LegendPlacement.best(L, T, R, B, W, H, curve(T + 10, B - 10))).isEqualTo(Corner.UPPER_RIGHT);
    }

    @Test void aCurveAlongTheTopAndRightEdgesLeavesTheLowerLeft() {
        LegendPlacement.Marks m = curve(T + 20, T + 20);
        m.addSegment(R - 20, T, R - 20, B, 4);
        m.addSegment(L + 20, B - 5, L + 20, B - 5, 4); // a stray point outside the lower-left box
        assertThat(LegendPlacement.best(L, T, R, B, W, H, m)).isEqualTo(Corner.LOWER_LEFT);
    }

    @Test void theBoxSitsInsideThePlotAtItsCorner() {
        double[] o = LegendPlacement.origin(Corner.LOWER_RIGHT, L, T, R, B, W, H);
        assertThat(o[0] + W).isEqualTo(R - LegendPlacement.MARGIN);
        assertThat(o[1] + H).isEqualTo(B - LegendPlacement.MARGIN);
        double[] u = LegendPlacement.origin(Corner.UPPER_LEFT, L, T, R, B, W, H);
        assertThat(u).containsExactly(L + LegendPlacement.MARGIN, T + LegendPlacement.MARGIN);
    }
}

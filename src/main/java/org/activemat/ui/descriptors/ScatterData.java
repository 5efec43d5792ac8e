package org.activemat.ui.descriptors;

import java.util.List;

/**
 * Points ready to draw: coordinates, one ARGB colour each, and how to read the colours — a continuous bar
 * (barMin..barMax, barLabel) or named categories (legend, each with its colour). note says what is missing, if anything.
 */
public record ScatterData(double[] x, double[] y, int[] argb, String barLabel, double barMin, double barMax,
                          List<String> legend, int[] legendArgb, String note) {
    public boolean continuous() { return barLabel != null; }
}

package org.activemat.ui.run;

/** One strategy's learning curve so far: per round reached, labels and mean ± std of MAE and R² over the seeds done. */
public record CurveSeries(String strategy, int[] labels, double[] maeMean, double[] maeStd, double[] r2Mean,
                          double[] r2Std, int[] seedsPerRound) {
    public int rounds() { return labels.length; }
}

package org.activemat.ui.run;

/**
 * One strategy's learning curve so far: per round reached, labels and mean ± std of MAE, RMSE and R² over the seeds
 * that reached that round (seedsPerRound).
 */
public record CurveSeries(String strategy, int[] labels, double[] maeMean, double[] maeStd, double[] rmseMean,
                          double[] rmseStd, double[] r2Mean, double[] r2Std, int[] seedsPerRound) {
    public int rounds() { return labels.length; }
}

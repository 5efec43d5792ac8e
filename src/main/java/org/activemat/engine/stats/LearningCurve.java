package org.activemat.engine.stats;

import org.activemat.engine.math.Moments;

import java.util.List;

/**
 * One strategy's curve summarised over seeds: per round, the label count and mean ± sample std (n−1) of MAE, RMSE, R².
 */
public record LearningCurve(String strategy, int[] labelled, double[] maeMean, double[] maeStd,
                            double[] rmseMean, double[] rmseStd, double[] r2Mean, double[] r2Std, int seeds) {

    /** perSeed.get(s)[round] are the metrics of seed s at each round; labelled[round] the label count. */
    public static LearningCurve of(String strategy, int[] labelled, List<Metrics[]> perSeed) {
        int rounds = labelled.length;
        double[][] out = new double[6][rounds];
        for (int r = 0; r < rounds; r++) {
            double[] mae = new double[perSeed.size()], rmse = new double[perSeed.size()], r2 = new double[perSeed.size()];
            for (int s = 0; s < perSeed.size(); s++) {
                Metrics m = perSeed.get(s)[r];
                mae[s] = m.mae();
                rmse[s] = m.rmse();
                r2[s] = m.r2();
            }
            out[0][r] = Moments.mean(mae); out[1][r] = Moments.sampleStd(mae);
            out[2][r] = Moments.mean(rmse); out[3][r] = Moments.sampleStd(rmse);
            out[4][r] = Moments.mean(r2); out[5][r] = Moments.sampleStd(r2);
        }
        return new LearningCurve(strategy, labelled.clone(), out[0], out[1], out[2], out[3], out[4], out[5], perSeed.size());
    }

    public double finalMae() { return maeMean[maeMean.length - 1]; }

    public double finalMaeStd() { return maeStd[maeStd.length - 1]; }

    public double finalR2() { return r2Mean[r2Mean.length - 1]; }
}

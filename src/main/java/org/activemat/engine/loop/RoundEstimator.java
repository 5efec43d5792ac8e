package org.activemat.engine.loop;

import org.activemat.engine.math.Moments;
import org.activemat.engine.model.Prediction;
import org.activemat.engine.stats.SpreadCalibration;
import org.activemat.engine.task.CancellationToken;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;

/**
 * One run's estimates of its model's error without the test set, round by round ({@link RoundEstimates}): held-out
 * residuals (prequential, or k-fold cross-validation when the plan asks), the spread calibration fitted on them, and
 * the pool's mean σ before and after it. Holds the prequential residuals between rounds, so one object serves one run.
 */
final class RoundEstimator {
    private final ExperimentPlan plan;
    private final int seed;
    private final String strategy;
    private final Prequential prequential = new Prequential();

    RoundEstimator(ExperimentPlan plan, int seed, String strategy) {
        this.plan = plan;
        this.seed = seed;
        this.strategy = strategy;
    }

    /** A query picked rows (positions into the candidates whose prediction is pool): remember what the model expected. */
    void picked(int[] rows, int[] candidates, Prediction pool) {
        Map<Integer, Integer> at = Prequential.positions(candidates);
        double[] mean = new double[rows.length], sigma = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int c = at.get(rows[i]);
            mean[i] = pool.mean()[c];
            sigma[i] = pool.std(c);
        }
        prequential.predicted(rows, mean, sigma);
    }

    /**
     * The estimates of a round whose ensemble was just trained on labelled (y aligned; label.apply(row) is a row's
     * label or null) and predicted the unlabelled pool as pool. Cross-validation trains its fold ensembles here.
     */
    RoundEstimates estimate(int round, double[][] poolX, List<Integer> labelled, double[] y, IntFunction<Double> label, Prediction pool,
                            ExperimentListener listener, CancellationToken token, ExecutorService membersPool) {
        double[] batch = prequential.labelled(label);   // always: the batch's prequential residuals are free
        double[] residual, sigma;
        int heldOut;
        double heldOutMae;
        if (plan.recalibration().crossValidated()) {
            double[][] cv = CrossValidation.residuals(poolX, labelled, y, plan, seed, strategy, round, listener, token, membersPool);
            residual = cv[0];
            sigma = cv[1];
            heldOut = residual.length;
            heldOutMae = heldOut == 0 ? Double.NaN : Moments.mean(abs(residual));
        } else {
            residual = prequential.residuals();
            sigma = prequential.sigmas();
            heldOut = (int) batch[0];
            heldOutMae = batch[1];
        }
        SpreadCalibration fit = switch (plan.recalibration().method()) {
            case OFF -> null;
            case SCALE -> SpreadCalibration.scale(residual, sigma);
            case ISOTONIC -> SpreadCalibration.isotonic(residual, sigma);
        };
        double[] poolStd = pool.std();
        double raw = poolStd.length == 0 ? Double.NaN : Moments.mean(poolStd);
        double calibrated = fit == null || poolStd.length == 0 ? Double.NaN : Moments.mean(fit.apply(poolStd));
        return new RoundEstimates(heldOut, heldOutMae, raw, calibrated, Moments.populationStd(y), fit);
    }

    private static double[] abs(double[] v) {
        double[] a = new double[v.length];
        for (int i = 0; i < v.length; i++) a[i] = Math.abs(v[i]);
        return a;
    }
}

package org.activemat.engine.stats;

/** Regression errors of predictions against true values. */
public record Metrics(double mae, double rmse, double r2) {

    public static Metrics of(double[] truth, double[] predicted) {
        if (truth.length != predicted.length) throw new IllegalArgumentException("truth and predictions differ in length");
        if (truth.length == 0) throw new IllegalArgumentException("no values to score");
        return new Metrics(mae(truth, predicted), rmse(truth, predicted), r2(truth, predicted));
    }

    public static double mae(double[] truth, double[] predicted) {
        double s = 0;
        for (int i = 0; i < truth.length; i++) s += Math.abs(truth[i] - predicted[i]);
        return s / truth.length;
    }

    public static double rmse(double[] truth, double[] predicted) {
        double s = 0;
        for (int i = 0; i < truth.length; i++) s += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
        return Math.sqrt(s / truth.length);
    }

    /** 1 − SS_res / SS_tot; NaN when the truth is constant (R² is undefined then). */
    public static double r2(double[] truth, double[] predicted) {
        double mean = 0;
        for (double v : truth) mean += v;
        mean /= truth.length;
        double res = 0, tot = 0;
        for (int i = 0; i < truth.length; i++) {
            res += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
            tot += (truth[i] - mean) * (truth[i] - mean);
        }
        return tot > 0 ? 1 - res / tot : Double.NaN;
    }
}

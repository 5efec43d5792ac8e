package org.activemat.engine.stats;

/**
 * The normalised area under a learning curve: the trapezoid rule of MAE against the label count, divided by the
 * label range, so it is the mean MAE over the schedule (in the units of the MAE) and uses every round, not only
 * the last:
 * <pre>  AUC = Σ_r (L_r − L_{r−1})·(e_{r−1} + e_r)/2 / (L_last − L_first)</pre>
 * A single round has no range; its AUC is that round's MAE (the limit of the mean over a vanishing range).
 */
public final class CurveArea {
    private CurveArea() {}

    /** AUC of one run: mae[r] at labelled[r], label counts strictly increasing. */
    public static double normalised(int[] labelled, double[] mae) {
        if (labelled.length != mae.length) throw new IllegalArgumentException("label counts and MAE differ in length");
        if (labelled.length == 0) throw new IllegalArgumentException("a curve needs at least one round");
        if (labelled.length == 1) return mae[0];
        double area = 0;
        for (int r = 1; r < labelled.length; r++) {
            if (labelled[r] <= labelled[r - 1]) throw new IllegalArgumentException("label counts must increase: " + labelled[r - 1] + " then " + labelled[r]);
            area += (labelled[r] - labelled[r - 1]) * (mae[r - 1] + mae[r]) / 2;
        }
        return area / (labelled[labelled.length - 1] - labelled[0]);
    }

    /** AUC of each run: mae[run][round], every run on the same schedule. */
    public static double[] perRun(int[] labelled, double[][] mae) {
        double[] auc = new double[mae.length];
        for (int i = 0; i < mae.length; i++) auc[i] = normalised(labelled, mae[i]);
        return auc;
    }

    /** The paired comparison of AUC against the baseline (rows paired by seed), in % as PairedDifference. */
    public static PairedDifference paired(int[] labelled, double[][] strategyMae, double[][] baselineMae) {
        return PairedDifference.relative(perRun(labelled, strategyMae), perRun(labelled, baselineMae));
    }
}

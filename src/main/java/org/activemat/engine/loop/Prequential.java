package org.activemat.engine.loop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Prequential ("predict, then learn") residuals of one run: when a round queries, the model's mean and σ of each
 * picked row are kept; once the rows are labelled, truth − mean is a residual of a model that never saw them. Kept in
 * the order the rows were picked, pooled over every round so far, so the numbers do not depend on hashing or threads.
 */
final class Prequential {
    private final List<double[]> pending = new ArrayList<>();   // {row, mean, σ} of the last query's picks
    private final List<Double> residuals = new ArrayList<>(), sigmas = new ArrayList<>();

    /** The picks of a query, with the ensemble's mean and σ for each, before they are labelled. */
    void predicted(int[] rows, double[] mean, double[] sigma) {
        pending.clear();
        for (int i = 0; i < rows.length; i++) pending.add(new double[]{rows[i], mean[i], sigma[i]});
    }

    /**
     * The labels of the pending picks have come (label.apply(row) is null where the oracle failed): adds their residuals
     * to the pool and returns the new batch's {count, MAE} (count 0 and MAE NaN when nothing was pending).
     */
    double[] labelled(IntFunction<Double> label) {
        int n = 0;
        double abs = 0;
        for (double[] p : pending) {
            Double y = label.apply((int) p[0]);
            if (y == null) continue;
            double r = y - p[1];
            residuals.add(r);
            sigmas.add(p[2]);
            abs += Math.abs(r);
            n++;
        }
        pending.clear();
        return new double[]{n, n == 0 ? Double.NaN : abs / n};
    }

    double[] residuals() { return residuals.stream().mapToDouble(Double::doubleValue).toArray(); }

    double[] sigmas() { return sigmas.stream().mapToDouble(Double::doubleValue).toArray(); }

    /** Row → position in the candidates, to find the picks' predictions in the pool's. */
    static Map<Integer, Integer> positions(int[] candidates) {
        Map<Integer, Integer> m = new HashMap<>(candidates.length * 2);
        for (int c = 0; c < candidates.length; c++) m.put(candidates[c], c);
        return m;
    }
}

package org.activemat.ui.run;

import java.util.List;

/** A live run's generated pool placed on the loaded dataset's descriptor map: ids and PC1/PC2 coordinates. */
public record PoolMap(List<String> ids, double[] x, double[] y) {
    public PoolMap {
        ids = List.copyOf(ids);
        if (x.length != ids.size() || y.length != ids.size()) throw new IllegalArgumentException("one point per id");
    }

    /** From projected scores (rows of PC1, PC2, …); a one-component map puts every point on y = 0. */
    public static PoolMap of(List<String> ids, double[][] scores) {
        double[] x = new double[scores.length], y = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            x[i] = scores[i].length > 0 ? scores[i][0] : 0;
            y[i] = scores[i].length > 1 ? scores[i][1] : 0;
        }
        return new PoolMap(ids, x, y);
    }

    public int size() { return ids.size(); }
}

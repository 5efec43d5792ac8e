package org.activemat.engine.descriptor;

import java.util.List;

/**
 * The model's view of a dataset: one row per entry (ids[i]), one column per feature, and the target.
 * Raw (not standardized): standardize on the training pool only, with Standardizer.
 */
public record FeatureMatrix(List<String> ids, List<String> formulas, List<String> featureNames,
                            double[][] x, double[] y, String target, List<String> warnings) {
    public FeatureMatrix {
        if (ids.size() != x.length || x.length != y.length || formulas.size() != x.length)
            throw new IllegalArgumentException("ids, formulas, rows and targets differ in length");
        ids = List.copyOf(ids);
        formulas = List.copyOf(formulas);
        featureNames = List.copyOf(featureNames);
        warnings = List.copyOf(warnings);
    }

    public int rows() { return x.length; }

    public int columns() { return featureNames.size(); }
}

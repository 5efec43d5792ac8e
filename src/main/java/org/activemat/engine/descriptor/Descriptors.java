package org.activemat.engine.descriptor;

import org.activemat.engine.data.Dataset;

import java.util.List;

/** The descriptor sets by name, and the feature matrix of a dataset. */
public final class Descriptors {
    private Descriptors() {}

    public static final List<String> NAMES = List.of("paper-17", "composition-8", "structure-9");

    /** The set called name; IllegalArgumentException listing the known names otherwise. */
    public static DescriptorSet byName(String name) {
        throw new UnsupportedOperationException("descriptor sets are being written (chem/descriptor work)");
    }

    /**
     * Features of every entry that carries a finite target, plus the named dataset columns as extra features.
     * Warnings (in the result) say when an extra column is the target or nearly collinear with it (|r| > 0.98).
     * IllegalArgumentException when the target is not a property of the dataset or a set needs missing structures.
     */
    public static FeatureMatrix matrix(Dataset data, DescriptorSet set, String target, List<String> extraColumns) {
        throw new UnsupportedOperationException("descriptor sets are being written (chem/descriptor work)");
    }
}

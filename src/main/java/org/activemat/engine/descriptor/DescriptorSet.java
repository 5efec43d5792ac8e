package org.activemat.engine.descriptor;

import org.activemat.engine.data.Entry;

import java.util.List;

/** A named list of features computed from an entry alone (no labels), so it is known before any DFT. */
public interface DescriptorSet {
    /** "composition-8", "structure-9", "paper-17", … */
    String name();

    /** Feature names, in the order compute() returns them. */
    List<String> featureNames();

    /** True if this set needs a structure (not only a composition). */
    boolean needsStructure();

    /** The features of one entry; same length as featureNames(). */
    double[] compute(Entry entry);
}

package org.activemat.engine.descriptor;

import org.activemat.engine.data.Entry;

import java.util.ArrayList;
import java.util.List;

/** Several descriptor sets side by side under one name; paper-17 = composition-8 + structure-9. */
final class CombinedDescriptors implements DescriptorSet {
    private final String name;
    private final List<DescriptorSet> parts;
    private final List<String> featureNames;

    CombinedDescriptors(String name, List<DescriptorSet> parts) {
        this.name = name;
        this.parts = List.copyOf(parts);
        List<String> names = new ArrayList<>();
        for (DescriptorSet p : parts) names.addAll(p.featureNames());
        this.featureNames = List.copyOf(names);
    }

    @Override public String name() { return name; }

    @Override public List<String> featureNames() { return featureNames; }

    @Override public boolean needsStructure() { return parts.stream().anyMatch(DescriptorSet::needsStructure); }

    @Override public double[] compute(Entry entry) {
        double[] out = new double[featureNames.size()];
        int at = 0;
        for (DescriptorSet p : parts) {
            double[] v = p.compute(entry);
            System.arraycopy(v, 0, out, at, v.length);
            at += v.length;
        }
        return out;
    }
}

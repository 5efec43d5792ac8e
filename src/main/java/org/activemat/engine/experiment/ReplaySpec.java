package org.activemat.engine.experiment;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetFilters;
import org.activemat.engine.descriptor.DescriptorSet;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.loop.ExperimentPlan;

import java.util.List;

/**
 * The paper's retrospective protocol on a dataset the user has: which data (read, not yet filtered), which file it came
 * from, the target, the descriptors (+ dataset columns as extra features), the filters and the plan. The command line
 * and the workbench both build one and call {@link #prepare()} then {@link ReplayExperiment#run}.
 */
public record ReplaySpec(Dataset data, String file, String target, String descriptors, List<String> extraFeatures,
                         DatasetFilters.Settings filters, ExperimentPlan plan) {
    public ReplaySpec {
        extraFeatures = extraFeatures == null ? List.of() : List.copyOf(extraFeatures);
    }

    public ReplaySpec withPlan(ExperimentPlan p) {
        return new ReplaySpec(data, file, target, descriptors, extraFeatures, filters, p);
    }

    public ReplaySpec withDescriptors(String d) {
        return new ReplaySpec(data, file, target, d, extraFeatures, filters, plan);
    }

    /**
     * Filters the data and computes its features: what every check and the run need. IllegalArgumentException, with a
     * message for the user, when the target or a column is not in the data or the descriptors cannot be computed.
     */
    public ReplayExperiment prepare() {
        if (!data.propertyNames().contains(target))
            throw new IllegalArgumentException("no property '" + target + "'; available: "
                    + String.join(", ", data.propertyNames().stream().limit(15).toList()));
        DatasetFilters.Result filtered = DatasetFilters.apply(data, filters);
        DescriptorSet set = Descriptors.byName(descriptors);
        FeatureMatrix fm = filtered.dataset().size() == 0 ? null : Descriptors.matrix(filtered.dataset(), set, target, extraFeatures);
        return new ReplayExperiment(this, filtered, fm);
    }
}

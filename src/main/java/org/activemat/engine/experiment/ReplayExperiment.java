package org.activemat.engine.experiment;

import org.activemat.engine.data.DatasetFilters;
import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.io.DatasetInfo;
import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.loop.ExperimentListener;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.ExperimentRunner;
import org.activemat.engine.task.CancellationToken;

import java.util.ArrayList;
import java.util.List;

/**
 * A replay spec with its data filtered and its features computed: the checks the user sees before Run, and the run.
 * features is null when the filters left nothing.
 */
public record ReplayExperiment(ReplaySpec spec, DatasetFilters.Result filtered, FeatureMatrix features) {

    public int rows() { return features == null ? 0 : features.rows(); }

    /** Warnings about the features (left-out entries, leaking extra columns). */
    public List<String> warnings() { return features == null ? List.of() : features.warnings(); }

    /**
     * Every reason the protocol cannot run on these rows; when the filters removed entries and too few are left, says
     * which filter removed how many, so the user knows what to change.
     */
    public List<String> problems() {
        List<String> p = new ArrayList<>(spec.plan().problems(rows()));
        DatasetFilters.Report r = filtered.report();
        if (!p.isEmpty() && r.removed() > 0) {
            List<String> why = new ArrayList<>();
            if (r.outsideSiteRange() > 0) why.add("the site filter (" + spec.filters().minSites() + "–" + spec.filters().maxSites()
                    + " sites) removed " + r.outsideSiteRange());
            if (r.duplicateIds() > 0) why.add(r.duplicateIds() + " duplicate ids were dropped");
            if (r.compositionOnly() > 0) why.add(r.compositionOnly() + " entries had no structure");
            if (r.missingTarget() > 0) why.add(r.missingTarget() + " had no finite '" + spec.target() + "'");
            if (!why.isEmpty()) p.add("of " + r.input() + " entries " + r.kept() + " are left: " + String.join(", ", why));
        }
        return p;
    }

    /** Runs strategies × seeds and returns the results document; a cancelled run keeps the runs that finished. */
    public ResultsDocument run(ExperimentListener listener, CancellationToken token, String software) {
        return document(run(listener, token), software);
    }

    /** Runs strategies × seeds; a cancelled run keeps the runs that finished. */
    public ExperimentResult run(ExperimentListener listener, CancellationToken token) {
        List<String> problems = problems();
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        return new ExperimentRunner().run(features, spec.plan(), listener, token);
    }

    /** What a results file saves of a run of this experiment: its runs, data, descriptors and target. */
    public ResultsDocument document(ExperimentResult result, String software) {
        return ResultsDocument.of(result, datasetInfo(), spec.descriptors(), features.featureNames(), spec.target(), software);
    }

    /** What a results file records of the data: name, file, format, fingerprint of the whole file, rows used. */
    public DatasetInfo datasetInfo() {
        var d = spec.data();
        return new DatasetInfo(d.name(), spec.file(), d.provenance().getOrDefault("format", ""), d.fingerprint(), rows());
    }
}

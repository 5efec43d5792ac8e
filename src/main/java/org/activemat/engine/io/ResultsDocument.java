package org.activemat.engine.io;

import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.ExperimentSummary;
import org.activemat.engine.loop.RunResult;
import org.activemat.engine.stats.StrategyComparison;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The saved form of an experiment (schema {@value ResultsFile#SCHEMA_VERSION}): provenance (software version, creation
 * time, dataset fingerprint, descriptor set, features, target), the full settings, every run with per-round picked ids
 * and metrics and the final test predictions, timings, and a summary per strategy for readers of the raw JSON
 * (recomputed from the runs, never trusted, when a file is opened). A live experiment also records how its pool was made
 * ({@code exploration}; null for one that replayed a dataset's labels, and in files written before it existed).
 */
public record ResultsDocument(int schemaVersion, String software, String created, DatasetInfo dataset,
                              String descriptorSet, List<String> featureNames, String target, ExperimentPlan settings,
                              boolean complete, double wallSeconds, List<RunResult> runs,
                              Map<String, StrategyComparison> summary, ExplorationInfo exploration) {

    public static ResultsDocument of(ExperimentResult result, DatasetInfo dataset, String descriptorSet,
                                     List<String> featureNames, String target, String software) {
        return new ResultsDocument(ResultsFile.SCHEMA_VERSION, software, Instant.now().toString(), dataset, descriptorSet,
                featureNames, target, result.plan(), result.complete(), result.wallSeconds(), result.runs(),
                ExperimentSummary.of(result).comparisons(), null);
    }

    public ResultsDocument withExploration(ExplorationInfo e) {
        return new ResultsDocument(schemaVersion, software, created, dataset, descriptorSet, featureNames, target, settings,
                complete, wallSeconds, runs, summary, e);
    }

    public ExperimentResult toResult() {
        return new ExperimentResult(settings, runs, complete, wallSeconds);
    }
}

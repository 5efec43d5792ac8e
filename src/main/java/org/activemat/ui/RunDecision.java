package org.activemat.ui;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetFilters;
import org.activemat.engine.experiment.LiveSpec;
import org.activemat.engine.experiment.ReplayExperiment;
import org.activemat.engine.experiment.ReplaySpec;
import org.activemat.engine.io.DatasetInfo;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.ui.descriptors.DescriptorAnalysis;
import org.activemat.ui.descriptors.DescriptorsViewModel;
import org.activemat.ui.strategies.StrategiesViewModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What Run would start: the engine's use case (replay or live) built from the form, the loaded data and its
 * descriptors, with every problem the engine finds; the window only shows the refusal.
 */
final class RunDecision {
    /**
     * What a run was decided on before it starts: the engine's use case, replay (the dataset's labels) or live (pw.x
     * labels the pool, the loaded data is the test set, the labels are kept in labelsFile); the other is null.
     */
    public record RunSetup(ExperimentPlan plan, DescriptorAnalysis analysis, DatasetInfo data, String descriptorSet,
                           ReplayExperiment replay, LiveRun live) {
        String title() { return (live != null ? "Live labelling with pw.x: " : "Experiment: ") + plan.runs() + " runs"; }
    }

    public record LiveRun(LiveSpec spec, Path labelsFile) {}

    /** A run to start, or why not (a dialog's title and text); neither when there is nothing to say (already running). */
    public record Decision(RunSetup setup, String title, String reason) {
        static final Decision NOTHING = new Decision(null, null, null);

        static Decision refuse(String title, String reason) { return new Decision(null, title, reason); }
    }

    private final WorkbenchModel model;
    private final StrategiesViewModel strategies;
    private final DescriptorsViewModel descriptors;

    RunDecision(WorkbenchModel model, StrategiesViewModel strategies, DescriptorsViewModel descriptors) {
        this.model = model;
        this.strategies = strategies;
        this.descriptors = descriptors;
    }

    /** What Run would do now: the form's plan on the current descriptors, live or replayed, or why it cannot. */
    public Decision decide() {
        if (!strategies.validProperty().get()) return Decision.NOTHING;   // Run is disabled and says why
        DescriptorAnalysis a = descriptors.analysisProperty().get();
        if (a == null || !a.matrix().target().equals(model.target()))
            return Decision.refuse("Cannot run yet", "The descriptors of the current dataset are still being computed; try again in a moment.");
        ExperimentPlan plan = strategies.toPlan();
        String setName = descriptors.setNameProperty().get();
        List<String> problems = new ArrayList<>();
        RunSetup setup;
        if (strategies.liveProperty().get()) {
            if (!descriptors.extras().isEmpty())   // a generated structure has no dataset columns
                problems.add("Live labelling learns from descriptors alone: remove the extra feature columns on the Descriptors panel.");
            LiveSpec live = liveSpec(plan, setName);
            live.problemsBeforeDrawing().forEach(p -> problems.add(p.message()));   // on the FX thread: the run draws the pool
            setup = new RunSetup(plan, a, datasetInfo(a.matrix().rows()), setName, null, new LiveRun(live, strategies.liveLabelsFile()));
        } else {
            Path f = model.datasetFileProperty().get();
            ReplaySpec spec = new ReplaySpec(model.dataset(), f == null ? model.dataset().provenance().getOrDefault("path", "")
                    : f.toAbsolutePath().toString(), a.matrix().target(), setName, List.copyOf(descriptors.extras()),
                    model.filterReportProperty().get().settings(), plan);
            ReplayExperiment replay = new ReplayExperiment(spec, new DatasetFilters.Result(model.filtered(),
                    model.filterReportProperty().get()), a.matrix());
            problems.addAll(replay.problems());
            setup = new RunSetup(plan, a, replay.datasetInfo(), setName, replay, null);
        }
        return problems.isEmpty() ? new Decision(setup, null, null) : Decision.refuse("Cannot run these settings", String.join("\n", problems));
    }

    /** The loaded (filtered) data is the test set; the pool is the user's file or generated, labelled by pw.x when picked. */
    private LiveSpec liveSpec(ExperimentPlan plan, String setName) {
        StrategiesViewModel.PoolFile own = strategies.livePoolFileProperty().get();
        Path testFile = model.datasetFileProperty().get();
        LiveSpec.Pool pool = own != null ? LiveSpec.Pool.of(own.file(), own.data())
                : LiveSpec.Pool.generated(strategies.livePoolProperty().get(), strategies.livePoolSeedProperty().get());
        return new LiveSpec(strategies.liveSystem(), pool, model.filtered(), testFile == null ? null : testFile.toString(),
                model.target(), setName, plan, strategies.liveJobsProperty().get());
    }

    /** The loaded data as a results file records it (a live run's test set). */
    private DatasetInfo datasetInfo(int rows) {
        Dataset d = model.dataset();
        Path f = model.datasetFileProperty().get();
        return new DatasetInfo(d.name(), f == null ? d.provenance().getOrDefault("path", "") : f.toAbsolutePath().toString(),
                d.provenance().getOrDefault("format", ""), d.fingerprint(), rows);
    }
}

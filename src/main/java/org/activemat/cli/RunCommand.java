package org.activemat.cli;

import org.activemat.Version;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.descriptor.DescriptorSet;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.experiment.ReplayExperiment;
import org.activemat.engine.experiment.ReplaySpec;
import org.activemat.engine.io.CurvesCsv;
import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.io.ResultsFile;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.ExperimentRunner;
import org.activemat.engine.loop.LabelCost;
import org.activemat.engine.task.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the active-learning protocol (strategies × seeds) on a dataset, save results JSON "
                + "(and learning curves CSV) and print a summary per strategy. Progress goes to stderr.")
final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "extxyz, pymatgen/MP/OPTIMADE JSON(.gz), CSV, POSCAR or CIF")
    Path data;

    @Option(names = "--target", required = true, paramLabel = "NAME", description = "property to learn, e.g. formation_energy_per_atom")
    String target;

    @Mixin DescriptorOption descriptors;

    @Option(names = "--extra-features", split = ",", paramLabel = "COLUMNS", description = "dataset columns to add as features")
    List<String> extraFeatures;

    @Mixin FilterOptions filters;

    @Mixin ExperimentOptions options;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "results JSON to write")
    Path out;

    @Option(names = "--csv", paramLabel = "FILE", description = "learning curves CSV: strategy,seed,round,labeled,mae,rmse,r2")
    Path csv;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Override public Integer call() throws Exception {
        new OutputPaths().input("--data", data).output("--out", out).output("--csv", csv).check();
        PrintWriter err = spec.commandLine().getErr();
        ReplaySpec replay = new ReplaySpec(DatasetFormats.read(data), data.toString(), target, descriptors.name, extraFeatures,
                filters.settings(target), options.plan());
        ReplayExperiment prepared = prepare(replay, quiet, err);
        // Ctrl-C cancels within one training epoch and waits for the finished runs to be saved before the JVM exits.
        return SaveOnInterrupt.run(token -> runAndSave(prepared, token, err));
    }

    /** The spec filtered and described on err; bad input when it cannot run. */
    static ReplayExperiment prepare(ReplaySpec replay, boolean quiet, PrintWriter err) {
        ReplayExperiment prepared;
        try {
            prepared = replay.prepare();
        } catch (IllegalArgumentException e) {
            throw new CliErrors.BadInputException(Path.of(replay.file()).getFileName() + ": " + e.getMessage());
        }
        if (!quiet) err.println(Path.of(replay.file()).getFileName() + ": " + String.join("; ", prepared.filtered().report().lines()));
        for (String w : prepared.warnings()) err.println("warning: " + w);
        List<String> problems = prepared.problems();
        if (!problems.isEmpty())
            throw new CliErrors.BadInputException(Path.of(replay.file()).getFileName() + " (" + prepared.rows() + " usable entries): "
                    + String.join("; ", problems));
        return prepared;
    }

    private int runAndSave(ReplayExperiment prepared, CancellationToken token, PrintWriter err) throws java.io.IOException {
        ProgressBar bar = new ProgressBar(err, ExperimentRunner.totalMembers(prepared.spec().plan()), prepared.spec().plan().runs(),
                System.console() != null);
        ResultsDocument doc = prepared.run(quiet ? null : bar, token, Version.get());
        if (!quiet) bar.finish(doc.complete());
        ExperimentResult result = doc.toResult();
        if (!result.complete()) err.println("interrupted: saving the " + result.runs().size() + " finished run(s)");
        ResultsFile.write(out, doc);
        if (csv != null) CurvesCsv.write(csv, result);
        PrintWriter o = spec.commandLine().getOut();
        SummaryTable.print(o, result, target, LabelCost.recordedSeconds(prepared.spec().data()));
        o.println("results: " + out + (csv != null ? ", curves: " + csv : ""));
        o.flush();
        return 0;
    }

    static FeatureMatrix features(Dataset d, String descriptors, String target, List<String> extras) {
        try {
            DescriptorSet set = Descriptors.byName(descriptors);
            return Descriptors.matrix(d, set, target, extras == null ? List.of() : extras);
        } catch (IllegalArgumentException e) {
            throw new CliErrors.BadInputException(e.getMessage());
        }
    }

    /** Runs with a progress bar on err (unless quiet). */
    static ExperimentResult execute(FeatureMatrix fm, ExperimentPlan plan, PrintWriter err, boolean quiet,
                                    CancellationToken token) {
        ProgressBar bar = new ProgressBar(err, ExperimentRunner.totalMembers(plan), plan.runs(), System.console() != null);
        ExperimentResult r = new ExperimentRunner().run(fm, plan, quiet ? null : bar, token);
        if (!quiet) bar.finish(r.complete());
        return r;
    }
}

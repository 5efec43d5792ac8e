package org.activemat.cli;

import org.activemat.Version;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetFilters;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.descriptor.DescriptorSet;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.io.CurvesCsv;
import org.activemat.engine.io.DatasetInfo;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the active-learning protocol (strategies × seeds) on a dataset, save results JSON "
                + "(and learning curves CSV) and print a summary per strategy. Progress goes to stderr.")
final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "extxyz, pymatgen/MP/OPTIMADE JSON(.gz), CSV, POSCAR or CIF")
    Path data;

    @Option(names = "--target", required = true, paramLabel = "NAME", description = "property to learn, e.g. formation_energy_per_atom")
    String target;

    @Option(names = "--descriptors", defaultValue = Descriptors.DEFAULT, paramLabel = "SET",
            completionCandidates = Candidates.DescriptorSets.class, description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    String descriptors;

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
        PrintWriter err = spec.commandLine().getErr();
        Dataset raw = DatasetFormats.read(data);
        if (!raw.propertyNames().contains(target))
            throw new CliErrors.BadInputException(data.getFileName() + ": no property '" + target + "'; available: "
                    + String.join(", ", raw.propertyNames().stream().limit(15).toList()));
        DatasetFilters.Result filtered = DatasetFilters.apply(raw, filters.settings(target));
        if (!quiet) err.println(data.getFileName() + ": " + String.join("; ", filtered.report().lines()));
        ExperimentPlan plan = options.plan();
        FeatureMatrix fm = features(filtered.dataset(), descriptors, target, extraFeatures);
        for (String w : fm.warnings()) err.println("warning: " + w);
        List<String> problems = plan.problems(fm.rows());
        if (!problems.isEmpty())
            throw new CliErrors.BadInputException(data.getFileName() + " (" + fm.rows() + " usable entries): " + String.join("; ", problems));

        // Ctrl-C cancels within one training epoch and waits for the finished runs to be saved before the JVM exits.
        CancellationToken token = new CancellationToken();
        CountDownLatch saved = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            token.cancel();
            try {
                saved.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "activemat-save-on-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            return runAndSave(raw, fm, plan, token, err);
        } finally {
            saved.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException alreadyExiting) {
                // the hook is running: it was waiting for exactly this
            }
        }
    }

    private int runAndSave(Dataset raw, FeatureMatrix fm, ExperimentPlan plan, CancellationToken token, PrintWriter err)
            throws java.io.IOException {
        ExperimentResult result = execute(fm, plan, err, quiet, token);
        if (!result.complete()) err.println("interrupted: saving the " + result.runs().size() + " finished run(s)");
        DatasetInfo info = new DatasetInfo(raw.name(), data.toString(), raw.provenance().getOrDefault("format", ""),
                raw.fingerprint(), fm.rows());
        ResultsFile.write(out, ResultsDocument.of(result, info, descriptors, fm.featureNames(), target, Version.get()));
        if (csv != null) CurvesCsv.write(csv, result);
        PrintWriter o = spec.commandLine().getOut();
        SummaryTable.print(o, result, target, LabelCost.recordedSeconds(raw));
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

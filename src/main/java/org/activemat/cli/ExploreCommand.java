package org.activemat.cli;

import org.activemat.Version;
import org.activemat.engine.data.SampleData;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.experiment.LiveSpec;
import org.activemat.engine.io.CurvesCsv;
import org.activemat.engine.io.ResultsFile;
import org.activemat.engine.loop.ExperimentListener;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.LabelCost;
import org.activemat.engine.loop.RoundResult;
import org.activemat.engine.oracle.qe.ChemicalSystem;
import org.activemat.engine.oracle.labelling.ExplorationRun;
import org.activemat.engine.oracle.labelling.FailureLog;
import org.activemat.engine.oracle.OracleException;
import org.activemat.engine.oracle.qe.QuantumEspressoOracle;
import org.activemat.engine.oracle.qe.ReferenceEnergies;
import org.activemat.engine.strategy.Strategies;
import org.activemat.engine.task.CancellationToken;
import org.activemat.engine.task.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "explore", mixinStandardHelpOptions = true, description =
        "Active learning with pw.x as the oracle: generate a pool of unlabelled structures (or read yours, "
                + "--pool-file), and label with Quantum ESPRESSO only those each strategy queries; score every round on "
                + "a labelled test set (by default the bundled sample of the system, computed with the same settings). "
                + "Labels go to --out and are shared by all strategies and seeds; killing and restarting resumes the "
                + "same picks.")
final class ExploreCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--system", paramLabel = "NAME", required = true, description = "Si, C, Fe or TiO")
    String system;

    @Option(names = "--pool", defaultValue = "200", paramLabel = "N", description = "generated structures to choose from (default ${DEFAULT-VALUE})")
    int poolSize;

    @Option(names = "--pool-seed", defaultValue = "1", paramLabel = "SEED", description = "generator seed of the pool (default ${DEFAULT-VALUE}; not 2601)")
    long poolSeed;

    @Option(names = "--pool-file", paramLabel = "FILE", description = "choose from your own structures instead of generated ones "
            + "(extended XYZ, POSCAR, CIF, pymatgen/Materials Project or OPTIMADE JSON; the system's elements only)")
    Path poolFile;

    @Option(names = "--test", paramLabel = "FILE", description = "labelled test set made with the same settings (default: the bundled sample)")
    Path testFile;

    @Option(names = "--target", defaultValue = "formation_energy_per_atom", paramLabel = "NAME",
            description = "formation_energy_per_atom (default) or energy_per_atom")
    String target;

    @Mixin DescriptorOption descriptors;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "extended XYZ file that keeps the pool's DFT labels")
    Path out;

    @Option(names = "--results", paramLabel = "FILE", description = "results JSON (.activemat), opens in the workbench")
    Path results;

    @Option(names = "--csv", paramLabel = "FILE", description = "learning curves CSV: strategy,seed,round,labeled,mae,rmse,r2")
    Path csv;

    @Option(names = "--references", paramLabel = "FILE",
            description = "reference energies (default: references.json beside the test set, else SYSTEM-references.json beside --out)")
    Path references;

    @Mixin OracleOptions pw;

    @Mixin ExperimentOptions options;

    @Override public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ChemicalSystem sys = OracleOptions.system(system);
        if (poolFile != null && (spec.commandLine().getParseResult().hasMatchedOption("--pool")
                || spec.commandLine().getParseResult().hasMatchedOption("--pool-seed")))
            throw new CliErrors.BadInputException("--pool-file replaces --pool and --pool-seed: give one or the other");
        Path test = testFile != null ? testFile : SampleData.file(sys.label()).orElseThrow(() -> new CliErrors.BadInputException(
                "no bundled sample for " + sys.label() + " was found: give a labelled test set with --test FILE"));
        new OutputPaths().input("--pool-file", poolFile).input("--test", test)
                .output("--out", out).output("--results", results).output("--csv", csv).check();
        LiveSpec live = new LiveSpec(sys, poolFile == null ? LiveSpec.Pool.generated(poolSize, poolSeed)
                : LiveSpec.Pool.of(poolFile, DatasetFormats.read(poolFile)), DatasetFormats.read(test), test.toString(), target,
                descriptors.name, plan(), pw.jobs);
        List<LiveSpec.Problem> problems = live.problems();
        if (!problems.isEmpty())
            throw new CliErrors.BadInputException(String.join("; ", problems.stream().map(p ->
                    (p.setting() == LiveSpec.Setting.POOL_SEED ? "--pool-seed " : "") + p.message()).toList()));
        FeatureMatrix testFeatures;
        try {
            testFeatures = live.testFeatures();
        } catch (IllegalArgumentException e) {
            throw new CliErrors.BadInputException(test + ": " + e.getMessage());
        }
        ExperimentPlan plan = live.plan();

        CancellationToken cancel = OracleOptions.cancelOnShutdown();
        QuantumEspressoOracle oracle = pw.oracle(sys, cancel);
        OracleOptions.requireExecutable(oracle);
        // the test set's references (its formation energies use them; read-only when installed), else a cache beside --out
        Path refs = references != null ? references : live.sharedReferences();
        Path ownRefs = references != null ? references : live.ownReferences(out);
        err.println("explore " + sys.label() + ": " + oracle.describe() + (pw.jobs > 1 ? ", " + pw.jobs + " jobs at a time" : ""));
        ReferenceEnergies.Result mu;
        try {
            mu = pw.references(sys, oracle, refs, ownRefs, err);
        } catch (OracleOptions.OracleFailure f) {
            return f.exitCode;
        }

        // the labels file is locked (one writer) from here until the run is saved
        try (ExplorationRun run = live.open(oracle, mu.mu(), pw.np, out)) {
            double eta = ExplorationRun.estimatedSeconds(run.maxNewCalculations(), live.testSet(), pw.jobs);
            err.printf(Locale.ROOT, "  pool: %d structures (%s), %d labelled before; test set: %s (%d entries); "
                            + "%d labels per run, %d runs: at most %d new pw.x runs%s%n", run.poolSize(),
                    poolFile == null ? "seed " + poolSeed : "from " + poolFile, run.labelledCount(), test,
                    testFeatures.rows(), live.labelsPerRun(), plan.runs(), run.maxNewCalculations(),
                    Double.isNaN(eta) ? "" : ", about " + Durations.compact(eta) + " at the test set's mean time per structure");
            ExperimentResult result;
            try {
                result = run.run(roundPrinter(err, plan), (d, t, m) -> err.println("    " + m), cancel);
            } catch (java.io.IOException e) {
                if (e.getCause() instanceof OracleException oe) {
                    err.println("activemat: " + oe.getMessage());
                    return OracleOptions.exitCode(oe);
                }
                throw e;
            }
            if (!result.complete()) err.println("interrupted: saving the " + result.runs().size() + " finished run(s)");
            if (results != null && !result.runs().isEmpty()) ResultsFile.write(results, live.document(result, out, Version.get()));
            if (csv != null) CurvesCsv.write(csv, result);
            PrintWriter o = spec.commandLine().getOut();
            if (!result.runs().isEmpty()) SummaryTable.print(o, result, target, LabelCost.recordedSeconds(DatasetFormats.read(out)));
            o.printf(Locale.ROOT, "%d of the pool's %d structures are labelled in %s (%d failed in total)%n",
                    run.labelledCount(), run.poolSize(), out, FailureLog.open(FailureLog.besides(out)).size());
            o.flush();
            return result.complete() ? ActiveMatCommand.OK : ActiveMatCommand.INTERNAL_ERROR;
        }
    }

    /** Explore's own defaults (a small protocol: every label is a DFT run), overridden by any option given. */
    private ExperimentPlan plan() {
        if (options.strategies == null) options.strategies = List.of(Strategies.BASELINE, Strategies.SUGGEST_DEFAULT);
        if (options.seeds == null) options.seeds = 1;
        if (options.initial == null) options.initial = 10;
        if (options.queries == null) options.queries = 4;
        if (options.batch == null) options.batch = 5;
        return options.plan();
    }

    private static ExperimentListener roundPrinter(PrintWriter err, ExperimentPlan plan) {
        return new ExperimentListener() {
            @Override public void roundFinished(String strategy, int seed, RoundResult r) {
                err.printf(Locale.ROOT, "  %s, seed %d, round %d/%d: %d labels, test MAE %.4f, R² %.3f%n", strategy, seed,
                        r.round(), plan.rounds() - 1, r.labelled(), r.metrics().mae(), r.metrics().r2());
                err.flush();
            }
        };
    }
}

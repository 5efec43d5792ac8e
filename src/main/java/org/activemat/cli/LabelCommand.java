package org.activemat.cli;

import org.activemat.engine.data.SampleData;
import org.activemat.engine.oracle.qe.ChemicalSystem;
import org.activemat.engine.oracle.labelling.FailureLog;
import org.activemat.engine.oracle.labelling.FrameLog;
import org.activemat.engine.oracle.labelling.LabelingRun;
import org.activemat.engine.oracle.Oracle;
import org.activemat.engine.oracle.OracleException;
import org.activemat.engine.oracle.qe.PwOutputFolder;
import org.activemat.engine.oracle.qe.PwInput;
import org.activemat.engine.oracle.qe.QeSettings;
import org.activemat.engine.oracle.qe.QuantumEspressoOracle;
import org.activemat.engine.oracle.qe.ReferenceEnergies;
import org.activemat.engine.oracle.Candidate;
import org.activemat.engine.oracle.generator.CandidateGenerator;
import org.activemat.engine.oracle.generator.UserCandidates;
import org.activemat.engine.task.CancellationToken;
import org.activemat.engine.task.ProgressListener;
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

@Command(name = "label", mixinStandardHelpOptions = true, description =
        "Label generated candidate structures, or your own (--structures), with Quantum ESPRESSO (pw.x) and "
                + "append them to an extended XYZ file. Formation energies use the bundled samples' elemental "
                + "references when their settings match, else computes them first (cached in references.json next to "
                + "the output). Safe to kill and restart: finished frames are kept, ids already in the file (or in "
                + "FILE.failed.tsv) are skipped. To compute elsewhere, --write-inputs writes the pw.x inputs and "
                + "--from-outputs reads their outputs back.")
final class LabelCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--system", paramLabel = "NAME", required = true, description = "Si, C, Fe or TiO")
    String system;

    @Option(names = "--count", paramLabel = "N", description = "converged frames wanted in the output file (generated candidates)")
    Integer count;

    @Option(names = "--structures", paramLabel = "FILE", description = "label the structures of this file instead (extended XYZ, POSCAR, CIF, "
            + "pymatgen/Materials Project or OPTIMADE JSON), made only of the system's elements")
    Path structures;

    @Option(names = "--out", paramLabel = "FILE", description = "extended XYZ file to append to, e.g. sample-data/Si.extxyz")
    Path out;

    @Option(names = "--write-inputs", paramLabel = "DIR", description = "do not run pw.x: write one input per structure, "
            + "DIR/ID.in, with the system's settings, to run elsewhere (a cluster, say); --pseudo-dir sets the pseudopotential "
            + "folder the inputs name")
    Path inputsDir;

    @Option(names = "--from-outputs", paramLabel = "DIR", description = "do not run pw.x: read DIR/ID.out, the outputs of the "
            + "inputs --write-inputs wrote, computed elsewhere; each is checked against its structure and the settings, and "
            + "structures without an output yet are left for a later run")
    Path outputsDir;

    @Mixin OracleOptions pw;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "2601", description = "candidate generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--references", paramLabel = "FILE", description = "reference-energy cache (default: references.json next to --out)")
    Path references;

    @Option(names = "--max-candidates", paramLabel = "N", description = "give up after this many candidate indices (default 4 × count)")
    Integer maxCandidates;

    @Override public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ChemicalSystem sys = OracleOptions.system(system);
        if ((count == null) == (structures == null))
            throw new CliErrors.BadInputException("give either --count (generated candidates) or --structures FILE (your own)");
        if (count != null && count < 1) throw new CliErrors.BadInputException("--count must be at least 1, got " + count);
        if ((out == null) == (inputsDir == null))
            throw new CliErrors.BadInputException("give either --out FILE (run pw.x here) or --write-inputs DIR (inputs only)");
        if (outputsDir != null && out == null)
            throw new CliErrors.BadInputException("--from-outputs DIR needs --out FILE, the frames file to append to");
        if (outputsDir != null && !java.nio.file.Files.isDirectory(outputsDir))
            throw new CliErrors.BadInputException("--from-outputs " + outputsDir + ": no such folder");
        new OutputPaths().input("--structures", structures).output("--out", out).check();
        List<Candidate> own = structures == null ? null : UserCandidates.read(structures, sys);
        if (inputsDir != null) return writeInputs(sys, own != null ? own : generated(sys));
        CancellationToken cancel = OracleOptions.cancelOnShutdown();
        QuantumEspressoOracle oracle = pw.oracle(sys, cancel);
        if (outputsDir == null) OracleOptions.requireExecutable(oracle); // outputs computed elsewhere need no pw.x here
        Oracle labeller = oracle;
        List<Candidate> list = own;
        int waiting = 0;
        if (outputsDir != null) {
            PwOutputFolder folder = new PwOutputFolder(outputsDir, pw.settings(sys));
            List<Candidate> all = own != null ? own : generated(sys);
            PwOutputFolder.Ready ready = folder.ready(all);
            if (!ready.unfinished().isEmpty())
                err.printf("  %d outputs have no JOB DONE yet (still running, or stopped; delete those that will not finish): %s%n",
                        ready.unfinished().size(), String.join(", ", ready.unfinished()));
            list = ready.ready();
            waiting = ready.missing();
            labeller = folder;
        }
        Path refs = references != null ? references : out.toAbsolutePath().resolveSibling("references.json");
        // the bundled samples' references when they were made with these settings: the same μ, no recomputation
        Path bundled = references != null ? refs : SampleData.folder().map(f -> f.resolve("references.json")).orElse(refs);

        err.println("label " + sys.label() + ": " + labeller.describe() + (pw.jobs > 1 ? ", " + pw.jobs + " jobs at a time" : ""));
        // the frames file first: a second labeller of it is refused before it computes anything
        try (FrameLog frames = FrameLog.open(out, m -> err.println("  " + m))) {
            return label(err, sys, oracle, labeller, list, frames, refs, bundled, waiting, cancel);
        }
    }

    private int label(PrintWriter err, ChemicalSystem sys, QuantumEspressoOracle oracle, Oracle labeller, List<Candidate> list,
                      FrameLog frames, Path refs, Path bundled, int waiting, CancellationToken cancel) throws Exception {
        ReferenceEnergies.Result mu;
        try {
            mu = pw.references(sys, oracle, bundled, refs, err);
        } catch (OracleOptions.OracleFailure f) {
            return f.exitCode;
        }

        FailureLog failures = FailureLog.open(FailureLog.besides(out));
        err.printf("  %s holds %d frames, %d candidates failed before; target %s%n", out, frames.size(), failures.size(),
                list == null ? count : "the " + list.size() + " structures " + (outputsDir != null ? "with an output in " + outputsDir
                        : "of " + structures));

        LabelingRun run = new LabelingRun(sys, list == null ? new CandidateGenerator(sys, seed) : null, labeller, mu.mu(), frames,
                failures, outputsDir != null ? 1 : pw.np);
        LabelingRun.Summary s;
        try {
            ProgressListener progress = (d, t, m) -> err.println("  " + m);
            s = list != null ? run.run(list, pw.jobs, progress, cancel)
                    : run.run(count, maxCandidates != null ? maxCandidates : 4 * count, pw.jobs, progress, cancel);
        } catch (java.io.IOException e) {
            if (e.getCause() instanceof OracleException oe) {
                err.println("activemat: " + oe.getMessage());
                return OracleOptions.exitCode(oe);
            }
            throw e;
        }
        spec.commandLine().getOut().printf(Locale.ROOT,
                "%s: %d converged frames in %s (%d new, %d failed now, %d failed in total), %.2f CPU hours now%s%n",
                sys.label(), s.framesInFile(), out, s.labelledNow(), s.failedNow(), failures.size(), s.cpuSeconds() / 3600,
                s.reachedTarget() ? "" : list != null ? " — not every structure converged" : " — target " + count + " not reached");
        if (waiting > 0) err.printf("  %d of the structures have no output in %s yet; run the command again when they do%n",
                waiting, outputsDir);
        return s.reachedTarget() ? ActiveMatCommand.OK : ActiveMatCommand.INTERNAL_ERROR;
    }

    /** The first --count candidates of the generator, as a list (the same ones `label --count` would try first). */
    private List<Candidate> generated(ChemicalSystem sys) {
        CandidateGenerator g = new CandidateGenerator(sys, seed);
        return java.util.stream.IntStream.range(0, count).mapToObj(g::candidate).toList();
    }

    /** The pw.x inputs the oracle would run, one file per structure, named by id; nothing is computed. */
    private int writeInputs(ChemicalSystem sys, List<Candidate> candidates) throws java.io.IOException {
        QeSettings settings = pw.settings(sys);
        PwInput.writeAll(inputsDir, candidates, settings);
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %d pw.x inputs to %s (%s, pseudopotentials from %s); "
                + "run each as pw.x -in ID.in > ID.out%n", candidates.size(), inputsDir, settings.summary(), settings.pseudoDir());
        return ActiveMatCommand.OK;
    }
}

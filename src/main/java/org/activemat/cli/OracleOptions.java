package org.activemat.cli;

import org.activemat.engine.oracle.qe.ChemicalSystem;
import org.activemat.engine.oracle.OracleException;
import org.activemat.engine.oracle.qe.QuantumEspressoOracle;
import org.activemat.engine.oracle.qe.ReferenceEnergies;
import org.activemat.engine.task.CancellationToken;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** How pw.x is run, shared by label and explore: executable, pseudopotentials, ranks, parallel jobs, timeout. */
final class OracleOptions {
    @Option(names = "--np", paramLabel = "N", defaultValue = "1", description = "MPI ranks per pw.x run (default ${DEFAULT-VALUE})")
    int np;

    @Option(names = "--jobs", paramLabel = "J", defaultValue = "1", description = "pw.x runs at a time, each with --np ranks (default ${DEFAULT-VALUE}); "
            + "on a laptop, --jobs <cores> --np 1 labels small cells fastest")
    int jobs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "900", description = "seconds before one pw.x run is abandoned (default ${DEFAULT-VALUE})")
    long timeout;

    @Option(names = "--pw", paramLabel = "EXE", defaultValue = "pw.x", description = "pw.x executable (name on PATH or a path)")
    String pwx;

    @Option(names = "--pseudo-dir", paramLabel = "DIR", description = "folder with the UPF files (default /usr/share/espresso/pseudo)")
    Path pseudoDir;

    @Option(names = "--scratch", paramLabel = "DIR", description = "folder in which each pw.x run gets a new private folder, "
            + "removed afterwards (default: the system's temporary folder)")
    Path scratch;

    /** The oracle for sys; a running pw.x is killed when cancel is. */
    QuantumEspressoOracle oracle(ChemicalSystem sys, CancellationToken cancel) {
        if (np < 1) throw new CliErrors.BadInputException("--np must be at least 1, got " + np);
        if (jobs < 1) throw new CliErrors.BadInputException("--jobs must be at least 1, got " + jobs);
        if (timeout < 1) throw new CliErrors.BadInputException("--timeout must be at least 1 second, got " + timeout);
        Path root = scratch != null ? scratch : Path.of(System.getProperty("java.io.tmpdir"));
        return new QuantumEspressoOracle(settings(sys), pwx, np, Duration.ofSeconds(timeout), root).cancelledBy(cancel);
    }

    /**
     * For commands that will certainly run pw.x: a missing executable is refused before anything is printed, locked or
     * computed (otherwise it surfaces at the first calculation, after the reference energies' header).
     */
    static void requireExecutable(QuantumEspressoOracle oracle) {
        try {
            oracle.executable();
        } catch (OracleException e) {
            throw new CliErrors.BadInputException(e.getMessage());
        }
    }

    /** The system's settings, with --pseudo-dir when given. */
    org.activemat.engine.oracle.qe.QeSettings settings(ChemicalSystem sys) {
        return pseudoDir == null ? sys.settings() : sys.settings().withPseudoDir(pseudoDir);
    }

    static ChemicalSystem system(String name) {
        try {
            return ChemicalSystem.parse(name);
        } catch (IllegalArgumentException e) {
            throw new CliErrors.BadInputException(e.getMessage());
        }
    }

    /**
     * The elemental references: from the preferred cache when it has them, else from (or computed into) the writable
     * one; a failed calculation is reported on err.
     */
    ReferenceEnergies.Result references(ChemicalSystem sys, QuantumEspressoOracle oracle, Path preferred, Path writable,
                                        PrintWriter err) throws java.io.IOException, OracleFailure {
        try {
            ReferenceEnergies.Result mu = ReferenceEnergies.loadOrCompute(sys, oracle, jobs, preferred, writable,
                    (d, t, m) -> err.println("  " + m));
            for (Map.Entry<String, Double> m : mu.mu().entrySet())
                err.printf(Locale.ROOT, "  mu(%s) = %.6f eV/atom%n", m.getKey(), m.getValue());
            return mu;
        } catch (OracleException e) {
            err.println("activemat: reference calculation failed: " + e.getMessage());
            if (!e.outputTail().isEmpty()) err.println(e.outputTail());
            throw new OracleFailure(exitCode(e));
        }
    }

    /** Missing pw.x or pseudopotential, an unusable scratch folder: the user's to fix (2); anything else is a failure (1). */
    static int exitCode(OracleException e) {
        return e.stopsTheRun() ? ActiveMatCommand.BAD_INPUT : ActiveMatCommand.INTERNAL_ERROR;
    }

    /** On kill (Ctrl-C, SIGTERM): stop after the calculations in flight and do not leave pw.x running. */
    static CancellationToken cancelOnShutdown() {
        CancellationToken cancel = new CancellationToken();
        org.activemat.engine.task.ChildProcesses.stopAllOnExit(cancel::cancel);
        return cancel;
    }

    /** A reference calculation failed and was reported; the command exits with this code. */
    static final class OracleFailure extends Exception {
        final int exitCode;

        OracleFailure(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }
    }
}

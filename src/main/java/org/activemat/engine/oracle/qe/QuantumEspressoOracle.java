package org.activemat.engine.oracle.qe;

import org.activemat.engine.oracle.Label;
import org.activemat.engine.oracle.Oracle;
import org.activemat.engine.oracle.OracleException;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Structure;

import org.activemat.engine.task.CancellationToken;
import org.activemat.engine.task.Watchdog;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Labels structures with Quantum ESPRESSO's pw.x: one SCF with forces and stress per structure, run in a scratch
 * folder of its own (new, random name, owner-only, deleted afterwards) with a timeout, under a {@link Watchdog} so that
 * it ends with this JVM. MPI with np ranks when np > 1 and mpirun is found; OMP_NUM_THREADS = 1 so ranks do not
 * oversubscribe the cores.
 */
public final class QuantumEspressoOracle implements Oracle {
    private static final int TAIL_LINES = 25;

    private final QeSettings settings;
    private final String pwx;
    private final int np;
    private final Duration timeout;
    private final Path scratchRoot;
    private final CancellationToken cancel;

    public QuantumEspressoOracle(QeSettings settings, String pwx, int np, Duration timeout, Path scratchRoot) {
        this(settings, pwx, np, timeout, scratchRoot, new CancellationToken());
    }

    private QuantumEspressoOracle(QeSettings settings, String pwx, int np, Duration timeout, Path scratchRoot, CancellationToken cancel) {
        if (np < 1) throw new IllegalArgumentException("need at least one MPI rank, got " + np);
        this.settings = settings;
        this.pwx = pwx;
        this.np = np;
        this.timeout = timeout;
        this.scratchRoot = scratchRoot;
        this.cancel = cancel;
    }

    /** The same oracle, killing a running pw.x within ~0.2 s once the token is cancelled (Cancel in the workbench). */
    public QuantumEspressoOracle cancelledBy(CancellationToken token) {
        return new QuantumEspressoOracle(settings, pwx, np, timeout, scratchRoot, token);
    }

    /** pw.x from the PATH with one rank, the workbench's 15-minute timeout and scratch folders in the temp dir. */
    public static QuantumEspressoOracle desktop(QeSettings settings, CancellationToken cancel) {
        return new QuantumEspressoOracle(settings, "pw.x", 1, Duration.ofMinutes(15),
                Path.of(System.getProperty("java.io.tmpdir")), cancel);
    }

    public QeSettings settings() { return settings; }

    @Override public Label label(String id, Structure structure) throws OracleException {
        return label(id, structure, settings, null);
    }

    /** Labels with other settings (e.g. a spin-polarised O₂ reference) or a fixed k mesh (null = from the spacing). */
    public Label label(String id, Structure structure, QeSettings q, int[] kMesh) throws OracleException {
        checkPseudopotentials(structure, q);
        String exe = resolveExecutable(pwx);
        String input = kMesh == null ? PwInput.write(structure, q) : PwInput.write(structure, q, kMesh);
        Path dir = scratch(id);
        try {
            Path out = dir.resolve("pw.out");
            try {
                Files.writeString(dir.resolve("pw.in"), input, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw unusable(dir, e);
            }
            ProcessBuilder pb = Watchdog.processBuilder(command(exe), dir, out);
            pb.environment().put("OMP_NUM_THREADS", "1");
            long t0 = System.nanoTime();
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                throw new OracleException(OracleException.Reason.MISSING_EXECUTABLE, "cannot start " + exe + ": " + e.getMessage(), "");
            }
            boolean finished = false;
            try {
                long deadline = System.nanoTime() + timeout.toNanos();
                while (!finished && System.nanoTime() < deadline) {
                    if (cancel.isCancelled()) {
                        kill(p);
                        throw new OracleException(OracleException.Reason.CRASHED, "cancelled while pw.x ran for " + id, tail(out));
                    }
                    finished = p.waitFor(Math.min(200, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                kill(p);
                Thread.currentThread().interrupt();
                throw new OracleException(OracleException.Reason.CRASHED, "interrupted while pw.x ran for " + id, tail(out));
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            if (!finished) {
                kill(p);
                throw new OracleException(OracleException.Reason.TIMEOUT,
                        id + ": pw.x did not finish within " + timeout.toSeconds() + " s", tail(out));
            }
            String text;
            try {
                // leniently: a stray non-UTF-8 byte in pw.x's output is not a reason to stop the run
                text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
                Path crash = dir.resolve("CRASH");   // pw.x writes its error message here, not always to stdout
                if (Files.exists(crash)) text = text + "\n" + new String(Files.readAllBytes(crash), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw unusable(dir, e);
            }
            // the shell could not run it (126: not executable, 127: not found): pw.x, not the structure
            if ((p.exitValue() == 126 || p.exitValue() == 127) && !text.contains("PWSCF"))
                throw new OracleException(OracleException.Reason.MISSING_EXECUTABLE, "cannot start " + exe + ": " + text.strip(), "");
            return interpret(id, text, p.exitValue(), structure, q, kMesh, np, wall);
        } finally {
            deleteQuietly(dir);
        }
    }

    /**
     * A new folder for one pw.x run under the scratch root: a random name made by mkdir (so never an existing folder
     * or a symbolic link someone placed), readable by its owner only. Failing to make one is the machine's problem,
     * not the structure's.
     */
    private Path scratch(String id) throws OracleException {
        String stem = org.activemat.engine.data.DataFiles.fileStem(id);
        stem = stem.length() > 40 ? stem.substring(0, 40) : stem;   // the rest of a long id would only risk the name limit
        try {
            if (!Files.isDirectory(scratchRoot)) Files.createDirectories(scratchRoot);
            return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempDirectory(scratchRoot, "activemat-pwx-" + stem + "-",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createTempDirectory(scratchRoot, "activemat-pwx-" + stem + "-");
        } catch (IOException e) {
            throw unusable(scratchRoot, e);
        }
    }

    private static OracleException unusable(Path where, IOException e) {
        String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        return new OracleException(OracleException.Reason.ENVIRONMENT, "cannot use the scratch folder " + where + " for pw.x ("
                + why + "): a problem of this machine, not of the structure (on the command line, --scratch DIR chooses another)", "");
    }

    /**
     * A finished pw.x run's output as a label, or the typed failure it shows: shared with outputs computed elsewhere
     * (exit code 0 when unknown). wall NaN takes the wall time pw.x printed.
     */
    static Label interpret(String id, String text, int exitCode, Structure structure, QeSettings q, int[] kMesh, int np,
                           double wall) throws OracleException {
        PwOutput r = PwOutput.parse(text, structure.size());
        if (!r.errorMessage().isEmpty() || (exitCode != 0 && !text.contains("convergence NOT achieved")))
            throw new OracleException(OracleException.Reason.CRASHED, id + ": pw.x exited with code " + exitCode
                    + (r.errorMessage().isEmpty() ? "" : " (" + r.errorMessage() + ")"), tail(text));
        if (!r.converged())
            throw new OracleException(OracleException.Reason.NOT_CONVERGED,
                    id + ": SCF did not converge within " + q.electronMaxstep() + " iterations", tail(text));
        if (!r.complete())
            throw new OracleException(OracleException.Reason.UNPARSABLE_OUTPUT,
                    id + ": pw.x output lacks energy, forces or stress", tail(text));
        Map<String, String> prov = new LinkedHashMap<>();
        prov.put("code", "Quantum ESPRESSO pw.x " + r.version());
        prov.putAll(q.describe());
        int[] k = kMesh == null ? PwInput.kMesh(structure.lattice(), q.kSpacing()) : kMesh;
        prov.put("kpoints", k[0] + "x" + k[1] + "x" + k[2]);
        prov.put("mpi_ranks", String.valueOf(np));
        prov.put("scf_iterations", String.valueOf(r.scfIterations()));
        return new Label(r.energy(), r.forces(), r.stress(), q.spinPolarised() ? r.totalMagnetization() : Double.NaN,
                Double.isNaN(wall) ? r.wallSeconds() : wall, prov);
    }

    private List<String> command(String exe) {
        List<String> cmd = new ArrayList<>();
        String mpirun = np > 1 ? findOnPath("mpirun") : null;
        if (mpirun != null) {
            cmd.addAll(List.of(mpirun, "--allow-run-as-root", "--oversubscribe", "-np", String.valueOf(np)));
        }
        cmd.addAll(List.of(exe, "-in", "pw.in"));
        return cmd;
    }

    private static void checkPseudopotentials(Structure s, QeSettings q) throws OracleException {
        for (Element e : s.composition().amounts().keySet()) {
            String f;
            try {
                f = q.pseudopotential(e);
            } catch (IllegalArgumentException ex) {
                throw new OracleException(OracleException.Reason.MISSING_PSEUDOPOTENTIAL, ex.getMessage(), "");
            }
            Path p = q.pseudoDir().resolve(f);
            if (!Files.isReadable(p))
                throw new OracleException(OracleException.Reason.MISSING_PSEUDOPOTENTIAL,
                        "pseudopotential " + p + " for " + e.symbol() + " not found", "");
        }
    }

    /** The pw.x this oracle would run, found now: OracleException (MISSING_EXECUTABLE) when it is not there. */
    public String executable() throws OracleException {
        return resolveExecutable(pwx);
    }

    private static String resolveExecutable(String pwx) throws OracleException {
        if (pwx.contains(File.separator)) {
            if (Files.isExecutable(Path.of(pwx))) return pwx;
            throw new OracleException(OracleException.Reason.MISSING_EXECUTABLE, pwx + " is not an executable file", "");
        }
        String found = findOnPath(pwx);
        if (found == null) throw new OracleException(OracleException.Reason.MISSING_EXECUTABLE,
                pwx + " not found on PATH (install Quantum ESPRESSO, e.g. apt-get install quantum-espresso)", "");
        return found;
    }

    public static String findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String d : path.split(File.pathSeparator)) {
            if (d.isEmpty()) continue;
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) return p.toString();
        }
        return null;
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(Path out) {
        try {
            return Files.exists(out) ? tail(PwOutput.readText(out)) : "";   // lenient: a stray byte must not hide the tail
        } catch (IOException e) {
            return "";
        }
    }

    /** The last lines of an output, preceded by any error or non-convergence lines that the timing report pushed out. */
    static String tail(String text) {
        String[] lines = text.split("\\R");
        int from = Math.max(0, lines.length - TAIL_LINES);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < from; i++) {
            String l = lines[i];
            if (l.contains("convergence NOT achieved") || l.contains("Error") || l.contains("%%%%"))
                b.append(l).append('\n');
        }
        if (b.length() > 0) b.append("     [...]\n");
        return b + String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover scratch folder in tmp is harmless
        }
    }

    @Override public String describe() {
        return "Quantum ESPRESSO pw.x (" + settings.summary() + ", np " + np + ")";
    }
}

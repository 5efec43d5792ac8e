package org.activemat.engine.oracle.qe;

import org.activemat.engine.oracle.Label;
import org.activemat.engine.oracle.OracleException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.chem.IdealCrystals;
import org.activemat.engine.task.ProgressListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Elemental chemical potentials μ (eV/atom) for formation energies, computed with exactly the settings the candidates
 * are labelled with: the lowest-energy elemental phase after a small lattice-constant scan (diamond Si; diamond and
 * graphite C; ferromagnetic bcc Fe; hcp Ti) and half a spin-polarised O₂ molecule in a box (bond-length scan).
 * Cached in a JSON file keyed by system and checked against the settings, so a restart does not redo them.
 */
public final class ReferenceEnergies {
    private static final double[] SCAN = {0.96, 0.98, 1.00, 1.02, 1.04};
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One reference calculation: which phase, at which scale, energy per atom. */
    public record Point(String element, String phase, double scale, double energyPerAtom, double wallSeconds) {}

    /** μ per element and the calculations behind it. */
    public record Result(Map<String, Double> mu, List<Point> points, Map<String, String> settings) {
        public double cpuSeconds() { return points.stream().mapToDouble(Point::wallSeconds).sum(); }
    }

    private ReferenceEnergies() {}

    /** Loads μ for the system from the cache, or computes and stores them when absent or made with other settings. */
    public static Result loadOrCompute(ChemicalSystem system, QuantumEspressoOracle oracle, int jobs, Path cache,
                                       ProgressListener progress) throws IOException, OracleException {
        Optional<Result> cached = load(system, oracle, cache);
        if (cached.isPresent()) return cached.get();
        Result r = compute(system, oracle, jobs, progress);
        store(cache, system, r);
        return r;
    }

    /**
     * As loadOrCompute, reading the preferred cache (e.g. the bundled samples', which may be read-only) when it holds
     * the system with these settings, else the writable one.
     */
    public static Result loadOrCompute(ChemicalSystem system, QuantumEspressoOracle oracle, int jobs, Path preferred,
                                       Path writable, ProgressListener progress) throws IOException, OracleException {
        Optional<Result> cached = load(system, oracle, preferred);
        return cached.isPresent() ? cached.get() : loadOrCompute(system, oracle, jobs, writable, progress);
    }

    /** μ for the system from the cache when it holds them for the oracle's settings. */
    public static Optional<Result> load(ChemicalSystem system, QuantumEspressoOracle oracle, Path cache) throws IOException {
        if (cache == null || !Files.isRegularFile(cache)) return Optional.empty();
        JsonNode cached = JSON.readTree(cache.toFile()).get(system.label());
        return cached != null && settingsMatch(cached.get("settings"), oracle.settings().describe())
                ? Optional.of(fromJson(cached)) : Optional.empty();
    }

    /** Merges one system's entry into the cache; other label processes may write theirs at the same time. */
    private static void store(Path cache, ChemicalSystem system, Result r) throws IOException {
        Path parent = cache.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Path lock = cache.resolveSibling(cache.getFileName() + ".lock");
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(lock,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock ignored = ch.lock()) {
            ObjectNode root = Files.exists(cache) ? (ObjectNode) JSON.readTree(cache.toFile()) : JSON.createObjectNode();
            root.set(system.label(), toJson(r));
            Path tmp = cache.resolveSibling(cache.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            JSON.writeValue(tmp.toFile(), root);
            Files.move(tmp, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * Runs the reference scans, up to {@code jobs} pw.x calculations at a time: first every scan point, then the
     * parabola vertex of each scan. The result does not depend on jobs.
     */
    public static Result compute(ChemicalSystem system, QuantumEspressoOracle oracle, int jobs, ProgressListener progress)
            throws OracleException {
        List<Scan> scans = switch (system) {
            case SI -> List.of(lattice(oracle, "diamond", IdealCrystals.diamond(Element.of("Si"), 5.47), false));
            case C -> List.of(lattice(oracle, "diamond", IdealCrystals.diamond(Element.of("C"), 3.57), false),
                    lattice(oracle, "graphite", IdealCrystals.graphite(Element.of("C"), 2.46, 6.70), true));
            case FE -> List.of(lattice(oracle, "bcc-FM", IdealCrystals.bccConv(Element.of("Fe"), 2.83), false));
            case TIO -> List.of(lattice(oracle, "hcp", IdealCrystals.hcp(Element.of("Ti"), 2.90, 4.60), false), oxygenMolecule(oracle));
        };
        int total = scans.stream().mapToInt(sc -> sc.xs().length + 1).sum();
        AtomicInteger started = new AtomicInteger();
        List<Calculation> grid = new ArrayList<>();
        for (Scan sc : scans)
            for (double x : sc.xs()) grid.add(new Calculation(sc, x));
        List<Point> scanned = runAll(grid, jobs, progress, started, total);

        List<Calculation> vertices = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        int k = 0;
        for (Scan sc : scans) {
            List<Point> own = scanned.subList(k, k += sc.xs().length);
            points.addAll(own);
            vertices.add(new Calculation(sc, parabolaMinimum(sc.xs(), own.stream().mapToDouble(Point::energyPerAtom).toArray())));
        }
        points.addAll(runAll(vertices, jobs, progress, started, total));

        Map<String, Double> mu = new LinkedHashMap<>();
        for (Point p : points) mu.merge(p.element(), p.energyPerAtom(), Math::min);
        return new Result(mu, points, oracle.settings().describe());
    }

    private record Calculation(Scan scan, double x) {}

    /** Runs the calculations, jobs at a time; the points come back in the order of the list. */
    private static List<Point> runAll(List<Calculation> calcs, int jobs, ProgressListener progress, AtomicInteger started,
                                      int total) throws OracleException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, calcs.size())), r -> {
            Thread t = new Thread(r, "reference-energies");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Point>> futures = new ArrayList<>();
            for (Calculation c : calcs)
                futures.add(pool.submit(() -> {
                    progress.progress(started.getAndIncrement(), total, c.scan().describe(c.x()));
                    return c.scan().at(c.x());
                }));
            List<Point> points = new ArrayList<>();
            for (Future<Point> f : futures) points.add(f.get());
            return points;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OracleException oe) throw oe;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OracleException(OracleException.Reason.CRASHED, "interrupted during the reference calculations", "");
        } finally {
            pool.shutdownNow();   // after a failure, interrupting the others kills their pw.x
        }
    }

    /** One reference scan: the calculation at each value of a parameter (lattice scale, bond length). */
    private record Scan(String title, double[] xs, ScanPoint point) {
        Point at(double x) throws OracleException { return point.at(x); }
        String describe(double x) { return "reference " + title + String.format(Locale.ROOT, " %.4f", x); }
    }

    private interface ScanPoint { Point at(double x) throws OracleException; }

    /** An elemental crystal under a uniform scale of its lattice (graphite: in plane only); μ is its energy per atom. */
    private static Scan lattice(QuantumEspressoOracle oracle, String phase, Structure s, boolean inPlaneOnly) {
        String el = s.species(0).symbol();
        return new Scan(el + " " + phase + " scale", SCAN, x -> {
            Structure st = scaled(s, new double[][]{{x, 0, 0}, {0, x, 0}, {0, 0, inPlaneOnly ? 1 : x}});
            Label l = oracle.label("ref-" + el + "-" + phase, st);
            return new Point(el, phase, x, l.energy() / st.size(), l.wallSeconds());
        });
    }

    /** O₂ (triplet) in an 8 × 8.5 × 9 Å box at Γ, the bond scanned around 1.22 Å; μ_O = E(O₂)/2. */
    private static Scan oxygenMolecule(QuantumEspressoOracle oracle) {
        QeSettings spin = oracle.settings().withStartingMagnetization(Map.of("O", 0.5));
        Element o = Element.of("O");
        return new Scan("O2 bond", new double[]{1.18, 1.22, 1.26}, bond -> {
            Structure s = new Structure(Lattice.orthorhombic(8.0, 8.5, 9.0), List.of(o, o),
                    new double[][]{{4.0, 4.25, 4.5 - bond / 2}, {4.0, 4.25, 4.5 + bond / 2}});
            Label l = oracle.label("ref-O2", s, spin, new int[]{1, 1, 1});
            return new Point("O", String.format(Locale.ROOT, "O2-molecule bond %.4f A, M=%.2f", bond, l.totalMagnetization()),
                    bond, l.energy() / 2, l.wallSeconds());
        });
    }

    /** Vertex of the parabola through the points, clamped to the scanned range. */
    static double parabolaMinimum(double[] x, double[] y) {
        // least squares fit y = a + b x + c x²
        double[][] a = new double[3][4];
        for (int i = 0; i < x.length; i++) {
            double[] row = {1, x[i], x[i] * x[i]};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) a[r][c] += row[r] * row[c];
                a[r][3] += row[r] * y[i];
            }
        }
        for (int p = 0; p < 3; p++)
            for (int r = p + 1; r < 3; r++) {
                double f = a[r][p] / a[p][p];
                for (int c = p; c < 4; c++) a[r][c] -= f * a[p][c];
            }
        double c2 = a[2][3] / a[2][2];
        double c1 = (a[1][3] - a[1][2] * c2) / a[1][1];
        double lo = x[0], hi = x[x.length - 1];
        if (!(c2 > 0)) return x[argmin(y)];
        return Math.max(lo, Math.min(hi, -c1 / (2 * c2)));
    }

    private static int argmin(double[] y) {
        int k = 0;
        for (int i = 1; i < y.length; i++) if (y[i] < y[k]) k = i;
        return k;
    }

    private static Structure scaled(Structure s, double[][] def) {
        Lattice l = s.lattice().deformed(def);
        double[][] frac = new double[s.size()][];
        for (int i = 0; i < s.size(); i++) frac[i] = s.fractional(i);
        return Structure.fromFractional(l, s.species(), frac);
    }

    private static boolean settingsMatch(JsonNode node, Map<String, String> settings) {
        if (node == null) return false;
        for (Map.Entry<String, String> s : settings.entrySet())
            if (!s.getValue().equals(node.path(s.getKey()).asText(null))) return false;
        return true;
    }

    private static ObjectNode toJson(Result r) {
        ObjectNode n = JSON.createObjectNode();
        ObjectNode s = n.putObject("settings");
        r.settings().forEach(s::put);
        ObjectNode mu = n.putObject("mu_eV_per_atom");
        r.mu().forEach(mu::put);
        ArrayNode pts = n.putArray("calculations");
        for (Point p : r.points()) {
            ObjectNode o = pts.addObject();
            o.put("element", p.element());
            o.put("phase", p.phase());
            o.put("scale", p.scale());
            o.put("energy_per_atom_eV", p.energyPerAtom());
            o.put("wall_seconds", p.wallSeconds());
        }
        return n;
    }

    private static Result fromJson(JsonNode n) {
        Map<String, String> settings = new LinkedHashMap<>();
        n.get("settings").fields().forEachRemaining(f -> settings.put(f.getKey(), f.getValue().asText()));
        Map<String, Double> mu = new LinkedHashMap<>();
        n.get("mu_eV_per_atom").fields().forEachRemaining(f -> mu.put(f.getKey(), f.getValue().asDouble()));
        List<Point> pts = new ArrayList<>();
        for (JsonNode p : n.path("calculations"))
            pts.add(new Point(p.get("element").asText(), p.get("phase").asText(), p.get("scale").asDouble(),
                    p.get("energy_per_atom_eV").asDouble(), p.get("wall_seconds").asDouble()));
        return new Result(mu, pts, settings);
    }
}

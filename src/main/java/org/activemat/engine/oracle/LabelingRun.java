package org.activemat.engine.oracle;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.Entry;
import org.activemat.engine.oracle.generator.Candidate;
import org.activemat.engine.oracle.generator.CandidateGenerator;
import org.activemat.engine.task.CancellationToken;
import org.activemat.engine.task.ProgressListener;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Labels generated candidates in index order until the frames file holds the requested number of converged frames.
 * Each result is appended as soon as it is known (FrameLog), failures go to the FailureLog and the batch goes on;
 * ids found in either file are skipped, so a killed run resumes where it stopped.
 */
public final class LabelingRun {

    /** What a run did: frames in the file at the end, frames and failures added now, CPU seconds spent now. */
    public record Summary(int framesInFile, int labelledNow, int failedNow, int skipped, double cpuSeconds,
                          boolean reachedTarget) {}

    private final ChemicalSystem system;
    private final CandidateGenerator generator;
    private final Oracle oracle;
    private final Map<String, Double> mu;
    private final FrameLog frames;
    private final FailureLog failures;
    private final int ranks;

    public LabelingRun(ChemicalSystem system, CandidateGenerator generator, Oracle oracle, Map<String, Double> mu,
                       FrameLog frames, FailureLog failures, int ranks) {
        this.system = system;
        this.generator = generator;
        this.oracle = oracle;
        this.mu = Map.copyOf(mu);
        this.frames = frames;
        this.failures = failures;
        this.ranks = ranks;
    }

    /**
     * Runs until target frames are in the file, maxCandidates indices were tried, or cancelled.
     * Progress messages carry the candidate, its result and an ETA from the mean cost of this session's labels.
     */
    public Summary run(int target, int maxCandidates, ProgressListener progress, CancellationToken cancel) throws IOException {
        int labelled = 0, failed = 0, skipped = 0;
        double cpu = 0, wallSum = 0;
        for (int i = 0; i < maxCandidates && frames.size() < target; i++) {
            if (cancel.isCancelled()) break;
            Candidate c = generator.candidate(i);
            if (frames.ids().contains(c.id()) || failures.contains(c.id())) { skipped++; continue; }
            long t0 = System.nanoTime();
            String outcome;
            try {
                Label l = oracle.label(c.id(), c.structure());
                frames.append(toEntry(c, l));
                labelled++;
                cpu += l.wallSeconds() * ranks;
                wallSum += l.wallSeconds();
                outcome = String.format(Locale.ROOT, "E=%.4f eV/atom, %.1f s", l.energy() / c.structure().size(), l.wallSeconds());
            } catch (OracleException e) {
                if (cancel.isCancelled()) break;   // pw.x was stopped by the cancel (e.g. on kill): not the candidate's fault
                double wall = (System.nanoTime() - t0) / 1e9;
                if (e.reason() == OracleException.Reason.MISSING_EXECUTABLE
                        || e.reason() == OracleException.Reason.MISSING_PSEUDOPOTENTIAL) throw new IOException(e.getMessage(), e);
                failures.record(c.id(), e, wall);
                failed++;
                cpu += wall * ranks;
                outcome = "FAILED " + e.getMessage();
            }
            int remaining = target - frames.size();
            double mean = labelled > 0 ? wallSum / labelled : Double.NaN;
            String eta = Double.isNaN(mean) ? "?" : duration(mean * remaining * (1 + (double) failed / Math.max(1, labelled)));
            progress.progress(frames.size(), target, String.format(Locale.ROOT, "%s (%d atoms): %s | %d/%d done, %d failed, ETA %s",
                    c.id(), c.structure().size(), outcome, frames.size(), target, failures.size(), eta));
        }
        return new Summary(frames.size(), labelled, failed, skipped, cpu, frames.size() >= target);
    }

    /** The frame written for a labelled candidate: labels, per-atom forces, and how the structure was made. */
    Entry toEntry(Candidate c, Label l) {
        Structure s = c.structure();
        int n = s.size();
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("energy", l.energy());
        p.put("energy_per_atom", l.energy() / n);
        p.put("formation_energy_per_atom", formationEnergyPerAtom(s, l.energy(), mu));
        String[] ax = {"x", "y", "z"};
        int[][] voigt = {{0, 0}, {1, 1}, {2, 2}, {1, 2}, {0, 2}, {0, 1}};
        for (int[] v : voigt) p.put("stress_" + ax[v[0]] + ax[v[1]], l.stress()[v[0]][v[1]]);
        p.put("pressure", -(l.stress()[0][0] + l.stress()[1][1] + l.stress()[2][2]) / 3);
        double fmax = 0;
        for (double[] f : l.forces()) fmax = Math.max(fmax, Math.sqrt(f[0] * f[0] + f[1] * f[1] + f[2] * f[2]));
        p.put("max_force", fmax);
        if (l.spinPolarised()) {
            p.put("magnetization", l.totalMagnetization());
            p.put("magnetization_per_atom", l.totalMagnetization() / n);
        }
        p.put("wall_seconds", Math.round(l.wallSeconds() * 100) / 100.0);
        Map<String, String> info = new LinkedHashMap<>();
        info.put("system", system.label());
        info.put("prototype", c.prototype());
        info.put("cell", c.info().get("cell"));
        info.put("transformation", c.info().get("transformation"));
        StringBuilder how = new StringBuilder();
        for (String k : new String[]{"strain_iso", "strain_shear_max", "rattle_A", "vacancy"})
            if (c.info().containsKey(k)) how.append(how.length() > 0 ? " " : "").append(k).append(':').append(c.info().get(k));
        info.put("generator", how.toString());
        info.put("kpoints", l.provenance().getOrDefault("kpoints", ""));
        info.put("calculator", l.provenance().getOrDefault("code", oracle.describe()) + " "
                + l.provenance().getOrDefault("functional", ""));
        return new Entry(c.id(), s, null, p, Map.of("forces", l.forces()), info, "activemat label");
    }

    /** (E − Σ n_el μ_el) / N, the energy per atom relative to the elemental references. */
    public static double formationEnergyPerAtom(Structure s, double energy, Map<String, Double> mu) {
        double ref = 0;
        for (Element e : s.species()) {
            Double m = mu.get(e.symbol());
            if (m == null) throw new IllegalArgumentException("no reference energy for " + e.symbol());
            ref += m;
        }
        return (energy - ref) / s.size();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}

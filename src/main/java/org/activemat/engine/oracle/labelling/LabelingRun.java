package org.activemat.engine.oracle.labelling;

import org.activemat.engine.oracle.Label;
import org.activemat.engine.oracle.Oracle;
import org.activemat.engine.oracle.OracleException;
import org.activemat.engine.oracle.qe.ChemicalSystem;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.Entry;
import org.activemat.engine.oracle.Candidate;
import org.activemat.engine.oracle.generator.CandidateGenerator;
import org.activemat.engine.task.CancellationToken;
import org.activemat.engine.task.Durations;
import org.activemat.engine.task.ProgressListener;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Labels generated candidates in index order until the frames file holds the requested number of converged frames,
 * one or several calculations at a time.
 * Each result is appended as soon as it is known (FrameLog), failures go to the FailureLog and the batch goes on;
 * ids found in either file are skipped, so a killed run resumes where it stopped.
 */
public final class LabelingRun {

    /** What a run did: frames in the file at the end, frames and failures added now, CPU seconds spent now. */
    public record Summary(int framesInFile, int labelledNow, int failedNow, int skipped, double cpuSeconds,
                          boolean reachedTarget) {}

    private final ChemicalSystem system;
    private final CandidateGenerator generator;   // null when it only labels given lists
    private final Oracle oracle;
    private final Map<String, Double> mu;
    private final FrameLog frames;
    private final FailureLog failures;
    private final int ranks;
    private java.util.function.Consumer<Entry> onFrame = f -> {};

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

    /** Also hands each frame to listener as soon as it is written (on the worker thread that computed it). */
    public LabelingRun onFrame(java.util.function.Consumer<Entry> listener) {
        this.onFrame = listener;
        return this;
    }

    /** Labels one candidate at a time; see {@link #run(int, int, int, ProgressListener, CancellationToken)}. */
    public Summary run(int target, int maxCandidates, ProgressListener progress, CancellationToken cancel) throws IOException {
        return run(target, maxCandidates, 1, progress, cancel);
    }

    /**
     * Runs until target frames are in the file, maxCandidates indices were tried, or cancelled, with {@code jobs}
     * calculations at a time (several small one-rank pw.x runs use cores better than one MPI run of a 2-atom cell).
     * Candidates are claimed in index order and a new one is started only while the frames in the file plus those
     * in flight are short of the target, so the set labelled is the one a single job would label.
     * Progress messages carry the candidate, its result and an ETA from the mean cost of this session's labels.
     */
    public Summary run(int target, int maxCandidates, int jobs, ProgressListener progress, CancellationToken cancel) throws IOException {
        if (generator == null) throw new IllegalStateException("this labeller has no candidate generator");
        Batch batch = execute(new Batch(generator::candidate, maxCandidates, target, jobs, progress, cancel));
        return new Summary(frames.size(), batch.labelled, batch.failed, batch.skipped, batch.cpu, frames.size() >= target);
    }

    /**
     * Labels every candidate of the list that is neither in the frames file nor in the failure log, jobs at a time,
     * and returns the frames it added (the live oracle of an exploration: the strategy chose these).
     */
    public List<Entry> label(List<Candidate> candidates, int jobs, ProgressListener progress, CancellationToken cancel) throws IOException {
        return execute(new Batch(candidates::get, candidates.size(), Integer.MAX_VALUE, jobs, progress, cancel)).added;
    }

    /** As label, for a whole list (the user's own structures); the target is reached when every one is in the file. */
    public Summary run(List<Candidate> candidates, int jobs, ProgressListener progress, CancellationToken cancel) throws IOException {
        Batch b = execute(new Batch(candidates::get, candidates.size(), Integer.MAX_VALUE, jobs, progress, cancel));
        boolean all = candidates.stream().allMatch(c -> frames.ids().contains(c.id()));
        return new Summary(frames.size(), b.labelled, b.failed, b.skipped, b.cpu, all);
    }

    FrameLog frames() { return frames; }

    /** True when the candidate failed before (now or in an earlier run): it is never retried. */
    public boolean failed(String id) { return failures.contains(id); }

    private Batch execute(Batch batch) throws IOException {
        if (batch.jobs < 1) throw new IllegalArgumentException("jobs must be at least 1, got " + batch.jobs);
        if (batch.jobs == 1) {
            batch.work();
            return batch;
        }
        ExecutorService pool = Executors.newFixedThreadPool(batch.jobs, r -> {
            Thread t = new Thread(r, "label-" + system.label());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> done = pool.invokeAll(Collections.nCopies(batch.jobs, () -> { batch.work(); return null; }));
            for (Future<Void> f : done) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            batch.cancel.cancel();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return batch;
    }

    /** The shared state of one run's workers; every field is guarded by the Batch's monitor. */
    private final class Batch {
        final IntFunction<Candidate> source;
        final int maxCandidates, target, jobs;
        final ProgressListener progress;
        final CancellationToken cancel;
        final List<Entry> added = new ArrayList<>();
        int next, inFlight, labelled, failed, skipped;
        double cpu, wallSum;
        IOException fatal;

        /** Candidates source(0 … maxCandidates − 1), until the frames file holds target frames. */
        Batch(IntFunction<Candidate> source, int maxCandidates, int target, int jobs, ProgressListener progress,
              CancellationToken cancel) {
            this.source = source;
            this.target = target;
            this.maxCandidates = maxCandidates;
            this.jobs = jobs;
            this.progress = progress;
            this.cancel = cancel;
        }

        void work() throws IOException {
            for (Candidate c; (c = claim()) != null; ) {
                long t0 = System.nanoTime();
                Label label = null;
                OracleException error = null;
                try {
                    label = oracle.label(c.id(), c.structure());
                } catch (OracleException e) {
                    error = e;
                }
                finish(c, label, error, (System.nanoTime() - t0) / 1e9);
            }
        }

        /** The next candidate to label, or null when the run should stop. */
        synchronized Candidate claim() throws IOException {
            if (fatal != null) throw fatal;
            while (!cancel.isCancelled() && next < maxCandidates && frames.size() + inFlight < target) {
                Candidate c = source.apply(next++);
                if (frames.ids().contains(c.id()) || failures.contains(c.id())) { skipped++; continue; }
                inFlight++;
                return c;
            }
            return null;
        }

        synchronized void finish(Candidate c, Label l, OracleException e, double wall) throws IOException {
            inFlight--;
            String outcome;
            if (l != null) {
                try {
                    Entry frame = toEntry(c, l);
                    frames.append(frame);
                    added.add(frame);
                    onFrame.accept(frame);
                } catch (IOException io) {
                    fatal = io;
                    throw io;
                }
                labelled++;
                cpu += l.wallSeconds() * ranks;
                wallSum += l.wallSeconds();
                outcome = String.format(Locale.ROOT, "E=%.4f eV/atom (formation %+.3f), %.1f s", l.energy() / c.structure().size(),
                        formationEnergyPerAtom(c.structure(), l.energy(), mu), l.wallSeconds());
            } else {
                if (cancel.isCancelled()) return;   // pw.x was stopped by the cancel (e.g. on kill): not the candidate's fault
                if (e.stopsTheRun()) {
                    fatal = new IOException(e.getMessage(), e);
                    throw fatal;
                }
                failures.record(c.id(), e, wall);
                failed++;
                cpu += wall * ranks;
                outcome = "FAILED " + e.getMessage();
            }
            boolean list = target == Integer.MAX_VALUE;   // label(list): count within this batch, not the file
            int done = list ? labelled + failed : frames.size(), goal = list ? maxCandidates - skipped : target;
            int remaining = goal - done;
            double mean = labelled > 0 ? wallSum / labelled : Double.NaN;
            String eta = Double.isNaN(mean) ? "?"
                    : Durations.compact(mean * remaining * (1 + (double) failed / Math.max(1, labelled)) / Math.min(jobs, Math.max(1, remaining)));
            progress.progress(done, goal, String.format(Locale.ROOT, "%s (%d atoms): %s | %d/%d %s, %d failed, ETA %s",
                    c.id(), c.structure().size(), outcome, done, goal, list ? "of this batch" : "done", failures.size(), eta));
        }
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
        info.put("cell", c.info().getOrDefault("cell", ""));
        info.put("transformation", c.info().getOrDefault("transformation", ""));
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
}

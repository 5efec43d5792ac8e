package org.activemat.cli;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetFilters;
import org.activemat.engine.data.SampleData;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.ExperimentRunner;
import org.activemat.engine.task.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the paper protocol on one dataset (default: the first bundled sample-data file, else a "
                + "built-in synthetic 17-feature set) and print wall seconds and sample-epochs per second.")
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", paramLabel = "FILE", description = "dataset to time on (default: bundled sample data)")
    Path data;

    @Option(names = "--target", paramLabel = "NAME",
            description = "target property (default: the first of energy_per_atom, formation_energy_per_atom, energy the data has)")
    String target;

    private static final List<String> DEFAULT_TARGETS = List.of("energy_per_atom", "formation_energy_per_atom", "energy");

    @Option(names = "--synthetic", description = "time on the built-in synthetic set even if sample data is bundled")
    boolean synthetic;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Option(names = "--all-samples", description = "time the protocol on every bundled system in one go (the paper's four-system comparison)")
    boolean allSamples;

    @Mixin ExperimentOptions options;

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        ExperimentPlan plan = options.plan();
        if (synthetic && data != null) throw new CliErrors.BadInputException("--synthetic and --data: give one or the other");
        if (allSamples && (data != null || synthetic))
            throw new CliErrors.BadInputException("--all-samples times the bundled systems: leave out " + (data != null ? "--data" : "--synthetic"));
        if (allSamples) return allSamples(plan, out, err);
        FeatureMatrix fm = null;
        String what = null;
        if (data != null) {
            fm = load(data);
            what = data + " (" + fm.rows() + " entries after filters, target " + fm.target() + ", paper-17)";
            List<String> problems = plan.problems(fm.rows());
            if (!problems.isEmpty()) throw new CliErrors.BadInputException(data.getFileName() + ": " + String.join("; ", problems));
        } else if (!synthetic) {
            // the first bundled system large enough for the protocol
            for (Path p : SampleData.files()) {
                FeatureMatrix candidate = load(p);
                if (plan.problems(candidate.rows()).isEmpty()) {
                    fm = candidate;
                    what = p + " (bundled; " + fm.rows() + " entries after filters, target " + fm.target() + ", paper-17)";
                    break;
                }
            }
        }
        if (fm == null) {
            fm = synthetic(300);
            what = "built-in synthetic set (300 rows × 17 smooth features; "
                    + (synthetic ? "--synthetic" : "no bundled sample data large enough for the protocol") + ")";
        }

        out.println("data: " + what);
        out.printf(Locale.ROOT, "protocol: %d strategies × %d seeds, %d labels in %d rounds, %d members %s, %d epochs, batch %d, %d threads%n",
                plan.strategies().size(), plan.seeds().size(), plan.labelCounts()[plan.rounds() - 1], plan.rounds(),
                plan.model().members(), plan.model().settings().hiddenLayers(), plan.model().settings().epochs(),
                plan.model().settings().batchSize(), plan.threads());
        out.flush();
        double cpu0 = processCpuSeconds();
        ExperimentResult r = RunCommand.execute(fm, plan, err, quiet, new CancellationToken());
        double cpu = processCpuSeconds() - cpu0;
        long sampleEpochs = ExperimentRunner.trainedSampleEpochs(r);
        out.printf(Locale.ROOT, "wall: %.1f s for %d runs; %d sample-epochs trained; %.0f sample-epochs/s%n",
                r.wallSeconds(), r.runs().size(), sampleEpochs, sampleEpochs / r.wallSeconds());
        // CPU time tells the cost apart from waiting when the machine is shared with other jobs
        if (cpu > 0) out.printf(Locale.ROOT, "cpu: %.1f s (all threads of this process); %.2f µs per sample-epoch of CPU%n",
                cpu, cpu / sampleEpochs * 1e6);
        printPeaks(out);
        SummaryTable.print(out, r, fm.target());
        return 0;
    }

    /** The protocol on each bundled system, one after another in this process, with the totals. */
    private int allSamples(ExperimentPlan plan, PrintWriter out, PrintWriter err) throws Exception {
        List<Path> files = SampleData.files();
        if (files.isEmpty()) throw new CliErrors.BadInputException("--all-samples: no bundled sample data found");
        if (target == null) target = "formation_energy_per_atom";   // as the study: comparable across systems
        out.println("protocol: " + StudyCommand.describe(plan) + ", " + plan.threads() + " threads, on " + files.size() + " systems");
        out.flush();
        double cpu0 = processCpuSeconds(), wall = 0;
        long sampleEpochs = 0, runs = 0;
        for (Path f : files) {
            FeatureMatrix fm = load(f);
            List<String> problems = plan.problems(fm.rows());
            if (!problems.isEmpty()) throw new CliErrors.BadInputException(f.getFileName() + ": " + String.join("; ", problems));
            ExperimentResult r = RunCommand.execute(fm, plan, err, true, new CancellationToken());
            wall += r.wallSeconds();
            sampleEpochs += ExperimentRunner.trainedSampleEpochs(r);
            runs += r.runs().size();
            out.printf(Locale.ROOT, "  %-16s %4d entries, target %s: %.1f s, final MAE %s%n", f.getFileName(), fm.rows(), fm.target(),
                    r.wallSeconds(), org.activemat.engine.study.PairedSummary.of(fm.target(), r).strategies().stream()
                            .map(st -> st.strategy() + " " + String.format(Locale.ROOT, "%.4g", st.finalMaeMean())).toList());
            out.flush();
        }
        double cpu = processCpuSeconds() - cpu0;
        out.printf(Locale.ROOT, "wall: %.1f s for %d runs; %d sample-epochs trained; %.0f sample-epochs/s%n", wall, runs, sampleEpochs, sampleEpochs / wall);
        if (cpu > 0) out.printf(Locale.ROOT, "cpu: %.1f s (all threads of this process); %.2f µs per sample-epoch of CPU%n",
                cpu, cpu / sampleEpochs * 1e6);
        printPeaks(out);
        return 0;
    }

    /** Peak heap (all heap pools) and, on Linux, peak resident memory of this process. */
    private static void printPeaks(PrintWriter out) {
        long heap = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == java.lang.management.MemoryType.HEAP) heap += pool.getPeakUsage().getUsed();
        String rss = "";
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status")))
                if (line.startsWith("VmHWM:")) rss = ", peak RSS " + Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB";
        } catch (java.io.IOException | RuntimeException noProc) {
            // not Linux: heap only
        }
        out.printf(Locale.ROOT, "memory: peak heap %d MB%s%n", heap >> 20, rss);
    }

    private static double processCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    private FeatureMatrix load(Path file) throws Exception {
        Dataset d = DatasetFormats.read(file);
        String t = target != null ? target : DEFAULT_TARGETS.stream().filter(d.propertyNames()::contains).findFirst()
                .orElseThrow(() -> new CliErrors.BadInputException(file.getFileName() + ": none of " + DEFAULT_TARGETS
                        + " is a property; choose one with --target (available: " + String.join(", ", d.propertyNames()) + ")"));
        Dataset kept = DatasetFilters.apply(d, DatasetFilters.Settings.paper(t)).dataset();
        return RunCommand.features(kept, org.activemat.engine.descriptor.Descriptors.DEFAULT, t, List.of());
    }

    /** A smooth nonlinear function of 17 Gaussian features, so the bench runs without any data file. */
    static FeatureMatrix synthetic(int rows) {
        Random rng = new Random(2601_06916L);
        double[][] x = new double[rows][17];
        double[] y = new double[rows];
        List<String> ids = new ArrayList<>(), formulas = new ArrayList<>(), names = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < 17; j++) x[i][j] = rng.nextGaussian();
            double[] v = x[i];
            y[i] = Math.sin(v[0]) + 0.5 * v[1] * v[2] + 0.3 * v[3] * v[3] - 0.4 * Math.tanh(2 * v[4]) + 0.2 * v[5] + 0.02 * rng.nextGaussian();
            ids.add("synthetic-" + i);
            formulas.add("X");
        }
        for (int j = 0; j < 17; j++) names.add("x" + j);
        return new FeatureMatrix(ids, formulas, names, x, y, "y", List.of());
    }
}

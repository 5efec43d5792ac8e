package org.activemat.cli;

import org.activemat.Version;
import org.activemat.engine.data.SampleData;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.experiment.ReplaySpec;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.RoundResult;
import org.activemat.engine.loop.RunResult;
import org.activemat.engine.study.Study;
import org.activemat.engine.study.StudyFile;
import org.activemat.engine.study.StudyListener;
import org.activemat.engine.study.StudyRun;
import org.activemat.engine.study.StudySystem;
import org.activemat.engine.study.Sweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "study", mixinStandardHelpOptions = true,
        description = "The paper's comparison on several systems in one operation: strategies × seeds on each dataset "
                + "(default: the four bundled systems), paired by seed, with a verdict per system, one results file per "
                + "system and a study file, the combined table on stdout, the figures and an HTML report.")
final class StudyCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", split = ",", paramLabel = "FILE", description = "datasets, one system each (default: the bundled samples)")
    List<Path> data;

    @Option(names = "--target", defaultValue = "formation_energy_per_atom", paramLabel = "NAME",
            description = "property to learn on every system (default ${DEFAULT-VALUE})")
    String target;

    @Mixin DescriptorOption descriptors;

    @Option(names = "--sweep", paramLabel = "SETTING=V1,V2,…",
            description = "vary one setting with the same seeds: batch, initial, queries, members, epochs, descriptors or "
                    + "STRATEGY.PARAMETER (e.g. batch=5,10,15,20, hybrid.alpha=0.2,0.6,1)")
    String sweep;

    @Mixin FilterOptions filters;

    @Mixin ExperimentOptions options;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the results files, study.json, tables and figures")
    Path out;

    @Option(names = "--report", paramLabel = "FILE", description = "the HTML report (default: DIR/report.html)")
    Path report;

    @Option(names = "--quiet", description = "no progress bar")
    boolean quiet;

    @Override public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!spec.commandLine().getParseResult().hasMatchedOption("--preset")) options.preset = "study";
        ExperimentPlan plan = options.plan();
        List<Path> files = data != null ? data : SampleData.files();
        if (files.isEmpty()) throw new CliErrors.BadInputException("no bundled sample data found: give datasets with --data");
        new OutputPaths().inputs("--data", files).output("--report", report).check();
        List<StudySystem> systems = new ArrayList<>();
        java.util.Map<String, Path> named = new java.util.HashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString().replaceAll("(\\.gz)$", "").replaceAll("\\.[^.]+$", "");
            Path before = named.putIfAbsent(name, f);
            if (before != null) throw new CliErrors.BadInputException(OutputPaths.same(before, f)
                    ? "--data lists " + f + " twice"
                    : "--data " + before + " and " + f + " are both system " + name + " (both would be saved as " + name
                    + ".activemat): give the files different names");
            systems.add(new StudySystem(name, new ReplaySpec(DatasetFormats.read(f), f.toString(), target, descriptors.name,
                    List.of(), filters.settings(target), plan)));
        }
        Sweep sw;
        List<Study.Planned> planned;
        Study study;
        try {
            sw = sweep == null ? null : Sweep.parse(sweep);
            study = new Study(systems, sw);
            planned = study.plan();
        } catch (IllegalArgumentException e) {
            throw new CliErrors.BadInputException(e.getMessage());
        }
        List<String> problems = Study.problems(planned);
        if (!problems.isEmpty()) throw new CliErrors.BadInputException(String.join("; ", problems));
        long runs = planned.stream().mapToLong(p -> p.experiment().spec().plan().runs()).sum();
        if (!quiet) err.printf("study: %d system(s)%s, %d runs (%s)%n", systems.size(),
                sw == null ? "" : " × " + sw.values().size() + " values of " + sw.setting(), runs, describe(plan));
        ProgressBar bar = new ProgressBar(err, Study.totalMembers(planned), runs, System.console() != null);
        String command = "activemat study " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        return SaveOnInterrupt.run(token -> {
            List<StudyRun> done = study.run(planned, quiet ? null : listener(bar, err), token, Version.get());
            if (!quiet) bar.finish(done.size() == planned.size() && done.stream().allMatch(r -> r.results().complete()));
            if (done.isEmpty()) {
                err.println("cancelled before the first system finished: nothing to save");
                return ActiveMatCommand.INTERNAL_ERROR;
            }
            Path file = StudyFile.write(out, done, sw, command, Version.get());
            Path html = report != null ? report : out.resolve("report.html");
            StudyOutputs.write(out, html, done, sw, plan, target, command, "ActiveMat Workbench " + Version.get(), spec.commandLine().getOut());
            err.println("study: " + file + "; report: " + html);
            return done.size() == planned.size() ? ActiveMatCommand.OK : ActiveMatCommand.INTERNAL_ERROR;
        });
    }

    static String describe(ExperimentPlan p) { return org.activemat.report.StudyReport.protocol(p); }

    private static StudyListener listener(ProgressBar bar, PrintWriter err) {
        return new StudyListener() {
            @Override public void memberTrained(String strategy, int seed, int round, int member) {
                bar.memberTrained(strategy, seed, round, member);
            }

            @Override public void roundFinished(String strategy, int seed, RoundResult round) {
                bar.roundFinished(strategy, seed, round);
            }

            @Override public void runFinished(RunResult run) { bar.runFinished(run); }

            @Override public void experimentFinished(StudyRun run) {
                synchronized (bar) {
                    err.println();
                    err.println((run.sweepValue() == null ? run.system() : run.system() + " at " + run.sweepValue()) + ": " + run.summary().verdict());
                    err.flush();
                }
            }
        };
    }
}

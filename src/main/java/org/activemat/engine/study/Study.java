package org.activemat.engine.study;

import org.activemat.engine.experiment.ReplayExperiment;
import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.loop.ExperimentRunner;
import org.activemat.engine.task.CancellationToken;

import java.util.ArrayList;
import java.util.List;

/**
 * Several systems × strategies × seeds in one operation (and, with a sweep, at each value of one setting), each
 * system's runs paired by seed, Holm's correction taken across every comparison of the study at one sweep value.
 * Systems run one after another; inside each, runs spread over the threads. Cancel keeps what finished.
 */
public final class Study {
    private final List<StudySystem> systems;
    private final Sweep sweep;

    public Study(List<StudySystem> systems, Sweep sweep) {
        if (systems.isEmpty()) throw new IllegalArgumentException("a study needs at least one system");
        this.systems = List.copyOf(systems);
        this.sweep = sweep;
    }

    /** One prepared experiment per system (and sweep value), in the order they run. */
    public List<Planned> plan() {
        List<Planned> out = new ArrayList<>();
        for (String value : sweep == null ? java.util.Collections.<String>singletonList(null) : sweep.values())
            for (StudySystem s : systems) {
                var spec = value == null ? s.replay() : sweep.apply(s.replay(), value);
                out.add(new Planned(s.name(), value, spec.prepare()));
            }
        return out;
    }

    public record Planned(String system, String sweepValue, ReplayExperiment experiment) {}

    /** Every problem of every experiment, each prefixed with its system (and value). */
    public static List<String> problems(List<Planned> planned) {
        List<String> p = new ArrayList<>();
        for (Planned e : planned)
            for (String why : e.experiment().problems())
                p.add(e.system() + (e.sweepValue() == null ? "" : " at " + e.sweepValue()) + ": " + why);
        return p;
    }

    /** Training units of the whole study (one per ensemble member trained), for progress and ETA. */
    public static long totalMembers(List<Planned> planned) {
        return planned.stream().mapToLong(e -> ExperimentRunner.totalMembers(e.experiment().spec().plan())).sum();
    }

    /** Runs every planned experiment; stops after the one in progress when cancelled. */
    public List<StudyRun> run(List<Planned> planned, StudyListener listener, CancellationToken token, String software) {
        List<String> problems = problems(planned);
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        StudyListener l = listener == null ? StudyListener.NONE : listener;
        List<StudyRun> done = new ArrayList<>();
        for (int i = 0; i < planned.size() && !token.isCancelled(); i++) {
            Planned e = planned.get(i);
            l.experimentStarted(i, planned.size(), e.system(), e.sweepValue());
            ResultsDocument doc = e.experiment().run(l, token, software);
            if (doc.runs().isEmpty()) break;
            StudyRun run = new StudyRun(e.system(), e.sweepValue(), doc, PairedSummary.of(e.system(), doc.toResult()));
            done.add(run);
            l.experimentFinished(run);
        }
        return holmAcross(done);
    }

    /** Holm across the systems × strategies of each sweep value (one family per value). */
    public static List<StudyRun> holmAcross(List<StudyRun> runs) {
        List<StudyRun> out = new ArrayList<>(runs);
        for (String value : runs.stream().map(StudyRun::sweepValue).distinct().toList()) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) if (java.util.Objects.equals(runs.get(i).sweepValue(), value)) at.add(i);
            List<PairedSummary> adjusted = PairedSummary.holmAcross(at.stream().map(i -> runs.get(i).summary()).toList());
            for (int k = 0; k < at.size(); k++) {
                StudyRun r = runs.get(at.get(k));
                out.set(at.get(k), new StudyRun(r.system(), r.sweepValue(), r.results(), adjusted.get(k)));
            }
        }
        return out;
    }
}

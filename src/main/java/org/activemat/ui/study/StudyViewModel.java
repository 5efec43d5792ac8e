package org.activemat.ui.study;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activemat.engine.data.DatasetFilters;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.experiment.ReplaySpec;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentPreset;
import org.activemat.engine.study.Study;
import org.activemat.engine.study.StudyFile;
import org.activemat.engine.study.StudyListener;
import org.activemat.engine.study.StudyRun;
import org.activemat.engine.study.StudySystem;
import org.activemat.engine.study.Sweep;
import org.activemat.engine.task.ProgressListener;
import org.activemat.report.ReportContent;
import org.activemat.report.StudyReport;
import org.activemat.report.StudyTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * The Study panel without controls: which systems, target, seeds, strategies and sweep; the runs as they finish (the
 * worker's listener queues them, the FX thread drains them), their verdicts and table; open and save a study file.
 */
public final class StudyViewModel {
    public static final String DEFAULT_TARGET = "formation_energy_per_atom";
    public static final int STUDY_SEEDS = 20, PAPER_SEEDS = 5;

    /** One dataset of the study: checked ones run. */
    public static final class SystemChoice {
        private final String name;
        private final Path file;
        private final BooleanProperty selected = new SimpleBooleanProperty(true);

        public SystemChoice(String name, Path file) {
            this.name = name;
            this.file = file;
        }

        public String name() { return name; }

        public Path file() { return file; }

        public BooleanProperty selectedProperty() { return selected; }

        public boolean isSelected() { return selected.get(); }
    }

    /** What the worker runs: the study, its plan, and what stops it. */
    public record Prepared(Study study, List<Study.Planned> planned, Sweep sweep, ExperimentPlan plan, List<String> problems) {}

    private final ObservableList<SystemChoice> systems = FXCollections.observableArrayList();
    private final StringProperty target = new SimpleStringProperty(DEFAULT_TARGET);
    private final IntegerProperty seeds = new SimpleIntegerProperty(STUDY_SEEDS);
    private final StringProperty sweepText = new SimpleStringProperty("");
    /** The protocol besides seeds and strategies (the "study" preset; tests give a tiny model). */
    private final ObjectProperty<ExperimentPlan> basePlan = new SimpleObjectProperty<>(ExperimentPreset.REGISTRY.get("study").plan().get());
    /** Strategy names, e.g. the strategies form's selection; empty: the base plan's. */
    private final ObservableList<String> strategies = FXCollections.observableArrayList();
    private final StringProperty problems = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final ObservableList<StudyRun> runs = FXCollections.observableArrayList();
    private final ObservableList<StudyTable.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> verdicts = FXCollections.observableArrayList();
    private final Queue<Object> events = new ConcurrentLinkedQueue<>();
    private StudyTable table;
    private List<List<String>> cells = List.of();
    private Sweep shownSweep;
    private ExperimentPlan shownPlan;
    private String shownTarget = DEFAULT_TARGET;

    public StudyViewModel(List<Path> bundled) {
        for (Path p : bundled) systems.add(new SystemChoice(systemName(p), p));
        // the sweep's syntax is checked as it is typed; what it means for each system, when the study is planned
        sweepText.addListener((o, was, now) -> {
            try {
                sweep();
                problems.set("");
            } catch (IllegalArgumentException e) {
                problems.set("Sweep: " + e.getMessage());
            }
        });
    }

    public static String systemName(Path f) {
        return f.getFileName().toString().replaceAll("(\\.gz)$", "").replaceAll("\\.[^.]+$", "");
    }

    /**
     * Adds a dataset once; a second file of the same name (another folder's si.extxyz) becomes si-2, so the study never
     * saves two systems into one si.activemat.
     */
    public void addSystem(Path file) {
        if (systems.stream().anyMatch(s -> s.file().equals(file))) return;
        String base = systemName(file), name = base;
        for (int k = 2; taken(name); k++) name = base + "-" + k;
        systems.add(new SystemChoice(name, file));
    }

    private boolean taken(String name) {
        return systems.stream().anyMatch(s -> s.name().equalsIgnoreCase(name)); // one file on case-insensitive disks
    }

    /** The plan the study runs: the base protocol with the chosen seeds and strategies. */
    public ExperimentPlan plan() {
        ExperimentPlan p = basePlan.get().withSeeds(IntStream.range(0, Math.max(1, seeds.get())).boxed().toList());
        return strategies.isEmpty() ? p : p.withStrategies(List.copyOf(strategies));
    }

    /** The sweep of the text field, or null when it is empty; throws IllegalArgumentException with the reason. */
    public Sweep sweep() {
        String t = sweepText.get() == null ? "" : sweepText.get().trim();
        return t.isEmpty() ? null : Sweep.parse(t);
    }

    /** Reads the checked datasets and plans the study (slow: a worker's job); problems instead of a run when it cannot. */
    public Prepared prepare() throws Exception {
        ExperimentPlan plan = plan();
        List<SystemChoice> chosen = systems.stream().filter(SystemChoice::isSelected).toList();
        if (chosen.isEmpty()) return failed(plan, "check at least one system");
        String t = target.get();
        try {
            Sweep sw = sweep();
            List<StudySystem> ss = new ArrayList<>();
            for (SystemChoice c : chosen)
                ss.add(new StudySystem(c.name(), new ReplaySpec(DatasetFormats.read(c.file()), c.file().toString(), t,
                        Descriptors.DEFAULT, List.of(), DatasetFilters.Settings.paper(t), plan)));
            Study study = new Study(ss, sw);
            List<Study.Planned> planned = study.plan();
            return new Prepared(study, planned, sw, plan, Study.problems(planned));
        } catch (IllegalArgumentException e) {
            return failed(plan, e.getMessage());
        }
    }

    private static Prepared failed(ExperimentPlan plan, String why) { return new Prepared(null, List.of(), null, plan, List.of(why)); }

    /** On the FX thread, before the run: clears the shown study, or shows why it cannot run (then false). */
    public boolean begin(Prepared p) {
        problems.set(String.join("\n", p.problems()));
        if (!p.problems().isEmpty()) return false;
        events.clear();
        runs.clear();
        shownSweep = p.sweep();
        shownPlan = p.plan();
        shownTarget = target.get();
        refresh();
        return true;
    }

    /** The worker's listener: queues what the panel shows and counts members trained into progress; never touches a property. */
    public StudyListener listener(ProgressListener progress, long totalMembers) {
        java.util.concurrent.atomic.AtomicLong members = new java.util.concurrent.atomic.AtomicLong();
        String[] current = {""};
        return new StudyListener() {
            @Override public void experimentStarted(int index, int total, String system, String sweepValue) {
                current[0] = (index + 1) + "/" + total + ": " + system + (sweepValue == null ? "" : " at " + sweepValue);
                events.add(current[0]);
            }

            @Override public void memberTrained(String strategy, int seed, int round, int member) {
                progress.progress(members.incrementAndGet(), totalMembers, current[0]);
            }

            @Override public void experimentFinished(StudyRun run) { events.add(run); }
        };
    }

    /** On the FX thread (the task's sampler): shows what the listener queued; true when a system was added. */
    public boolean drain() {
        boolean added = false;
        for (Object e; (e = events.poll()) != null; ) {
            if (e instanceof StudyRun r) {
                runs.add(r);
                added = true;
            } else progressText.set(String.valueOf(e));
        }
        if (added) {
            // Holm across the systems finished so far, as the finished study will have it
            runs.setAll(Study.holmAcross(List.copyOf(runs)));
            refresh();
        }
        return added;
    }

    /** The study's final runs (Holm across all of them), or what finished before a cancel. */
    public void finish(List<StudyRun> done) {
        drain();
        if (done != null && !done.isEmpty()) runs.setAll(done);
        refresh();
    }

    /** Shows a saved study: its systems (checked), target and verdicts. */
    public void open(Path studyFile) throws Exception {
        List<StudyRun> read = StudyFile.read(studyFile);
        StudyFile.Document d = StudyFile.document(studyFile);
        shown(read, d.sweep());
    }

    /** Shows runs read by a worker (see open): on the FX thread. */
    public void shown(List<StudyRun> read, Sweep sweep) {
        runs.setAll(read);
        shownSweep = sweep;
        sweepText.set(sweep == null ? "" : sweep.setting() + "=" + String.join(",", sweep.values()));
        if (!read.isEmpty()) {
            var first = read.get(0).results();
            shownTarget = first.target();
            target.set(shownTarget);
            shownPlan = first.settings();
            seeds.set(shownPlan.seeds().size());
        }
        for (SystemChoice s : systems) s.selectedProperty().set(false);
        for (StudyRun r : read) {
            Path f = Path.of(r.results().dataset().file());
            addSystem(f);
            systems.stream().filter(s -> s.file().equals(f)).forEach(s -> s.selectedProperty().set(true));
        }
        problems.set("");
        refresh();
    }

    private void refresh() {
        table = runs.isEmpty() ? null : StudyReport.table(runs, shownSweep, shownTarget);
        cells = table == null ? List.of() : table.cells();
        rows.setAll(table == null ? List.of() : table.rows());
        verdicts.setAll(StudyReport.summaries(runs, shownSweep).stream().map(s -> s.system() + ": " + s.verdict()).toList());
    }

    // ---- what the view draws and the files ---------------------------------------------------------------

    public String protocol() { return shownPlan == null ? "" : StudyReport.protocol(shownPlan); }

    /** The figures of the runs shown, as the report has them (empty before the first system finishes). */
    public List<ReportContent.ReportFigure> figures() {
        return runs.isEmpty() ? List.of() : StudyReport.figures(List.copyOf(runs), shownSweep, shownTarget, protocol());
    }

    public ReportContent report(String command, String software) {
        return StudyReport.content(List.copyOf(runs), shownSweep, shownPlan, shownTarget, command, software);
    }

    public Path save(Path dir, String software) throws java.io.IOException {
        return StudyFile.write(dir, List.copyOf(runs), shownSweep, command(), software);
    }

    /** How to run this study again from the command line. */
    public String command() {
        StringBuilder b = new StringBuilder("activemat study --target ").append(shownTarget).append(" --data ")
                .append(String.join(",", runs.stream().map(r -> r.results().dataset().file()).distinct().toList()));
        if (shownSweep != null) b.append(" --sweep ").append(shownSweep.setting()).append('=').append(String.join(",", shownSweep.values()));
        return b.toString();
    }

    public ObservableList<SystemChoice> systems() { return systems; }

    public StringProperty targetProperty() { return target; }

    public IntegerProperty seedsProperty() { return seeds; }

    public StringProperty sweepTextProperty() { return sweepText; }

    public ObjectProperty<ExperimentPlan> basePlanProperty() { return basePlan; }

    public ObservableList<String> strategies() { return strategies; }

    public StringProperty problemsProperty() { return problems; }

    public BooleanProperty runningProperty() { return running; }

    public StringProperty progressTextProperty() { return progressText; }

    public ObservableList<StudyRun> runs() { return runs; }

    public ObservableList<StudyTable.Row> rows() { return rows; }

    public ObservableList<String> verdicts() { return verdicts; }

    public Sweep shownSweep() { return shownSweep; }

    /** The table shown (null before the first system finishes). */
    public StudyTable table() { return table; }

    /** The cells of one row as StudyTable writes them for people (the Markdown and the report show the same text). */
    public List<String> cells(StudyTable.Row r) {
        int i = rows.indexOf(r);
        return i < 0 || i >= cells.size() ? List.of() : cells.get(i);
    }

    /** The table's column titles (with the target's unit). */
    public List<String> header() { return StudyTable.of(shownTarget, List.of()).header(); }
}

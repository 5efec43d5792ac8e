package org.activemat.ui.study;

import javafx.beans.property.ReadOnlyBooleanProperty;
import org.activemat.Version;
import org.activemat.engine.study.StudyFile;
import org.activemat.engine.study.StudyRun;
import org.activemat.report.HtmlReport;
import org.activemat.ui.common.Tasks;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Runs, opens, saves and exports the study of the panel in the background (Tasks: progress and ETA of the whole study
 * in the status bar, cancel keeps the systems that finished). No controls: errors go to the host.
 */
public final class StudySession {
    private final StudyViewModel vm;
    private final Tasks tasks;
    private final Supplier<List<String>> strategies;
    private final BiConsumer<String, Throwable> error;
    private Tasks.Handle running;

    /** strategies: the strategies form's selection at run time (empty: all of the preset's). */
    public StudySession(StudyViewModel vm, Tasks tasks, Supplier<List<String>> strategies, BiConsumer<String, Throwable> error) {
        this.vm = vm;
        this.tasks = tasks;
        this.strategies = strategies;
        this.error = error;
    }

    public void run() {
        if (vm.runningProperty().get()) return;
        if (strategies != null) vm.strategies().setAll(strategies.get());
        vm.runningProperty().set(true);
        vm.progressTextProperty().set("preparing the systems…");
        running = tasks.create("Study", ctx -> {
                    StudyViewModel.Prepared p = vm.prepare();
                    if (!p.problems().isEmpty()) return new Outcome(p, null);
                    // planning is done on the worker; begin() on the FX thread clears the panel before the first system ends
                    var started = new java.util.concurrent.CompletableFuture<Boolean>();
                    javafx.application.Platform.runLater(() -> started.complete(vm.begin(p)));
                    if (!started.get()) return new Outcome(p, null);
                    var listener = vm.listener(ctx.progress(), org.activemat.engine.study.Study.totalMembers(p.planned()));
                    List<StudyRun> done = p.study().run(p.planned(), listener, ctx.token(), Version.get());
                    return new Outcome(p, done);
                })
                .onSample(s -> vm.drain())
                .onSuccess(o -> {
                    if (o.runs() == null) vm.begin(o.prepared());   // shows the problems
                    else vm.finish(o.runs());
                })
                .onFailure(e -> error.accept("The study failed", e))
                .onFinished(() -> {
                    vm.runningProperty().set(false);
                    vm.progressTextProperty().set(vm.runs().isEmpty() ? "" : vm.runs().size() + " system(s) finished");
                    running = null;
                })
                .start();
    }

    private record Outcome(StudyViewModel.Prepared prepared, List<StudyRun> runs) {}

    /** Stops before the next ensemble member; the systems that finished stay. */
    public void cancel() { if (running != null) running.cancel(); }

    public ReadOnlyBooleanProperty runningProperty() { return vm.runningProperty(); }

    public void open(Path studyFile) {
        tasks.create("Opening " + studyFile.getFileName(), ctx -> new Opened(StudyFile.read(studyFile), StudyFile.document(studyFile).sweep()))
                .onSuccess(o -> vm.shown(o.runs(), o.sweep()))
                .onFailure(e -> error.accept("Could not open " + studyFile.getFileName(), e))
                .start();
    }

    private record Opened(List<StudyRun> runs, org.activemat.engine.study.Sweep sweep) {}

    /** study.json and one results file per system into dir. */
    public void save(Path dir) {
        tasks.create("Saving the study", ctx -> vm.save(dir, Version.get()))
                .onFailure(e -> error.accept("Could not save the study", e))
                .start();
    }

    public void exportReport(Path html) {
        var content = vm.report(vm.command(), "ActiveMat Workbench " + Version.get());
        tasks.create("Writing " + html.getFileName(), ctx -> {
                    HtmlReport.write(html, content);
                    return html;
                })
                .onFailure(e -> error.accept("Could not write the report", e))
                .start();
    }

    public boolean hasStudy() { return !vm.runs().isEmpty(); }
}

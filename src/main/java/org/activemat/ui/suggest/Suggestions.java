package org.activemat.ui.suggest;

import javafx.scene.Scene;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.data.formats.StructureFiles;
import org.activemat.engine.descriptor.DescriptorSet;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.loop.NextBatch;
import org.activemat.engine.model.ModelSpec;
import org.activemat.engine.strategy.StrategySpec;
import org.activemat.engine.oracle.labelling.EarlierRounds;
import org.activemat.engine.oracle.labelling.StructureBatch;
import org.activemat.ui.common.Dialogs;
import org.activemat.ui.common.Tasks;
import org.activemat.ui.descriptors.DescriptorAnalysis;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "Suggest next batch": one round of active learning on the loaded labelled data and the user's candidates, for labels
 * computed with any code, or with pw.x from the batch's window, which then offers the next round. The training, the
 * choice and the calculations run in the background; each batch opens in its own window.
 */
public final class Suggestions {
    /** What the suggestion learns from: the loaded data, its target, the descriptors and ensemble of the form. */
    public record Basis(Dataset labelled, String target, DescriptorSet descriptors, ModelSpec model,
                        java.util.function.Function<String, StrategySpec> strategies,
                        DescriptorAnalysis map) {}

    /** The labelled data and the candidates on the data's descriptor map (PC1, PC2), with the suggested ids. */
    public record MapPoints(double[][] labelled, double[][] candidates, List<String> candidateIds, java.util.Set<String> suggested) {}

    /** One round: what it learnt from, what it chose among, and its picks. */
    private record Round(Basis basis, Path candidates, Set<String> excluded, String strategy, int batch,
                         List<NextBatch.Suggestion> picks) {
        List<Entry> structures() { return picks.stream().map(NextBatch.Suggestion::candidate).toList(); }
    }

    /** A round and its map (null when there is none to draw on), as the background task hands them over. */
    private record Computed(Round round, MapPoints map) {}

    private final Tasks tasks;
    private final Supplier<Window> owner;
    private final Function<String, FileChooser> chooser;
    private SuggestionsView shown;
    private Round shownRound;

    /** chooser makes a file chooser with the given title, set up like the workbench's others. */
    public Suggestions(Tasks tasks, Supplier<Window> owner, Function<String, FileChooser> chooser) {
        this.tasks = tasks;
        this.owner = owner;
        this.chooser = chooser;
    }

    /** Asks for candidates, strategy and batch size, then suggests. */
    public void ask(Basis basis) {
        String summary = basis.labelled().size() + " labelled entries of " + basis.labelled().name() + " (target " + basis.target() + ")";
        SuggestDialog.ask(owner.get(), summary, () -> {
            File f = chooser.apply("Candidates to choose from").showOpenDialog(owner.get());
            return f == null ? null : f.toPath();
        }, () -> {
            List<File> fs = chooser.apply("Frames computed in earlier rounds").showOpenMultipleDialog(owner.get());
            return fs == null ? List.of() : fs.stream().map(File::toPath).toList();
        }).ifPresent(s -> suggest(basis, s.candidates(), s.earlier(), s.strategy(), s.batch()));
    }

    public void suggest(Basis b, Path candidates, String strategy, int batch) { suggest(b, candidates, List.of(), strategy, batch); }

    /** Also learns from the frames of earlier rounds (say, of an earlier session), whose failures are not suggested again. */
    public void suggest(Basis b, Path candidates, List<Path> earlier, String strategy, int batch) {
        if (earlier.isEmpty()) {
            suggest(b, candidates, Set.of(), strategy, batch);
            return;
        }
        tasks.create("Reading " + earlier.size() + " file(s) of earlier rounds", ctx -> EarlierRounds.add(b.labelled(), b.target(), earlier))
                .onSuccess(r -> {
                    if (!r.warnings().isEmpty())
                        Dialogs.warning(owner.get(), "Nothing to learn from in a file of earlier rounds", String.join("\n", r.warnings()));
                    suggest(new Basis(r.data(), b.target(), b.descriptors(), b.model(), b.strategies(), b.map()),
                            candidates, r.failed(), strategy, batch);
                })
                .onFailure(e -> Dialogs.error(owner.get(), "Could not read the frames of earlier rounds", e))
                .start();
    }

    /** excluded: candidates never to suggest again (pw.x failed on them in an earlier round). */
    private void suggest(Basis b, Path candidates, Set<String> excluded, String strategy, int batch) {
        tasks.create("Suggesting " + batch + " of " + candidates.getFileName(), ctx -> {
                    Dataset read = DatasetFormats.read(candidates);
                    Dataset pool = read.withEntries(read.entries().stream().filter(e -> !excluded.contains(e.id())).toList());
                    var labelled = Descriptors.matrix(b.labelled(), b.descriptors(), b.target(), List.of());
                    var request = new NextBatch.Request(b.strategies().apply(strategy), batch, b.model(), 0);
                    var picks = NextBatch.suggest(labelled, pool.entries(), b.descriptors(), request, ctx.token());
                    Round r = new Round(b, candidates, excluded, strategy, batch, picks);
                    return new Computed(r, mapPoints(b, pool, picks));
                })
                .onSuccess(c -> show(c.round(), c.map()))
                .onFailure(e -> Dialogs.error(owner.get(), "Could not suggest from " + candidates.getFileName(), e))
                .start();
    }

    /**
     * The candidates placed on the loaded data's map, when that map was made with the same descriptors; else null.
     * Candidates labelled since (computed in an earlier round) are drawn as labelled.
     */
    private static MapPoints mapPoints(Basis b, Dataset pool, List<NextBatch.Suggestion> picks) {
        DescriptorAnalysis a = b.map();
        if (a == null || !a.matrix().featureNames().equals(b.descriptors().featureNames())) return null;
        Set<String> labelledIds = b.labelled().ids();
        List<Entry> usable = pool.entries().stream().filter(e -> e.hasStructure() || !b.descriptors().needsStructure()).toList();
        List<Entry> open = usable.stream().filter(e -> !labelledIds.contains(e.id())).toList();
        double[][] since = a.project(usable.stream().filter(e -> labelledIds.contains(e.id())).map(b.descriptors()::compute)
                .toArray(double[][]::new));
        double[][] labelled = java.util.stream.Stream.concat(java.util.Arrays.stream(a.scores()), java.util.Arrays.stream(since))
                .toArray(double[][]::new);
        double[][] raw = open.stream().map(b.descriptors()::compute).toArray(double[][]::new);
        return new MapPoints(labelled, a.project(raw), open.stream().map(Entry::id).toList(),
                picks.stream().map(p -> p.candidate().id()).collect(Collectors.toSet()));
    }

    private void show(Round r, MapPoints map) {
        Basis b = r.basis();
        String headline = String.format(Locale.ROOT, "%d structures of %s to compute next, chosen by %s; the ensemble trained "
                        + "on %d entries of %s (target %s, %s). Same data and settings, same suggestions.",
                r.picks().size(), r.candidates().getFileName(), r.strategy(), b.labelled().size(), b.labelled().name(), b.target(),
                b.descriptors().name());
        String blocked = StructureBatch.systemFor(r.structures()).isPresent() ? null : StructureBatch.whyNot(r.structures());
        SuggestionsView[] view = {null};
        view[0] = new SuggestionsView(headline, r.picks(), map, b.target(), new SuggestionsView.Actions() {
            @Override public void save() { saveDialog(r); }
            @Override public void savePoscars() { folder("Folder for the POSCAR files").ifPresent(d -> Suggestions.this.savePoscars(r, d)); }
            @Override public void compute() { computeDialog(r, view[0]); }
            @Override public void saveInputs() { folder("Folder for the pw.x inputs").ifPresent(d -> Suggestions.this.saveInputs(r, d)); }
            @Override public void readOutputs() {
                folder("Folder with the pw.x outputs (ID.out)").ifPresent(d -> Suggestions.this.readOutputs(r, view[0], d));
            }
            @Override public void nextRound(java.util.Collection<Entry> frames, Set<String> failedIds) { Suggestions.this.nextRound(r, frames, failedIds); }
        }, blocked);
        shown = view[0];
        shownRound = r;
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        stage.setTitle("Next structures to compute");
        stage.setScene(new Scene(shown, 1000, 760));
        stage.show();
    }

    private void saveDialog(Round r) {
        FileChooser fc = chooser.apply("Save the suggested structures");
        fc.setInitialFileName("next-batch.extxyz");
        File f = fc.showSaveDialog(owner.get());
        if (f != null) save(r, f.toPath());
    }

    /** Writes the batch of the window last opened as extended XYZ (structure, prediction, reason), in the background. */
    public void save(Path file) { save(shownRound, file); }

    private void save(Round r, Path file) {
        write("Saving " + file.getFileName(), "Could not save " + file.getFileName(),
                () -> NextBatch.write(file, r.picks(), r.basis().target(), r.strategy()));
    }

    private void computeDialog(Round r, SuggestionsView view) {
        FileChooser fc = chooser.apply("Where pw.x writes the labelled structures (extended XYZ)");
        fc.setInitialFileName("next-batch-labelled.extxyz");
        File f = fc.showSaveDialog(owner.get());
        if (f != null) compute(r, view, f.toPath());
    }

    /**
     * Labels the batch of the window last opened with pw.x into file, one calculation per core, in the background with
     * progress and Cancel; structures already in the file are shown without being computed again.
     */
    public void compute(Path file) { compute(shownRound, shown, file); }

    private void compute(Round r, SuggestionsView view, Path file) {
        int jobs = Math.max(1, Runtime.getRuntime().availableProcessors());
        label(r, view, "pw.x: " + r.picks().size() + " suggested structures", "pw.x could not label the suggestions into "
                + file.getFileName(), (ctx, onFrame) -> StructureBatch.label(r.structures(), file, jobs, ctx.progress(), ctx.token(), onFrame));
    }

    /** Writes one POSCAR per suggestion of the window last opened into dir (ID.vasp), for VASP. */
    public void savePoscars(Path dir) { savePoscars(shownRound, dir); }

    private void savePoscars(Round r, Path dir) {
        write("Writing POSCAR files to " + dir.getFileName(), "Could not write the POSCAR files into " + dir.getFileName(),
                () -> StructureFiles.writePoscars(dir, r.structures()));
    }

    /** Writes the pw.x inputs of the batch of the window last opened into dir, for running elsewhere. */
    public void saveInputs(Path dir) { saveInputs(shownRound, dir); }

    private void saveInputs(Round r, Path dir) {
        write("Writing pw.x inputs to " + dir.getFileName(), "Could not write the pw.x inputs into " + dir.getFileName(),
                () -> StructureBatch.writeInputs(r.structures(), dir));
    }

    /** Reads the finished pw.x outputs in dir for the batch of the window last opened, as Compute would have labelled it. */
    public void readOutputs(Path dir) { readOutputs(shownRound, shown, dir); }

    private void readOutputs(Round r, SuggestionsView view, Path dir) {
        label(r, view, "Reading pw.x outputs in " + dir.getFileName(), "Could not read the pw.x outputs in " + dir.getFileName(),
                (ctx, onFrame) -> StructureBatch.readOutputs(r.structures(), dir, ctx.progress(), ctx.token(), onFrame));
    }

    /** Writing files for the user, off the FX thread; a failure opens a dialog that says what could not be written. */
    private interface FileWriting {
        void run() throws Exception;
    }

    private void write(String title, String failure, FileWriting writing) {
        tasks.create(title, ctx -> {
                    writing.run();
                    return null;
                })
                .onFailure(e -> Dialogs.error(owner.get(), failure, e))
                .start();
    }

    /** How a batch gets its labels: pw.x here, or outputs made elsewhere. */
    private interface Labeller {
        StructureBatch.Outcome run(Tasks.Context ctx, java.util.function.Consumer<Entry> onFrame) throws Exception;
    }

    /** Labels in the background, each row filling in as its frame arrives; the summary and next round follow. */
    private void label(Round r, SuggestionsView view, String title, String failure, Labeller labeller) {
        view.setComputing(true);
        var arrived = new java.util.concurrent.ConcurrentLinkedQueue<Entry>();   // frames from worker threads, shown as they come
        tasks.create(title, ctx -> labeller.run(ctx, arrived::add))
                .onSample(s -> {
                    for (Entry f; (f = arrived.poll()) != null; ) view.showFrame(f);
                })
                .onSuccess(o -> view.showComputed(o, StructureBatch.sameCalculation(r.basis().labelled().entries(), o)))
                .onFailure(e -> Dialogs.error(owner.get(), failure, e))
                .onFinished(() -> view.setComputing(false))
                .start();
    }

    private Optional<Path> folder(String title) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(title);
        dc.setInitialDirectory(chooser.apply(title).getInitialDirectory());
        return Optional.ofNullable(dc.showDialog(owner.get())).map(File::toPath);
    }

    /**
     * The next round of active learning: the ensemble trains again on the data plus the frames pw.x computed, and
     * the same strategy picks among the candidates left (those that failed are left out). It opens in a window of
     * its own, beside this round's.
     */
    private void nextRound(Round r, java.util.Collection<Entry> frames, Set<String> failedIds) {
        Basis b = r.basis();
        Set<String> ids = b.labelled().ids();
        List<Entry> more = frames.stream()
                .filter(e -> !ids.contains(e.id()) && e.property(b.target()).isPresent()).toList();
        List<Entry> all = new java.util.ArrayList<>(b.labelled().entries());
        all.addAll(more);
        java.util.regex.Matcher grown = GROWN.matcher(b.labelled().name());
        String base = grown.matches() ? grown.group(1) : b.labelled().name();
        int added = (grown.matches() ? Integer.parseInt(grown.group(2)) : 0) + more.size();
        Dataset data = new Dataset(added == 0 ? base : base + " + " + added + " computed with pw.x", all, b.labelled().provenance());
        Set<String> excluded = new java.util.HashSet<>(r.excluded());
        excluded.addAll(failedIds);
        suggest(new Basis(data, b.target(), b.descriptors(), b.model(), b.strategies(), b.map()),
                r.candidates(), excluded, r.strategy(), r.batch());
    }

    /** "Si + 4 computed with pw.x": the name of the data after earlier rounds. */
    private static final java.util.regex.Pattern GROWN = java.util.regex.Pattern.compile("(.*) \\+ (\\d+) computed with pw\\.x");

    /** Starts the next round from the window last opened, once its batch is computed. */
    public void nextRound() { shown.nextRound(); }

    /** The window of the last batch, or null. */
    public SuggestionsView shown() { return shown; }
}

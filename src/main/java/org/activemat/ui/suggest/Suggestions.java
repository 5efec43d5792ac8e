package org.activemat.ui.suggest;

import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.descriptor.DescriptorSet;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.loop.NextBatch;
import org.activemat.engine.model.MlpSettings;
import org.activemat.engine.oracle.StructureBatch;
import org.activemat.ui.common.Dialogs;
import org.activemat.ui.common.Tasks;
import org.activemat.ui.descriptors.DescriptorAnalysis;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "Suggest next batch": one round of active learning on the loaded labelled data and the user's candidates, for labels
 * computed with any code. The training and the choice run in the background; the batch opens in its own window.
 */
public final class Suggestions {
    /** What the suggestion learns from: the loaded data, its target, the descriptors and ensemble of the form. */
    public record Basis(Dataset labelled, String target, DescriptorSet descriptors, MlpSettings model, int clusters, double alpha,
                        DescriptorAnalysis map) {}

    /** The labelled data and the candidates on the data's descriptor map (PC1, PC2), with the suggested ids. */
    public record MapPoints(double[][] labelled, double[][] candidates, List<String> candidateIds, java.util.Set<String> suggested) {}

    private record Outcome(List<NextBatch.Suggestion> picks, MapPoints map) {}

    private final Tasks tasks;
    private final Supplier<Window> owner;
    private final Function<String, FileChooser> chooser;
    private SuggestionsView shown;
    private List<NextBatch.Suggestion> last = List.of();
    private String lastTarget, lastStrategy;

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
        }).ifPresent(s -> suggest(basis, s.candidates(), s.strategy(), s.batch()));
    }

    public void suggest(Basis b, Path candidates, String strategy, int batch) {
        tasks.create("Suggesting " + batch + " of " + candidates.getFileName(), ctx -> {
                    Dataset pool = DatasetFormats.read(candidates);
                    var labelled = Descriptors.matrix(b.labelled(), b.descriptors(), b.target(), List.of());
                    var request = new NextBatch.Request(strategy, batch, b.model(), 0, b.clusters(), b.alpha());
                    var picks = NextBatch.suggest(labelled, pool.entries(), b.descriptors(), request, ctx.token());
                    return new Outcome(picks, mapPoints(b, pool, picks));
                })
                .onSuccess(o -> show(o, String.format(Locale.ROOT, "%d structures of %s to compute next, chosen by %s; "
                                + "the ensemble trained on %d entries of %s (target %s, %s). Same data and settings, same suggestions.",
                        o.picks().size(), candidates.getFileName(), strategy, b.labelled().size(), b.labelled().name(), b.target(),
                        b.descriptors().name()), b.target(), strategy))
                .onFailure(e -> Dialogs.error(owner.get(), "Could not suggest from " + candidates.getFileName(), e))
                .start();
    }

    /** The candidates placed on the loaded data's map, when that map was made with the same descriptors; else null. */
    private static MapPoints mapPoints(Basis b, Dataset pool, List<NextBatch.Suggestion> picks) {
        DescriptorAnalysis a = b.map();
        if (a == null || !a.matrix().featureNames().equals(b.descriptors().featureNames())) return null;
        List<Entry> usable = pool.entries().stream().filter(e -> e.hasStructure() || !b.descriptors().needsStructure()).toList();
        double[][] raw = usable.stream().map(b.descriptors()::compute).toArray(double[][]::new);
        return new MapPoints(a.scores(), a.project(raw), usable.stream().map(Entry::id).toList(),
                picks.stream().map(p -> p.candidate().id()).collect(java.util.stream.Collectors.toSet()));
    }

    private void show(Outcome o, String headline, String target, String strategy) {
        last = o.picks();
        lastTarget = target;
        lastStrategy = strategy;
        List<Entry> structures = o.picks().stream().map(NextBatch.Suggestion::candidate).toList();
        String blocked = StructureBatch.systemFor(structures).isPresent() ? null : StructureBatch.whyNot(structures);
        shown = new SuggestionsView(headline, o.picks(), o.map(), target, this::saveDialog, this::computeDialog, blocked);
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        stage.setTitle("Next structures to compute");
        stage.setScene(new Scene(shown, 1000, 760));
        stage.show();
    }

    private void saveDialog() {
        FileChooser fc = chooser.apply("Save the suggested structures");
        fc.setInitialFileName("next-batch.extxyz");
        File f = fc.showSaveDialog(owner.get());
        if (f != null) save(f.toPath());
    }

    /** Writes the last suggested batch as extended XYZ (structure, prediction, reason), in the background. */
    public void save(Path file) {
        List<NextBatch.Suggestion> batch = last;
        String target = lastTarget, strategy = lastStrategy;
        tasks.create("Saving " + file.getFileName(), ctx -> {
                    NextBatch.write(file, batch, target, strategy);
                    return file;
                })
                .onFailure(e -> Dialogs.error(owner.get(), "Could not save " + file.getFileName(), e))
                .start();
    }

    private void computeDialog() {
        FileChooser fc = chooser.apply("Where pw.x writes the labelled structures (extended XYZ)");
        fc.setInitialFileName("next-batch-labelled.extxyz");
        File f = fc.showSaveDialog(owner.get());
        if (f != null) compute(f.toPath());
    }

    /**
     * Labels the last suggested batch with pw.x into file, one calculation per core, in the background with progress
     * and Cancel; structures already in the file are shown without being computed again.
     */
    public void compute(Path file) {
        SuggestionsView view = shown;
        List<Entry> structures = last.stream().map(NextBatch.Suggestion::candidate).toList();
        int jobs = Math.max(1, Runtime.getRuntime().availableProcessors());
        view.setComputing(true);
        tasks.create("pw.x: " + structures.size() + " suggested structures", ctx ->
                        StructureBatch.label(structures, file, jobs, ctx.progress(), ctx.token()))
                .onSuccess(o -> view.showComputed(o, file))
                .onFailure(e -> Dialogs.error(owner.get(), "pw.x could not label the suggestions into " + file.getFileName(), e))
                .onFinished(() -> view.setComputing(false))
                .start();
    }

    /** The window of the last batch, or null. */
    public SuggestionsView shown() { return shown; }
}

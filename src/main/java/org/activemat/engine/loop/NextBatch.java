package org.activemat.engine.loop;

import org.activemat.engine.data.AtomicText;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.ExtXyzWriter;
import org.activemat.engine.descriptor.DescriptorSet;
import org.activemat.engine.descriptor.FeatureMatrix;
import org.activemat.engine.descriptor.Standardizer;
import org.activemat.engine.model.EnsembleModel;
import org.activemat.engine.model.ModelSpec;
import org.activemat.engine.model.Prediction;
import org.activemat.engine.strategy.Pick;
import org.activemat.engine.strategy.StrategySpec;
import org.activemat.engine.task.CancellationToken;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One step of active learning on the user's own data, whatever code computes the labels: trains the ensemble on what is
 * labelled and lets a strategy choose which of the unlabelled candidates to compute next. This is the question a
 * researcher with a cluster allocation asks; the benchmark replays it round after round.
 */
public final class NextBatch {
    private NextBatch() {}

    /** A chosen candidate, the model's prediction for it (mean ± std over the ensemble) and why it was chosen. */
    public record Suggestion(int rank, Entry candidate, double predicted, double std, Pick pick) {
        /** The structure as a frame for a DFT workflow, carrying its rank, the prediction, its spread and the reason. */
        public Entry toEntry(String target, String strategy) {
            Map<String, Double> p = new LinkedHashMap<>();
            p.put("suggested_rank", (double) rank);
            p.put("predicted_" + target, predicted);
            p.put("predicted_std", std);
            Map<String, String> info = new LinkedHashMap<>(candidate.info());
            info.put("suggested_by", strategy);
            info.put("reason", pick.explanation());
            return new Entry(candidate.id(), candidate.structure(), candidate.composition(), p, Map.of(), info, "activemat suggest");
        }
    }

    /** Writes the suggestions as extended XYZ; every one needs a structure. */
    public static void write(Path file, List<Suggestion> suggestions, String target, String strategy) throws IOException {
        for (Suggestion s : suggestions)
            if (!s.candidate().hasStructure())
                throw new IllegalArgumentException(s.candidate().id() + " has only a composition: no structure to write");
        AtomicText.write(file, w -> {
            for (Suggestion s : suggestions) ExtXyzWriter.write(w, s.toEntry(target, strategy));
        });
    }

    /** What was asked: the strategy and its settings, the ensemble, the seed. */
    public record Request(StrategySpec strategy, int batch, ModelSpec model, int seed) {}

    /**
     * Suggests r.batch() candidates. Candidates whose id is already labelled, or repeats an earlier candidate's, are
     * passed over. Descriptors are
     * standardized on labelled ∪ candidates, all known before any new label. Same inputs and seed, same suggestions.
     */
    public static List<Suggestion> suggest(FeatureMatrix labelled, List<Entry> candidates, DescriptorSet set, Request r,
                                           CancellationToken token) {
        if (labelled.rows() < 2) throw new IllegalArgumentException("at least 2 labelled entries are needed to train, found " + labelled.rows());
        Set<String> seen = new HashSet<>(labelled.ids());
        List<Entry> fresh = candidates.stream().filter(e -> seen.add(e.id())).toList();   // unlabelled, each id once
        if (r.batch() < 1) throw new IllegalArgumentException("the batch must be at least 1, got " + r.batch());
        if (fresh.size() < r.batch())
            throw new IllegalArgumentException("asked for " + r.batch() + " suggestions but only " + fresh.size()
                    + " candidates are not labelled already");
        if (set.needsStructure())
            for (Entry e : fresh)
                if (!e.hasStructure()) throw new IllegalArgumentException("candidate " + e.id() + " has only a composition; "
                        + set.name() + " needs structures (use composition-8)");
        double[][] rows = IntStream.range(0, fresh.size()).parallel().mapToObj(i -> set.compute(fresh.get(i))).toArray(double[][]::new);
        for (int i = 0; i < rows.length; i++)
            for (double v : rows[i])
                if (!Double.isFinite(v)) throw new IllegalArgumentException("candidate " + fresh.get(i).id() + " has a non-finite descriptor");

        int n = labelled.rows();
        double[][] raw = new double[n + rows.length][];
        for (int i = 0; i < n; i++) raw[i] = labelled.x()[i];
        System.arraycopy(rows, 0, raw, n, rows.length);
        double[][] x = Standardizer.fit(raw).transform(raw);
        List<Integer> labelledRows = IntStream.range(0, n).boxed().toList();
        boolean[] unavailable = new boolean[x.length];
        for (int i = 0; i < n; i++) unavailable[i] = true;

        EnsembleModel ensemble = RoundStep.train(x, labelledRows, labelled.y(), r.model(), ExperimentPlan.PAIRING, r.seed(), r.strategy().name(), 0,
                ExperimentListener.NONE, token, null);
        List<Pick> picks = RoundStep.query(r.strategy().create(), ensemble, x, labelledRows, labelled.y(),
                unavailable, r.batch(), r.seed(), r.strategy().name(), 0);
        Prediction p = ensemble.predict(picks.stream().map(k -> x[k.index()]).toArray(double[][]::new));
        List<Suggestion> out = new ArrayList<>();
        for (int i = 0; i < picks.size(); i++)
            out.add(new Suggestion(i + 1, fresh.get(picks.get(i).index() - n), p.mean()[i], p.std()[i], picks.get(i)));
        return out;
    }
}

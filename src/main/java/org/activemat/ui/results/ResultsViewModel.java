package org.activemat.ui.results;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activemat.engine.io.DatasetInfo;
import org.activemat.engine.io.ExplorationInfo;
import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.ExperimentSummary;
import org.activemat.engine.loop.LabelCost;
import org.activemat.engine.loop.RunResult;
import org.activemat.engine.loop.TestPredictions;
import org.activemat.engine.stats.LearningCurve;
import org.activemat.engine.stats.Coverage;
import org.activemat.engine.stats.Spearman;
import org.activemat.engine.stats.StrategyComparison;

import org.activemat.engine.strategy.Strategies;
import org.activemat.engine.study.PairedSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Results panel's state, from the engine's ExperimentSummary of the finished runs: one row per strategy, and
 * the test-set predictions of a chosen strategy (one seed or all pooled) for the parity and calibration plots.
 */
public final class ResultsViewModel {
    /** Seed choice meaning "all seeds pooled". */
    public static final int ALL_SEEDS = -1;

    private final ObservableList<StrategyRow> rows = FXCollections.observableArrayList();
    private Map<String, Double> labelSeconds = Map.of();
    private final ReadOnlyObjectWrapper<List<LabelCost.Curve>> costCurves = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableList<String> strategies = FXCollections.observableArrayList();
    private final ObservableList<Integer> seeds = FXCollections.observableArrayList();
    private final StringProperty strategy = new SimpleStringProperty();
    private final IntegerProperty seed = new SimpleIntegerProperty(ALL_SEEDS);
    private final ReadOnlyObjectWrapper<Predictions> predictions = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("No results yet: run an experiment or open a saved one.");
    private ExperimentResult result;
    private String target = "";
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final StoppingRows stopping = new StoppingRows();

    /** Where each stopping rule would have stopped, per strategy (the Stopping rules tab). */
    public StoppingRows stopping() { return stopping; }

    /** The comparison in plain words: which strategy differs from random, by how much, or how many seeds would tell. */
    public ReadOnlyStringProperty verdictProperty() { return verdict.getReadOnlyProperty(); }

    /** "31.8 % (22.6 … 39.0)", "never (< 0 … 6.5)": labels saved with its bootstrap interval, short enough for a cell. */
    static String saved(org.activemat.engine.stats.LabelsSaved l) {
        if (l.seeds() == 0) return "—";
        String point = l.reached() ? String.format(Locale.ROOT, "%.1f %%", l.percent()) : "never";
        if (!l.hasInterval()) return point;
        return point + " (" + bound(l.low()) + " … " + bound(l.high()) + ")";
    }

    private static String bound(double v) {
        return v == Double.NEGATIVE_INFINITY ? "< 0" : String.format(Locale.ROOT, "%.1f", v);
    }

    /** "−7.0 % (−25.7 … +11.7)": the paired difference of final MAE with its 95 % interval. */
    static String interval(org.activemat.engine.stats.PairedDifference d) {
        if (Double.isNaN(d.mean())) return "—";
        if (!d.hasInterval()) return String.format(Locale.ROOT, "%+.1f %% (1 seed)", d.mean());
        return String.format(Locale.ROOT, "%+.1f %% (%+.1f … %+.1f)", d.mean(), d.low(), d.high());
    }

    /**
     * Pooled test predictions and their calibration (Spearman ρ of std vs |error|, coverage of 2σ), the coverage also
     * with each run's recalibrated std (NaN when a chosen run recorded none).
     */
    public record Predictions(String strategy, String seedLabel, List<String> ids, double[] truth, double[] mean, double[] std,
                              double[] absError, double spearman, double within2Sigma, double widening95,
                              double within2SigmaRecalibrated, double widening95Recalibrated) {}

    public ResultsViewModel() {
        strategy.addListener(o -> rebuildPredictions());
        seed.addListener(o -> rebuildPredictions());
    }

    public void show(ResultsDocument doc) {
        labelSeconds = Map.of();
        show(doc.toResult(), doc.target(), labelSource(doc));
    }

    /** The DFT seconds the data records per structure id, once known: adds what each strategy's labels cost. */
    public void setLabelSeconds(Map<String, Double> secondsById) {
        labelSeconds = Map.copyOf(secondsById);
        if (result != null) rebuildRows();
    }

    /** Where the labels came from, the first thing to know when reading a live experiment's numbers. */
    static String labelSource(ResultsDocument doc) {
        ExplorationInfo e = doc.exploration();
        if (e != null) {
            Map<String, String> q = e.oracle();
            String test = e.testSet() == null ? "its test set" : e.testSet().name() + " (" + e.testSet().rows() + " entries)";
            String pool = e.poolFile() == null ? String.format(Locale.ROOT, "%d generated %s structures (seed %d)", e.poolSize(), e.system(), e.poolSeed())
                    : String.format(Locale.ROOT, "the %d structures of %s", e.poolSize(), fileName(e.poolFile()));
            return String.format(Locale.ROOT, "Labels computed live with pw.x (%s, %s/%s Ry) for a pool of %s; every round scored on %s. ",
                    q.getOrDefault("functional", "DFT"), q.getOrDefault("ecutwfc_Ry", "?"), q.getOrDefault("ecutrho_Ry", "?"), pool, test);
        }
        return doc.dataset() == null ? "" : "Labels replayed from " + doc.dataset().name() + " (" + doc.dataset().rows() + " entries). ";
    }

    private static String fileName(DatasetInfo d) {
        return d.file() == null || d.file().isBlank() ? d.name() : String.valueOf(java.nio.file.Path.of(d.file()).getFileName());
    }

    public void show(ExperimentResult r, String target, String labelSource) {
        result = r;
        this.target = target;
        ExperimentSummary s = ExperimentSummary.of(r);
        rebuildRows();
        strategies.setAll(s.curves().keySet());
        List<Integer> sd = new ArrayList<>();
        sd.add(ALL_SEEDS);
        sd.addAll(r.plan().seeds());
        seed.set(ALL_SEEDS);   // a seed of the last experiment may not be in this one
        seeds.setAll(sd);
        if (strategy.get() == null || !strategies.contains(strategy.get()))
            strategy.set(strategies.isEmpty() ? null : strategies.get(0));
        headline.set(String.format(Locale.ROOT, "%s%s%d runs, target %s, final round at %d labels. The difference, p (Holm) and "
                        + "labels saved compare each strategy with " + Strategies.BASELINE + ", paired by seed (Holm across this experiment's strategies).",
                r.complete() ? "" : "Partial (cancelled): ", labelSource, r.runs().size(), target,
                r.plan().labelCounts()[r.plan().rounds() - 1]));
        rebuildPredictions();
    }

    private void rebuildRows() {
        ExperimentSummary s = ExperimentSummary.of(result);
        Map<String, LabelCost> cost = LabelCost.of(result, labelSeconds);
        List<StrategyRow> out = new ArrayList<>();
        PairedSummary paired = PairedSummary.of(target, result);
        for (var e : s.comparisons().entrySet()) {
            StrategyComparison c = e.getValue();
            LearningCurve curve = s.curves().get(e.getKey());
            var vs = paired.comparison(e.getKey());
            out.add(new StrategyRow(e.getKey(), c.finalMae(), c.finalMaeStd(), curve.rmseMean()[curve.rmseMean().length - 1],
                    c.finalR2(), vs.map(v -> interval(v.finalMae())).orElse("—"), vs.map(v -> v.holmP()).orElse(Double.NaN),
                    vs.map(v -> v.finalMae().dz()).orElse(Double.NaN), vs.map(v -> saved(v.labelsSaved())).orElse("—"),
                    c.spearmanStdVsError(), c.within2Sigma(), c.widening95(), c.within2SigmaRecalibrated(), c.widening95Recalibrated(),
                    curve.seeds(), cost.get(e.getKey())));
        }
        rows.setAll(out);
        stopping.show(result, target);
        verdict.set(paired.verdict().replace(" on " + target, ""));
        costCurves.set(LabelCost.curves(result, labelSeconds));
    }

    public void clear() {
        result = null;
        rows.clear();
        stopping.clear();
        costCurves.set(List.of());
        strategies.clear();
        predictions.set(null);
        headline.set("No results yet: run an experiment or open a saved one.");
    }

    private void rebuildPredictions() {
        if (result == null || strategy.get() == null) { predictions.set(null); return; }
        List<TestPredictions> chosen = new ArrayList<>();
        List<double[]> recalibrated = new ArrayList<>();   // null entries: a run without recalibration
        for (RunResult run : result.runs())
            if (run.strategy().equals(strategy.get()) && (seed.get() == ALL_SEEDS || run.seed() == seed.get())) {
                chosen.add(run.testPredictions());
                recalibrated.add(ExperimentSummary.recalibratedStd(run));
            }
        int n = chosen.stream().mapToInt(p -> p.truth().length).sum();
        boolean recal = !recalibrated.isEmpty() && recalibrated.stream().allMatch(java.util.Objects::nonNull);
        double[] t = new double[n], m = new double[n], sd = new double[n], err = new double[n], re = new double[n];
        List<String> ids = new ArrayList<>(n);
        int k = 0;
        for (int c = 0; c < chosen.size(); c++) {
            TestPredictions p = chosen.get(c);
            for (int i = 0; i < p.truth().length; i++, k++) {
                if (recal) re[k] = recalibrated.get(c)[i];
                ids.add(p.ids().get(i));
                t[k] = p.truth()[i];
                m[k] = p.mean()[i];
                sd[k] = p.std()[i];
                err[k] = Math.abs(p.truth()[i] - p.mean()[i]);
            }
        }
        double rho = n > 2 ? Spearman.rho(sd, err) : Double.NaN;
        predictions.set(new Predictions(strategy.get(), seed.get() == ALL_SEEDS ? "all seeds" : "seed " + seed.get(),
                ids, t, m, sd, err, rho, Coverage.within(2, t, m, sd), Coverage.widening95(t, m, sd),
                recal ? Coverage.within(2, t, m, re) : Double.NaN, recal ? Coverage.widening95(t, m, re) : Double.NaN));
    }

    public ExperimentResult result() { return result; }
    public ObservableList<StrategyRow> rows() { return rows; }
    public ObservableList<String> strategies() { return strategies; }
    public ObservableList<Integer> seeds() { return seeds; }

    /** The experiment's target property ("" before any). */
    public String target() { return target; }
    public StringProperty strategyProperty() { return strategy; }
    public IntegerProperty seedProperty() { return seed; }
    /** MAE against the DFT time of the labels, per strategy; empty when the data records no pw.x times. */
    public ReadOnlyObjectProperty<List<LabelCost.Curve>> costCurvesProperty() { return costCurves.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Predictions> predictionsProperty() { return predictions.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headlineProperty() { return headline.getReadOnlyProperty(); }
}

package org.activemat.ui.run;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activemat.engine.loop.ExperimentListener;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentResult;
import org.activemat.engine.loop.ExperimentRunner;
import org.activemat.engine.loop.RoundResult;
import org.activemat.engine.loop.RunResult;
import org.activemat.engine.stats.LearningCurve;
import org.activemat.engine.stats.Metrics;
import org.activemat.engine.task.ProgressListener;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Run panel's state. The engine calls listener() from its worker threads; events only go into a lock-free queue
 * and a counter. The FX thread drains the queue on the task's 50 ms sampler (drain()), so however fast rounds finish,
 * the curves are rebuilt at most 20 times a second.
 */
public final class RunViewModel {
    private final ConcurrentLinkedQueue<Object> inbox = new ConcurrentLinkedQueue<>();
    private final Map<String, Map<Integer, List<RoundResult>>> rounds = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<List<CurveSeries>> curves = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Not run yet.");
    private final ReadOnlyIntegerWrapper finishedRuns = new ReadOnlyIntegerWrapper(0);
    private final ObservableList<String> strategies = FXCollections.observableArrayList();
    private final ObservableList<Integer> seeds = FXCollections.observableArrayList();
    private final StringProperty viewStrategy = new SimpleStringProperty();
    private final IntegerProperty viewSeed = new SimpleIntegerProperty(0);
    private final IntegerProperty viewRound = new SimpleIntegerProperty(0);
    private final ReadOnlyIntegerWrapper maxRound = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<PickView> picks = new ReadOnlyObjectWrapper<>(PickView.empty());
    private final ReadOnlyStringWrapper adaptiveLine = new ReadOnlyStringWrapper(""), adaptiveDetails = new ReadOnlyStringWrapper(""),
            batchChoice = new ReadOnlyStringWrapper("");
    private final Map<String, RunResult> finished = new LinkedHashMap<>();
    private ExperimentPlan plan;
    private boolean followLatest = true;

    public RunViewModel() {
        viewStrategy.addListener(o -> rebuildPicks());
        viewSeed.addListener(o -> rebuildPicks());
        viewRound.addListener(o -> {
            followLatest = viewRound.get() >= maxRound.get();
            rebuildPicks();
        });
    }

    /** A new experiment starts: forget the last one's live state. */
    public void start(ExperimentPlan plan) {
        this.plan = plan;
        inbox.clear();
        rounds.clear();
        finished.clear();
        finishedRuns.set(0);
        strategies.setAll(plan.strategyNames());
        seeds.setAll(plan.seeds());
        if (viewStrategy.get() == null || !plan.strategyNames().contains(viewStrategy.get())) viewStrategy.set(plan.strategyNames().get(0));
        if (!plan.seeds().contains(viewSeed.get())) viewSeed.set(plan.seeds().get(0));
        followLatest = true;
        running.set(true);
        summary.set(plan.runs() + " runs (" + plan.strategies().size() + " strategies × " + plan.seeds().size()
                + " seeds) of " + plan.rounds() + " rounds…");
        rebuildCurves();
        rebuildPicks();
    }

    /** Receives engine events on worker threads: queue them, count members into the progress tracker. */
    public ExperimentListener listener(ProgressListener progress) {
        long total = ExperimentRunner.totalMembers(plan);
        AtomicLong members = new AtomicLong();
        progress.progress(0, total, "starting");
        return new ExperimentListener() {
            @Override public void memberTrained(String strategy, int seed, int round, int member) {
                progress.progress(members.incrementAndGet(), total, strategy + ", seed " + seed + ", round " + round);
            }

            @Override public void roundFinished(String strategy, int seed, RoundResult round) {
                inbox.add(new RoundEvent(strategy, seed, round));
            }

            @Override public void runFinished(RunResult run) { inbox.add(run); }
        };
    }

    private record RoundEvent(String strategy, int seed, RoundResult round) {}

    /** FX thread, every sample period: apply what the workers reported since the last call. */
    public void drain() {
        boolean changed = false;
        for (Object o; (o = inbox.poll()) != null; ) {
            changed = true;
            if (o instanceof RoundEvent e) rounds.computeIfAbsent(e.strategy(), k -> new TreeMap<>())
                    .computeIfAbsent(e.seed(), k -> new ArrayList<>()).add(e.round());
            else if (o instanceof RunResult r) {
                finished.put(r.strategy() + "#" + r.seed(), r);
                finishedRuns.set(finished.size());
            }
        }
        if (changed) {
            rebuildCurves();
            rebuildPicks();
        }
    }

    /** The experiment ended (complete or cancelled): show exactly its finished runs. */
    public void finish(ExperimentResult result) {
        drain();
        load(result);
        running.set(false);
        summary.set(String.format("%s: %d of %d runs finished in %.1f s.", result.complete() ? "Done" : "Cancelled",
                result.runs().size(), result.plan().runs(), result.wallSeconds()));
    }

    public void failed(String why) {
        drain();
        running.set(false);
        summary.set("Failed: " + why);
    }

    /** Shows a finished or opened experiment without retraining. */
    public void load(ExperimentResult result) {
        this.plan = result.plan();
        rounds.clear();
        finished.clear();
        for (RunResult r : result.runs()) {
            rounds.computeIfAbsent(r.strategy(), k -> new TreeMap<>()).put(r.seed(), new ArrayList<>(r.rounds()));
            finished.put(r.strategy() + "#" + r.seed(), r);
        }
        finishedRuns.set(finished.size());
        strategies.setAll(plan.strategyNames());
        seeds.setAll(plan.seeds());
        if (viewStrategy.get() == null || !plan.strategyNames().contains(viewStrategy.get())) viewStrategy.set(plan.strategyNames().get(0));
        if (!plan.seeds().contains(viewSeed.get())) viewSeed.set(plan.seeds().get(0));
        followLatest = true;
        summary.set(String.format("%d of %d runs, %.1f s of computing.", result.runs().size(), plan.runs(), result.wallSeconds()));
        rebuildCurves();
        rebuildPicks();
    }

    /** Mean ± std per round over the seeds that reached it, with the engine's LearningCurve statistics. */
    private void rebuildCurves() {
        List<CurveSeries> out = new ArrayList<>();
        if (plan == null) { curves.set(out); return; }
        int[] labels = plan.labelCounts();
        for (String s : plan.strategyNames()) {
            Map<Integer, List<RoundResult>> bySeed = rounds.get(s);
            if (bySeed == null) continue;
            List<Integer> l = new ArrayList<>();
            List<double[]> stats = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            for (int r = 0; r < labels.length; r++) {
                List<Metrics[]> perSeed = new ArrayList<>();
                for (List<RoundResult> rs : bySeed.values()) if (rs.size() > r) perSeed.add(new Metrics[]{rs.get(r).metrics()});
                if (perSeed.isEmpty()) break;
                LearningCurve c = LearningCurve.of(s, new int[]{labels[r]}, perSeed);
                l.add(labels[r]);
                stats.add(new double[]{c.maeMean()[0], c.maeStd()[0], c.rmseMean()[0], c.rmseStd()[0], c.r2Mean()[0], c.r2Std()[0]});
                counts.add(perSeed.size());
            }
            if (l.isEmpty()) continue;
            int n = l.size();
            double[][] cols = new double[6][n];
            for (int i = 0; i < n; i++) for (int k = 0; k < 6; k++) cols[k][i] = stats.get(i)[k];
            out.add(new CurveSeries(s, l.stream().mapToInt(Integer::intValue).toArray(), cols[0], cols[1], cols[2], cols[3],
                    cols[4], cols[5], counts.stream().mapToInt(Integer::intValue).toArray()));
        }
        curves.set(List.copyOf(out));
    }

    private void rebuildPicks() {
        rebuildAdaptive();
        String s = viewStrategy.get();
        List<RoundResult> rs = s == null ? null : rounds.getOrDefault(s, Map.of()).get(viewSeed.get());
        if (rs == null || rs.isEmpty()) {
            maxRound.set(0);
            picks.set(PickView.empty());
            batchChoice.set("");
            return;
        }
        maxRound.set(rs.size() - 1);
        if (followLatest || viewRound.get() > rs.size() - 1) viewRound.set(rs.size() - 1);
        int upto = Math.min(viewRound.get(), rs.size() - 1);
        Set<String> labelled = new LinkedHashSet<>();
        Map<String, String> reasons = new HashMap<>();
        Map<String, Integer> roundOf = new HashMap<>();
        for (int r = 0; r < rs.size(); r++) {
            RoundResult rr = rs.get(r);
            for (int i = 0; i < rr.addedIds().size(); i++) {
                String id = rr.addedIds().get(i);
                roundOf.putIfAbsent(id, r);
                if (i < rr.reasons().size()) reasons.putIfAbsent(id, rr.reasons().get(i));
                if (r <= upto) labelled.add(id);
            }
        }
        RoundResult at = rs.get(upto);
        batchChoice.set(AdaptiveChoices.batch(at));
        picks.set(new PickView(s, viewSeed.get(), upto, at.labelled(), labelled, at.addedIds(), reasons, roundOf));
    }

    /** The adaptive strategy's choices on the viewed seed, whichever strategy the map shows (live, as rounds finish). */
    private void rebuildAdaptive() {
        List<RoundResult> rs = rounds.getOrDefault("adaptive", Map.of()).get(viewSeed.get());
        adaptiveLine.set(rs == null ? "" : AdaptiveChoices.line(viewSeed.get(), rs));
        adaptiveDetails.set(rs == null ? "" : AdaptiveChoices.details(rs));
    }

    /** Test ids of a seed's split, from any finished run with that seed (the split depends on the seed only). */
    public Set<String> testIds(int seed) {
        for (RunResult r : finished.values()) if (r.seed() == seed) return new LinkedHashSet<>(r.testPredictions().ids());
        return null;
    }

    /** Round in which each id was labelled by strategy/seed, from what has been reported so far. */
    public Map<String, Integer> pickRounds(String strategy, int seed) {
        List<RoundResult> rs = rounds.getOrDefault(strategy, Map.of()).get(seed);
        if (rs == null) return null;
        Map<String, Integer> out = new HashMap<>();
        for (int r = 0; r < rs.size(); r++) for (String id : rs.get(r).addedIds()) out.putIfAbsent(id, r);
        return out;
    }

    public ExperimentPlan plan() { return plan; }

    public ReadOnlyObjectProperty<List<CurveSeries>> curvesProperty() { return curves.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty finishedRunsProperty() { return finishedRuns.getReadOnlyProperty(); }
    public ObservableList<String> strategies() { return strategies; }
    public ObservableList<Integer> seeds() { return seeds; }
    public StringProperty viewStrategyProperty() { return viewStrategy; }
    public IntegerProperty viewSeedProperty() { return viewSeed; }
    public IntegerProperty viewRoundProperty() { return viewRound; }
    public ReadOnlyIntegerProperty maxRoundProperty() { return maxRound.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<PickView> picksProperty() { return picks.getReadOnlyProperty(); }
    /** "adaptive, seed 0 — round 1: random · 2: lcmd …"; "" when the experiment has no adaptive run (yet). */
    public ReadOnlyStringProperty adaptiveLineProperty() { return adaptiveLine.getReadOnlyProperty(); }
    /** Each round's choice with the bandit's reason, one per line. */
    public ReadOnlyStringProperty adaptiveDetailsProperty() { return adaptiveDetails.getReadOnlyProperty(); }
    /** Which arm chose the viewed round's batch and why, when the viewed strategy is adaptive; "" otherwise. */
    public ReadOnlyStringProperty batchChoiceProperty() { return batchChoice.getReadOnlyProperty(); }
}

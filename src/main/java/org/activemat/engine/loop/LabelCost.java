package org.activemat.engine.loop;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a strategy's labels cost to compute: the DFT seconds the data records for the structures a run labelled (the
 * initial draw and every pick), summed per run, mean ± std over seeds. Labels are not all equal: a strategy that
 * needs fewer of them may still choose larger or less symmetric cells, which cost more.
 */
public record LabelCost(String strategy, double meanSeconds, double stdSeconds, int runs) {

    /** The cost the data records for each structure (the bundled samples and live label caches record wall_seconds). */
    public static Map<String, Double> recordedSeconds(Dataset d) {
        Map<String, Double> out = new HashMap<>();
        for (Entry e : d.entries()) e.property("wall_seconds").ifPresent(s -> out.put(e.id(), s));
        return out;
    }

    /** Per strategy, in plan order; empty when a labelled structure has no recorded cost. */
    public static Map<String, LabelCost> of(ExperimentResult result, Map<String, Double> secondsById) {
        Map<String, List<Double>> perStrategy = new LinkedHashMap<>();
        for (RunResult run : result.runs()) {
            double sum = 0;
            for (RoundResult round : run.rounds())
                for (String id : round.addedIds()) {
                    Double s = secondsById.get(id);
                    if (s == null) return Map.of();
                    sum += s;
                }
            perStrategy.computeIfAbsent(run.strategy(), k -> new ArrayList<>()).add(sum);
        }
        Map<String, LabelCost> out = new LinkedHashMap<>();
        for (String s : result.plan().strategyNames()) {
            List<Double> v = perStrategy.get(s);
            if (v == null) continue;
            double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double var = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / Math.max(1, v.size() - 1);
            out.put(s, new LabelCost(s, mean, v.size() > 1 ? Math.sqrt(var) : 0, v.size()));
        }
        return out;
    }

    /** Test MAE against the DFT time spent so far, round by round: the learning curve in the currency that matters. */
    public record Curve(String strategy, double[] seconds, double[] maeMean, double[] maeStd) {}

    /**
     * Per strategy, in plan order: the DFT seconds of the labels each round trained on (mean over the seeds that reached
     * the round) with the MAE mean ± std over the same seeds; empty when a labelled structure has no recorded cost.
     */
    public static List<Curve> curves(ExperimentResult result, Map<String, Double> secondsById) {
        if (of(result, secondsById).isEmpty()) return List.of();
        List<Curve> out = new ArrayList<>();
        for (String s : result.plan().strategyNames()) {
            List<RunResult> runs = result.runs().stream().filter(r -> r.strategy().equals(s)).toList();
            int rounds = runs.stream().mapToInt(r -> r.rounds().size()).max().orElse(0);
            if (rounds == 0) continue;
            double[] sec = new double[rounds], mean = new double[rounds], std = new double[rounds];
            for (int k = 0; k < rounds; k++) {
                List<double[]> costAndMae = new ArrayList<>();
                for (RunResult r : runs) {
                    if (r.rounds().size() <= k) continue;
                    double spent = 0;
                    for (int j = 0; j <= k; j++) for (String id : r.rounds().get(j).addedIds()) spent += secondsById.get(id);
                    costAndMae.add(new double[]{spent, r.rounds().get(k).metrics().mae()});
                }
                sec[k] = costAndMae.stream().mapToDouble(v -> v[0]).average().orElse(Double.NaN);
                mean[k] = costAndMae.stream().mapToDouble(v -> v[1]).average().orElse(Double.NaN);
                double m = mean[k];
                std[k] = costAndMae.size() < 2 ? 0 : Math.sqrt(costAndMae.stream().mapToDouble(v -> (v[1] - m) * (v[1] - m)).sum()
                        / (costAndMae.size() - 1));
            }
            out.add(new Curve(s, sec, mean, std));
        }
        return out;
    }

    /** "37 ± 3 min", "1.25 ± 0.10 h", "45 ± 2 s"; one run has no spread to show: "42 min". */
    public String formatted() {
        boolean spread = runs > 1 && Double.isFinite(stdSeconds);
        if (meanSeconds >= 3600) return spread ? String.format(Locale.ROOT, "%.2f ± %.2f h", meanSeconds / 3600, stdSeconds / 3600)
                : String.format(Locale.ROOT, "%.2f h", meanSeconds / 3600);
        if (meanSeconds >= 60) return spread ? String.format(Locale.ROOT, "%.0f ± %.0f min", meanSeconds / 60, stdSeconds / 60)
                : String.format(Locale.ROOT, "%.0f min", meanSeconds / 60);
        return spread ? String.format(Locale.ROOT, "%.0f ± %.0f s", meanSeconds, stdSeconds) : String.format(Locale.ROOT, "%.0f s", meanSeconds);
    }
}

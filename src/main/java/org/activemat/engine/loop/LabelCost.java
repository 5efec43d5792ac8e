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
        for (String s : result.plan().strategies()) {
            List<Double> v = perStrategy.get(s);
            if (v == null) continue;
            double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double var = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / Math.max(1, v.size() - 1);
            out.put(s, new LabelCost(s, mean, v.size() > 1 ? Math.sqrt(var) : 0, v.size()));
        }
        return out;
    }

    /** "37 ± 3 min", "1.25 ± 0.10 h", "45 ± 0 s". */
    public String formatted() {
        if (meanSeconds >= 3600) return String.format(Locale.ROOT, "%.2f ± %.2f h", meanSeconds / 3600, stdSeconds / 3600);
        if (meanSeconds >= 60) return String.format(Locale.ROOT, "%.0f ± %.0f min", meanSeconds / 60, stdSeconds / 60);
        return String.format(Locale.ROOT, "%.0f ± %.0f s", meanSeconds, stdSeconds);
    }
}

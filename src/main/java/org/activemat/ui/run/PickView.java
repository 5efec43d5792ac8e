package org.activemat.ui.run;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labelled set of one strategy and seed at one round: every id labelled up to and including that round,
 * the ids the round added (its batch; the initial random draw at round 0), and why each id was picked.
 */
public record PickView(String strategy, int seed, int round, int labelledCount, Set<String> labelled, List<String> batch,
                       Map<String, String> reasons, Map<String, Integer> roundOf) {
    public static PickView empty() {
        return new PickView(null, 0, 0, 0, Set.of(), List.of(), Map.of(), Map.of());
    }

    /** "si-12 was labelled in round 3: variance rank 1 …", or null when the id was not labelled by then. */
    public String explain(String id) {
        Integer r = roundOf.get(id);
        if (r == null || r > round) return null;
        String why = reasons.getOrDefault(id, "");
        return id + " — labelled in round " + r + (r == 0 ? " (initial random draw)" : "") + (why.isEmpty() ? "" : ": " + why);
    }
}

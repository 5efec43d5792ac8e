package org.activemat.engine.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison in plain words. A strategy is significant when its Holm-adjusted p &lt; 0.05; negative % = fewer
 * errors than the baseline = better:
 * <ul>
 * <li>"diversity beats random on Ti–O: −10.2 % MAE (95 % CI −14.1 … −6.3 %, p = 0.003 after Holm)"</li>
 * <li>"uncertainty is worse than random on C: +8.0 % MAE (95 % CI +2.1 … +13.9 %, p = 0.02 after Holm)"</li>
 * <li>"no strategy differs from random on Si at 5 seeds; about 24 seeds would detect a 5 % difference"</li>
 * </ul>
 * When nothing is significant, the seeds needed come from the largest observed s_d among the strategies, so that
 * number is enough for every one of them (SeedsNeeded: 80 % power, two-sided α = 0.05).
 */
public final class Verdict {
    private Verdict() {}

    public static final double ALPHA = 0.05;

    /** One strategy's paired difference against the baseline and its Holm-adjusted p. */
    public record Entry(String strategy, PairedDifference difference, double holmP) {}

    public static boolean significant(double holmP) { return holmP < ALPHA; }

    /** The sentence for one strategy (significant or not). */
    public static String line(String strategy, String baseline, String system, PairedDifference d, double holmP) {
        String on = baseline + " on " + system;
        if (d.n() == 0) return strategy + " shares no seed with " + on;
        String mae = Wording.signed(d.mean()) + " % MAE";
        if (!d.hasInterval()) return strategy + " vs " + on + ": " + mae + " (1 seed: no interval, no test)";
        String verb = !significant(holmP) ? " does not differ from " : d.mean() < 0 ? " beats " : " is worse than ";
        return strategy + verb + on + ": " + mae + " (95 % CI " + Wording.signed(d.low()) + " … " + Wording.signed(d.high())
                + " %, " + Wording.p(holmP) + " after Holm)";
    }

    /**
     * The verdict for one system: the sentences of the significant strategies (then which others do not differ), or,
     * when none is, how many seeds would detect a difference of delta %.
     */
    public static String system(String system, String baseline, int seeds, List<Entry> entries, double delta) {
        if (entries.isEmpty()) return "no strategy to compare with " + baseline + " on " + system;
        List<String> lines = new ArrayList<>(), others = new ArrayList<>();
        double maxSd = Double.NaN;
        for (Entry e : entries) {
            PairedDifference d = e.difference();
            if (d.hasInterval() && significant(e.holmP())) lines.add(line(e.strategy(), baseline, system, d, e.holmP()));
            else others.add(e.strategy());
            if (d.hasInterval() && !(d.std() <= maxSd)) maxSd = d.std();
        }
        String at = " at " + Wording.seeds(seeds);
        if (!lines.isEmpty()) {
            if (!others.isEmpty())
                lines.add(Wording.list(others) + (others.size() == 1 ? " does" : " do") + " not differ from " + baseline + at);
            return String.join("; ", lines);
        }
        if (Double.isNaN(maxSd))
            return "no strategy can be tested against " + baseline + " on " + system + at + "; at least 2 seeds are needed";
        int needed = SeedsNeeded.of(maxSd, delta).getAsInt();
        String head = "no strategy differs from " + baseline + " on " + system + at + "; ";
        String diff = Wording.plain(delta) + " % difference";
        if (needed <= seeds)
            return head + "about " + Wording.seeds(needed) + " would already detect a " + diff + ", so any difference is likely smaller";
        return head + "about " + Wording.seeds(needed) + " would detect a " + diff;
    }
}

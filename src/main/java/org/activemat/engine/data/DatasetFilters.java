package org.activemat.engine.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The paper's data filters, applied in this order: duplicate ids dropped (the first occurrence is kept),
 * structures outside the site range dropped, entries whose target is missing or not finite dropped.
 * The site range applies to entries with a structure only: a composition-only entry (CSV formula, ComputedEntry)
 * has no cell, and a formula unit such as "Si" or "Fe0.5Ni0.5" says nothing about the number of sites.
 * Returns the filtered dataset with a report of how many each filter removed.
 */
public final class DatasetFilters {
    private DatasetFilters() {}

    /** What to filter on; target may be null (no target filter). */
    public record Settings(int minSites, int maxSites, String target, boolean dropDuplicateIds) {
        public Settings {
            if (minSites < 1 || maxSites < minSites)
                throw new IllegalArgumentException("site range must satisfy 1 <= min <= max, got " + minSites + "–" + maxSites);
        }

        /** The paper's settings: 2–50 sites, finite target, duplicate ids dropped. */
        public static Settings paper(String target) { return new Settings(2, 50, target, true); }

        public Settings withSites(int min, int max) { return new Settings(min, max, target, dropDuplicateIds); }
    }

    /** Counts removed by each filter, in the order they ran. */
    public record Report(int input, int duplicateIds, int outsideSiteRange, int compositionOnly, int missingTarget,
                         int nonFiniteTarget, int kept, Settings settings) {
        public int removed() { return input - kept; }

        /** What was kept, then one line per filter, e.g. "sites outside 2–50: removed 3". */
        public List<String> lines() {
            List<String> l = new ArrayList<>();
            l.add("kept " + kept + " of " + input);   // first: the outcome must survive a narrow window
            l.add("duplicate ids: removed " + duplicateIds);
            l.add("sites outside " + settings.minSites() + "–" + settings.maxSites() + ": removed " + outsideSiteRange
                    + (compositionOnly > 0 ? " (not applied to " + compositionOnly + " composition-only entries)" : ""));
            if (settings.target() != null) {
                l.add("target '" + settings.target() + "' missing: removed " + missingTarget);
                l.add("target '" + settings.target() + "' not finite (NaN/inf): removed " + nonFiniteTarget);
            }
            return l;
        }
    }

    public record Result(Dataset dataset, Report report) {}

    public static Result apply(Dataset data, Settings s) {
        List<Entry> kept = new ArrayList<>(data.size());
        Set<String> seen = new HashSet<>();
        int dup = 0, sites = 0, compositionOnly = 0, missing = 0, nonFinite = 0;
        for (Entry e : data.entries()) {
            if (s.dropDuplicateIds() && !seen.add(e.id())) { dup++; continue; }
            if (!e.hasStructure()) compositionOnly++;
            else if (e.sites() < s.minSites() || e.sites() > s.maxSites()) { sites++; continue; }
            if (s.target() != null) {
                Double y = e.properties().get(s.target());
                if (y == null) { missing++; continue; }
                if (!Double.isFinite(y)) { nonFinite++; continue; }
            }
            kept.add(e);
        }
        Report r = new Report(data.size(), dup, sites, compositionOnly, missing, nonFinite, kept.size(), s);
        return new Result(data.withEntries(kept), r);
    }
}

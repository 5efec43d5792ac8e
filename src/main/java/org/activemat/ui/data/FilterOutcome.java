package org.activemat.ui.data;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The paper's filters with a count per filter. TEMPORARY: replaced by engine.data.DatasetFilters once merged. */
record FilterOutcome(Dataset dataset, List<String> lines) {
    static FilterOutcome apply(Dataset data, int minSites, int maxSites, String target, boolean dropDuplicates) {
        List<Entry> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int dup = 0, sites = 0, bad = 0;
        for (Entry e : data.entries()) {
            if (dropDuplicates && !seen.add(e.id())) { dup++; continue; }
            if (e.sites() < minSites || e.sites() > maxSites) { sites++; continue; }
            if (target != null) {
                Double y = e.properties().get(target);
                if (y == null || !Double.isFinite(y)) { bad++; continue; }
            }
            kept.add(e);
        }
        List<String> lines = new ArrayList<>();
        lines.add("duplicate ids: removed " + dup);
        lines.add("sites outside " + minSites + "–" + maxSites + ": removed " + sites);
        if (target != null) lines.add("target missing or not finite: removed " + bad);
        lines.add("kept " + kept.size() + " of " + data.size());
        return new FilterOutcome(data.withEntries(kept), lines);
    }
}

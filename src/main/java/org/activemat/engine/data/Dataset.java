package org.activemat.engine.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A named list of entries with provenance (where it came from: file, format, SHA-256 fingerprint).
 * Immutable; filters return new datasets.
 */
public final class Dataset {
    private final String name;
    private final List<Entry> entries;
    private final Map<String, String> provenance;

    public Dataset(String name, List<Entry> entries, Map<String, String> provenance) {
        this.name = name;
        this.entries = List.copyOf(entries);
        this.provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    public String name() { return name; }

    public List<Entry> entries() { return entries; }

    public int size() { return entries.size(); }

    public Entry get(int i) { return entries.get(i); }

    /** format, path, sha256 and anything else the reader knows about the source. */
    public Map<String, String> provenance() { return provenance; }

    /** SHA-256 of the input file(s), or "" if the dataset was made in memory. */
    public String fingerprint() { return provenance.getOrDefault("sha256", ""); }

    /** Names of numeric properties, ordered by how many entries carry them (most first), then by name. */
    public List<String> propertyNames() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Entry e : entries) for (String k : e.properties().keySet()) counts.merge(k, 1, Integer::sum);
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort((a, b) -> counts.get(b) - counts.get(a));
        return names;
    }

    /** True when every entry carries a structure (structure descriptors are then available). */
    public boolean allHaveStructures() {
        for (Entry e : entries) if (!e.hasStructure()) return false;
        return true;
    }

    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        for (Entry e : entries) ids.add(e.id());
        return ids;
    }

    public Dataset withEntries(List<Entry> subset) { return new Dataset(name, subset, provenance); }

    @Override public String toString() { return "Dataset[" + name + ", " + entries.size() + " entries]"; }
}

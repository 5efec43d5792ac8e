package org.activemat.engine.data;

import org.activemat.engine.chem.Composition;
import org.activemat.engine.chem.Structure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One record of a dataset: an id, a structure (or, for composition-only data, null),
 * numeric properties by name (energy, energy_per_atom, formation_energy_per_atom, band_gap, …),
 * per-site arrays (forces, n×3) and text info (source-specific strings such as a calculator name).
 */
public record Entry(String id, Structure structure, Composition composition,
                    Map<String, Double> properties, Map<String, double[][]> siteArrays,
                    Map<String, String> info, String source) {

    public Entry {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("entry id must not be empty");
        if (composition == null && structure != null) composition = structure.composition();
        if (composition == null) throw new IllegalArgumentException("entry " + id + " has neither structure nor composition");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties == null ? Map.of() : properties));
        siteArrays = Collections.unmodifiableMap(new LinkedHashMap<>(siteArrays == null ? Map.of() : siteArrays));
        info = Collections.unmodifiableMap(new LinkedHashMap<>(info == null ? Map.of() : info));
    }

    public static Entry of(String id, Structure structure, Map<String, Double> properties, String source) {
        return new Entry(id, structure, null, properties, Map.of(), Map.of(), source);
    }

    public static Entry ofComposition(String id, Composition composition, Map<String, Double> properties, String source) {
        return new Entry(id, null, composition, properties, Map.of(), Map.of(), source);
    }

    public boolean hasStructure() { return structure != null; }

    /** Number of sites; for composition-only entries the total amount in the formula unit. */
    public int sites() {
        return structure != null ? structure.size() : (int) Math.round(composition.totalAmount());
    }

    public OptionalDouble property(String name) {
        Double v = properties.get(name);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public String formula() { return composition.reducedFormula(); }

    /** A copy with one more (or a replaced) numeric property. */
    public Entry withProperty(String name, double value) {
        Map<String, Double> p = new LinkedHashMap<>(properties);
        p.put(name, value);
        return new Entry(id, structure, composition, p, siteArrays, info, source);
    }
}

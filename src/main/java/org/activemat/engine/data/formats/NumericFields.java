package org.activemat.engine.data.formats;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flattens the numeric fields of a JSON record into dotted property names ("data.formation_energy_per_atom",
 * "band_gap.energy", "outputs.energy"), so any of them can be chosen as a target.
 * Arrays, booleans, strings, nulls, ids (…_id) and element amounts (composition dicts) are not properties. Keys starting with "@" or "_" are pymatgen / MongoDB
 * bookkeeping, and a few subtrees hold structures or calculation settings rather than results; they are skipped.
 */
final class NumericFields {
    private NumericFields() {}

    /** Subtrees that are structures, inputs or run bookkeeping (INCAR values, wall times), not material properties. */
    static final Set<String> SKIPPED = Set.of("structure", "lattice", "sites", "initial_structures", "parameters",
            "input", "inputs", "orig_inputs", "run_stats", "custodian", "calcs_reversed", "last_updated",
            "created_at", "hubbards", "potcar_spec", "pseudo_potential", "task_types", "origins",
            "oxidation_states", "schema", "composition", "composition_reduced", "composition_unit_cell", "unit_cell_formula", "reduced_cell_formula");

    private static final int MAX_DEPTH = 5;

    static Map<String, Double> flatten(JsonNode record) {
        Map<String, Double> out = new LinkedHashMap<>();
        walk(record, "", 0, out);
        return out;
    }

    private static void walk(JsonNode node, String prefix, int depth, Map<String, Double> out) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            String key = f.getKey();
            if (key.startsWith("@") || key.startsWith("_") || SKIPPED.contains(key) || isId(key)) continue;
            JsonNode v = f.getValue();
            String name = prefix.isEmpty() ? key : prefix + "." + key;
            if (v.isNumber()) out.put(name, v.asDouble());
            else if (v.isObject() && depth < MAX_DEPTH) walk(v, name, depth + 1, out);
        }
    }

    /** Identifiers (entry_id, icsd_id, id) are numbers in some files but never a property to learn. */
    private static boolean isId(String key) { return key.equals("id") || key.endsWith("_id"); }

    /**
     * The short names users look for, each taken from the first of its candidates the record has, unless the record
     * already has the short name at top level. Order matters: the more specific (per-atom, electronic) field wins.
     */
    static final Map<String, List<String>> SHORT_NAMES = shortNames();

    private static Map<String, List<String>> shortNames() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("energy", List.of("output.energy", "outputs.energy"));
        m.put("energy_per_atom", List.of("data.energy_per_atom", "output.energy_per_atom", "outputs.energy_per_atom",
                "thermo.energy_per_atom"));
        m.put("formation_energy_per_atom", List.of("data.formation_energy_per_atom", "thermo.formation_energy_per_atom",
                "output.formation_energy_per_atom"));
        m.put("band_gap", List.of("band_gap.energy", "data.band_gap.energy", "data.band_gap", "bandstructure.band_gap",
                "output.bandgap", "output.band_gap"));
        m.put("e_above_hull", List.of("data.e_above_hull", "energy_above_hull", "thermo.energy_above_hull"));
        return m;
    }

    /** Adds the short names, then energy_per_atom = energy / sites when it is still missing. */
    static void addShortNames(Map<String, Double> props, int sites) {
        for (Map.Entry<String, List<String>> e : SHORT_NAMES.entrySet()) {
            if (props.containsKey(e.getKey())) continue;
            for (String candidate : e.getValue()) {
                Double v = props.get(candidate);
                if (v != null) {
                    props.put(e.getKey(), v);
                    break;
                }
            }
        }
        Double energy = props.get("energy");
        if (!props.containsKey("energy_per_atom") && energy != null && sites > 0) props.put("energy_per_atom", energy / sites);
    }
}

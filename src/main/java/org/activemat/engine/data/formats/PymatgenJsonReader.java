package org.activemat.engine.data.formats;

import com.fasterxml.jackson.databind.JsonNode;
import org.activemat.engine.chem.Composition;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.DataFiles;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetReader;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.Ids;
import org.activemat.engine.data.MemoryBudget;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * pymatgen and Materials Project JSON, recognised by shape. The file holds records as a list, as {"data": [...]}
 * (the MP API response), or as a dict key → record (e.g. element → reference entry). A record is
 * <ul>
 *   <li>a pymatgen Structure dict (lattice + sites),</li>
 *   <li>a ComputedStructureEntry (structure + energy + data) or ComputedEntry (composition only),</li>
 *   <li>an MP document (summary, materials, task) with a structure under "structure" or "output.structure",</li>
 *   <li>or any record with a Structure dict under "structure" (e.g. mlearn's {structure, outputs{energy, forces}}).</li>
 * </ul>
 * Every numeric field becomes a property with a dotted name ({@link NumericFields}); the short names
 * energy, energy_per_atom, formation_energy_per_atom, band_gap and e_above_hull are added from the first matching
 * nested field, and energy_per_atom = energy / number of sites when the record has no per-atom energy.
 * Ids come from entry_id, material_id, task_id or id (string or number), then MongoDB's _id ({"$oid"} / {"oid"}),
 * then the dict key, then file stem + "#" + index. Forces (an n×3 array under forces, output.forces or
 * outputs.forces) become the site array "forces".
 */
public final class PymatgenJsonReader implements DatasetReader {

    @Override public String format() { return "pymatgen-json"; }

    @Override public boolean accepts(Path file) {
        return DataFiles.plainName(file).endsWith(".json");
    }

    private record Record(String path, String key, JsonNode node) {}

    @Override public Dataset read(Path file) throws IOException, DataFormatException {
        PymatgenStructures parser = new PymatgenStructures(file);
        String stem = Provenance.stem(file);
        List<Entry> entries = new ArrayList<>();
        MemoryBudget budget = new MemoryBudget();
        // a top-level list or an API response's "data" list (the common cases, and the large ones) is streamed record by record
        JsonFiles.Root root = JsonFiles.read(file, (path, node) -> add(parser, budget, entries, path,
                entry(parser, new Record(path, null, node), stem, entries.size())));
        if (!root.streamed()) {
            List<Record> records = records(file, root.node());
            for (int i = 0; i < records.size(); i++)
                add(parser, budget, entries, records.get(i).path(), entry(parser, records.get(i), stem, i));
        }
        if (entries.isEmpty()) throw DataFormatException.atPath(file, "$", "expected at least one record, found none");
        return new Dataset(stem, entries, Provenance.of(file, format()));
    }

    private static void add(PymatgenStructures parser, MemoryBudget budget, List<Entry> entries, String path, Entry e)
            throws DataFormatException {
        String full = budget.add(e);
        if (full != null) throw parser.error(path, full);
        entries.add(e);
    }

    private static List<Record> records(Path file, JsonNode root) throws DataFormatException {
        List<Record> out = new ArrayList<>();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) out.add(new Record(JsonFiles.index("$", i), null, root.get(i)));
        } else if (root.isObject() && root.has("data") && root.get("data").isArray()) {
            JsonNode data = root.get("data");
            for (int i = 0; i < data.size(); i++) out.add(new Record(JsonFiles.index("$.data", i), null, data.get(i)));
        } else if (root.isObject() && isRecord(root)) {
            out.add(new Record("$", null, root));
        } else if (root.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = root.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                out.add(new Record(JsonFiles.child("$", f.getKey()), f.getKey(), f.getValue()));
            }
        } else {
            throw DataFormatException.atPath(file, "$", "expected a list of records, {\"data\": [...]}, or a dict of records");
        }
        if (out.isEmpty()) throw DataFormatException.atPath(file, "$", "expected at least one record, found none");
        return out;
    }

    /** A single top-level record (one Structure or one entry) rather than a dict of them. */
    private static boolean isRecord(JsonNode n) {
        return PymatgenStructures.isStructure(n) || n.has("structure") || n.has("@class") || n.has("composition");
    }

    private Entry entry(PymatgenStructures parser, Record r, String stem, int index) throws DataFormatException {
        JsonNode n = r.node();
        if (!n.isObject())
            throw parser.error(r.path(), "expected a record object (Structure, ComputedEntry or MP document), found "
                    + PymatgenStructures.brief(n));
        Structure structure = null;
        Composition composition = null;
        if (PymatgenStructures.isStructure(n)) {
            structure = parser.structure(n, r.path());
        } else if (n.hasNonNull("structure")) {
            structure = parser.structure(object(parser, n.get("structure"), JsonFiles.child(r.path(), "structure")),
                    JsonFiles.child(r.path(), "structure"));
        } else if (n.path("output").hasNonNull("structure")) {
            String p = JsonFiles.child(JsonFiles.child(r.path(), "output"), "structure");
            structure = parser.structure(object(parser, n.get("output").get("structure"), p), p);
        } else if (n.hasNonNull("composition")) {
            composition = parser.composition(n.get("composition"), JsonFiles.child(r.path(), "composition"));
        } else {
            throw parser.error(r.path(), "expected a structure (\"structure\", \"output.structure\" or lattice + sites) "
                    + "or a \"composition\"; found keys " + keys(n));
        }
        int sites = structure != null ? structure.size() : (int) Math.round(composition.totalAmount());
        Map<String, Double> props = NumericFields.flatten(n);
        NumericFields.addShortNames(props, sites);
        Map<String, double[][]> arrays = new LinkedHashMap<>();
        forces(parser, n, r.path(), sites, arrays);
        String id = id(n, r.key(), stem, index);
        String bad = Ids.problem(id);
        if (bad != null) throw parser.error(r.path(), bad);
        return new Entry(id, structure, composition, props, arrays, info(n), "pymatgen-json");
    }

    private static JsonNode object(PymatgenStructures parser, JsonNode n, String path) throws DataFormatException {
        if (!PymatgenStructures.isStructure(n))
            throw parser.error(path, "expected a pymatgen Structure dict with \"lattice\" and \"sites\", found " + keys(n));
        return n;
    }

    private static void forces(PymatgenStructures parser, JsonNode n, String path, int sites, Map<String, double[][]> out)
            throws DataFormatException {
        String[][] places = {{"forces"}, {"output", "forces"}, {"outputs", "forces"}};
        for (String[] place : places) {
            JsonNode f = n;
            String p = path;
            for (String k : place) {
                f = f.path(k);
                p = JsonFiles.child(p, k);
            }
            if (!f.isArray() || f.isEmpty()) continue;
            if (f.size() != sites)
                throw parser.error(p, "expected " + sites + " force vectors (one per site), found " + f.size());
            double[][] forces = new double[sites][];
            for (int i = 0; i < sites; i++) forces[i] = parser.vector(f.get(i), JsonFiles.index(p, i));
            out.put("forces", forces);
            return;
        }
    }

    static String id(JsonNode n, String key, String stem, int index) {
        for (String k : new String[]{"entry_id", "material_id", "task_id", "id"}) {
            JsonNode v = n.get(k);
            if (v != null && (v.isTextual() || v.isIntegralNumber()) && !v.asText().isBlank()) return v.asText();
        }
        JsonNode oid = n.get("_id");
        if (oid != null) {
            if (oid.isTextual()) return oid.asText();
            for (String k : new String[]{"$oid", "oid"}) if (oid.path(k).isTextual()) return oid.get(k).asText();
        }
        return key != null ? key : stem + "#" + index;
    }

    /** Short top-level strings (group, description, task_type, formula_pretty …) kept as text info. */
    private static Map<String, String> info(JsonNode n) {
        Map<String, String> info = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getKey().startsWith("@") || f.getKey().startsWith("_")) continue;
            if (f.getValue().isTextual() && f.getValue().asText().length() <= 200) info.put(f.getKey(), f.getValue().asText());
        }
        return info;
    }

    private static String keys(JsonNode n) {
        List<String> ks = new ArrayList<>();
        n.fieldNames().forEachRemaining(ks::add);
        if (ks.size() > 8) return ks.subList(0, 8) + "…";
        return ks.toString();
    }
}

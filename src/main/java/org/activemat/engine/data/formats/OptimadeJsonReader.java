package org.activemat.engine.data.formats;

import com.fasterxml.jackson.databind.JsonNode;
import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
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
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OPTIMADE /structures response: {"data": [{"id", "type": "structures", "attributes": {lattice_vectors,
 * cartesian_site_positions, species_at_sites, species: [{name, chemical_symbols, concentration}], …}}]}.
 * Numeric attributes (nested objects flattened with dots, provider-prefixed ones such as _mp_band_gap included)
 * become properties under their attribute name; a provider-prefixed energy_per_atom, formation_energy_per_atom,
 * band_gap, e_above_hull or energy is also exposed without the prefix. Sites with several chemical symbols or a
 * concentration below 1 (disorder, vacancies) are rejected.
 */
public final class OptimadeJsonReader implements DatasetReader {
    private static final Pattern PROVIDER_PREFIX = Pattern.compile("_[a-z0-9]+_(.+)");

    @Override public String format() { return "optimade-json"; }

    @Override public boolean accepts(Path file) throws IOException {
        if (!DataFiles.plainName(file).endsWith(".json")) return false;
        String head = JsonFiles.peek(file, 1 << 16);
        return head.contains("\"attributes\"") && (head.contains("\"lattice_vectors\"")
                || head.contains("\"cartesian_site_positions\"") || head.contains("\"species_at_sites\""));
    }

    @Override public Dataset read(Path file) throws IOException, DataFormatException {
        PymatgenStructures json = new PymatgenStructures(file);
        String stem = Provenance.stem(file);
        List<Entry> entries = new ArrayList<>();
        MemoryBudget budget = new MemoryBudget();
        JsonFiles.Root read = JsonFiles.read(file, (path, node) -> {
            if (!path.startsWith("$.data[")) throw json.error("$", "expected an OPTIMADE /structures response {\"data\": [...]}, found a list");
            Entry e = entry(json, node, path, stem, entries.size());
            String full = budget.add(e);
            if (full != null) throw json.error(path, full);
            entries.add(e);
        });
        JsonNode root = read.node();
        if (!read.streamed()) {
            JsonNode data = root.path("data");
            if (data.isObject()) entries.add(entry(json, data, "$.data", stem, 0));
            else throw json.error("$.data", "expected the \"data\" array of an OPTIMADE /structures response, found "
                    + PymatgenStructures.brief(data));
        }
        if (entries.isEmpty()) throw json.error("$.data", "expected at least one structure, found an empty array");
        Map<String, String> prov = Provenance.of(file, format());
        String provider = root.path("meta").path("provider").path("name").asText("");
        if (!provider.isEmpty()) prov.put("provider", provider);
        return new Dataset(stem, entries, prov);
    }

    private Entry entry(PymatgenStructures json, JsonNode r, String path, String stem, int index) throws DataFormatException {
        String type = r.path("type").asText("structures");
        if (!type.equals("structures")) throw json.error(JsonFiles.child(path, "type"), "expected \"structures\", found \"" + type + "\"");
        String ap = JsonFiles.child(path, "attributes");
        JsonNode a = r.path("attributes");
        if (!a.isObject()) throw json.error(ap, "expected an attributes object");
        Lattice lattice = lattice(json, a.path("lattice_vectors"), JsonFiles.child(ap, "lattice_vectors"));
        String pp = JsonFiles.child(ap, "cartesian_site_positions");
        JsonNode positions = a.path("cartesian_site_positions");
        if (!positions.isArray() || positions.isEmpty()) throw json.error(pp, "expected an array of [x, y, z] positions (Å)");
        String sp = JsonFiles.child(ap, "species_at_sites");
        JsonNode names = a.path("species_at_sites");
        if (!names.isArray() || names.size() != positions.size())
            throw json.error(sp, "expected " + positions.size() + " species names (one per site), found " + PymatgenStructures.shape(names));
        Map<String, Element> species = speciesMap(json, a.path("species"), JsonFiles.child(ap, "species"));
        List<Element> elements = new ArrayList<>(names.size());
        double[][] cart = new double[positions.size()][];
        for (int i = 0; i < positions.size(); i++) {
            String name = names.get(i).asText();
            Element e = species.containsKey(name) ? species.get(name) : Element.find(name).orElse(null);
            if (e == null) throw json.error(JsonFiles.index(sp, i), "unknown species '" + name + "'; expected a name listed in "
                    + "attributes.species or an element symbol");
            elements.add(e);
            cart[i] = json.vector(positions.get(i), JsonFiles.index(pp, i));
        }
        Structure s = json.checked(lattice, elements, cart, pp);
        Map<String, Double> props = new LinkedHashMap<>();
        Map<String, String> info = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = a.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (v.isNumber()) props.put(f.getKey(), v.asDouble());
            else if (v.isObject()) NumericFields.flatten(v).forEach((k, x) -> props.put(f.getKey() + "." + k, x));
            else if (v.isTextual() && v.asText().length() <= 200) info.put(f.getKey(), v.asText());
        }
        for (String key : new ArrayList<>(props.keySet())) {
            Matcher m = PROVIDER_PREFIX.matcher(key);
            if (m.matches() && NumericFields.SHORT_NAMES.containsKey(m.group(1))) props.putIfAbsent(m.group(1), props.get(key));
        }
        NumericFields.addShortNames(props, s.size());
        String id = r.path("id").isValueNode() && !r.path("id").asText().isBlank() ? r.get("id").asText() : stem + "#" + index;
        String bad = Ids.problem(id);
        if (bad != null) throw json.error(JsonFiles.child(path, "id"), bad);
        return new Entry(id, s, null, props, Map.of(), info, "optimade");
    }

    private static Lattice lattice(PymatgenStructures json, JsonNode lv, String path) throws DataFormatException {
        if (lv.isArray()) for (JsonNode row : lv) if (row.isArray()) for (JsonNode x : row)
            if (x.isNull()) throw json.error(path, "non-periodic directions (null lattice vectors) are not supported; "
                    + "expected a 3×3 array of numbers");
        if (lv.isMissingNode()) throw json.error(path, "expected lattice_vectors, a 3×3 array of numbers (Å)");
        return json.lattice(lv, path, "3×3 array of lattice vectors (Å)");
    }

    /** species[].name → element, rejecting mixtures and partial occupancy. */
    private static Map<String, Element> speciesMap(PymatgenStructures json, JsonNode list, String path) throws DataFormatException {
        Map<String, Element> out = new HashMap<>();
        if (!list.isArray()) return out;
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String p = JsonFiles.index(path, i);
            JsonNode symbols = s.path("chemical_symbols");
            if (!symbols.isArray() || symbols.isEmpty()) throw json.error(JsonFiles.child(p, "chemical_symbols"), "expected a list of element symbols");
            if (symbols.size() > 1) throw json.error(JsonFiles.child(p, "chemical_symbols"),
                    "disordered species with " + symbols.size() + " symbols is not supported; expected one element");
            JsonNode conc = s.path("concentration");
            if (conc.isArray() && conc.size() == 1 && Math.abs(conc.get(0).asDouble() - 1) > 1e-6)
                throw json.error(JsonFiles.child(p, "concentration"), "partial occupancy " + conc.get(0).asDouble()
                        + " is not supported; expected 1");
            String sym = symbols.get(0).asText();
            Element e = Element.find(sym).orElseThrow(() -> json.error(JsonFiles.index(JsonFiles.child(p, "chemical_symbols"), 0),
                    "unknown element '" + sym + "'"));
            out.put(s.path("name").asText(sym), e);
        }
        return out;
    }
}

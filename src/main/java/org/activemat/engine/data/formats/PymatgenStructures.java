package org.activemat.engine.data.formats;

import com.fasterxml.jackson.databind.JsonNode;
import org.activemat.engine.chem.Composition;
import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.DataFormatException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns pymatgen's Structure.as_dict() ({"lattice": {"matrix": 3×3}, "sites": [{"species": [{"element", "occu"}],
 * "xyz" | "abc"}]}) and Composition dicts into our types, naming the JSON path of anything malformed.
 * Disordered sites (several species or occupancy below 1) are rejected: the descriptors need one element per site.
 */
final class PymatgenStructures {
    private final Path file;

    PymatgenStructures(Path file) { this.file = file; }

    /** True if the node looks like a Structure dict. */
    static boolean isStructure(JsonNode n) {
        return n != null && n.isObject() && n.has("lattice") && n.has("sites");
    }

    Structure structure(JsonNode s, String path) throws DataFormatException {
        Lattice lattice = lattice(s.get("lattice"), JsonFiles.child(path, "lattice"));
        String sitesPath = JsonFiles.child(path, "sites");
        JsonNode sites = s.get("sites");
        if (sites == null || !sites.isArray() || sites.isEmpty())
            throw error(sitesPath, "expected a non-empty array of sites");
        List<Element> species = new ArrayList<>(sites.size());
        double[][] cart = new double[sites.size()][];
        for (int i = 0; i < sites.size(); i++) {
            String sp = JsonFiles.index(sitesPath, i);
            JsonNode site = sites.get(i);
            if (!site.isObject()) throw error(sp, "expected a site object with species and xyz/abc");
            species.add(siteElement(site, sp));
            if (site.has("xyz")) cart[i] = vector(site.get("xyz"), JsonFiles.child(sp, "xyz"));
            else if (site.has("abc")) cart[i] = lattice.toCartesian(vector(site.get("abc"), JsonFiles.child(sp, "abc")));
            else throw error(sp, "expected Cartesian \"xyz\" or fractional \"abc\" coordinates");
        }
        return checked(lattice, species, cart, sitesPath);
    }

    /** The structure once its sites pass {@link StructureChecks}; a problem names the site's path under sitesPath. */
    Structure checked(Lattice lattice, List<Element> species, double[][] cart, String sitesPath) throws DataFormatException {
        StructureChecks.Problem p = StructureChecks.siteProblem(lattice, species, cart);
        if (p != null) throw error(p.site() < 0 ? sitesPath : JsonFiles.index(sitesPath, p.site()), p.message());
        return new Structure(lattice, species, cart);
    }

    private Element siteElement(JsonNode site, String path) throws DataFormatException {
        JsonNode list = site.get("species");
        if (list == null && site.has("label")) return element(site.get("label"), JsonFiles.child(path, "label"));
        String lp = JsonFiles.child(path, "species");
        if (list == null || !list.isArray() || list.isEmpty())
            throw error(lp, "expected a species list such as [{\"element\": \"Fe\", \"occu\": 1}]");
        if (list.size() > 1)
            throw error(lp, "disordered site with " + list.size() + " species is not supported; expected one element with occu 1");
        JsonNode sp = list.get(0);
        String p0 = JsonFiles.index(lp, 0);
        JsonNode occu = sp.get("occu");
        if (occu != null && occu.isNumber() && Math.abs(occu.asDouble() - 1) > 1e-6)
            throw error(JsonFiles.child(p0, "occu"), "partial occupancy " + occu.asDouble()
                    + " is not supported; expected an ordered structure (occu 1)");
        return element(sp.get("element"), JsonFiles.child(p0, "element"));
    }

    private Element element(JsonNode n, String path) throws DataFormatException {
        if (n == null || !n.isTextual()) throw error(path, "expected an element symbol");
        String sym = n.asText();
        // Oxidation-state decorated labels ("Fe2+") name the same element.
        if (sym.endsWith("+") || sym.endsWith("-")) sym = sym.replaceAll("[0-9.]*[+-]$", "");
        return Element.find(sym).orElseThrow(() -> error(path, "unknown element '" + n.asText() + "'"));
    }

    Lattice lattice(JsonNode l, String path) throws DataFormatException {
        if (l == null || !l.isObject()) throw error(path, "expected a lattice object with a 3×3 \"matrix\"");
        String mp = JsonFiles.child(path, "matrix");
        JsonNode m = l.get("matrix");
        if (m == null) throw error(mp, "expected a 3×3 array of lattice vectors (Å)");
        return lattice(m, mp, "3×3 array of lattice vectors (Å)");
    }

    /** A 3×3 numeric array (rows = vectors) as a Lattice; 'what' is used in messages. */
    Lattice lattice(JsonNode m, String path, String what) throws DataFormatException {
        if (!m.isArray() || m.size() != 3) throw error(path, "expected a " + what + ", found " + shape(m));
        double[][] rows = new double[3][];
        for (int i = 0; i < 3; i++) {
            JsonNode row = m.get(i);
            if (!row.isArray() || row.size() != 3) throw error(path, "expected a " + what + ", found " + shape(m));
            rows[i] = vector(row, JsonFiles.index(path, i));
        }
        String problem = StructureChecks.cellProblem(rows);
        if (problem != null) throw error(path, problem);
        try {
            return new Lattice(rows);
        } catch (IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    double[] vector(JsonNode v, String path) throws DataFormatException {
        if (v == null || !v.isArray() || v.size() != 3) throw error(path, "expected 3 numbers, found " + shape(v));
        double[] r = new double[3];
        for (int k = 0; k < 3; k++) {
            JsonNode x = v.get(k);
            if (!x.isNumber() || !Double.isFinite(x.asDouble()))
                throw error(JsonFiles.index(path, k), "expected a finite number, found " + brief(x));
            r[k] = x.asDouble();
        }
        return r;
    }

    /** A composition given as {"Fe": 2, "O": 3} or as a formula string. */
    Composition composition(JsonNode c, String path) throws DataFormatException {
        try {
            if (c.isTextual()) return Composition.parse(c.asText());
            if (!c.isObject() || c.isEmpty()) throw error(path, "expected a composition such as {\"Fe\": 2, \"O\": 3}");
            Map<Element, Double> amounts = new LinkedHashMap<>();
            var it = c.fields();
            while (it.hasNext()) {
                var f = it.next();
                String p = JsonFiles.child(path, f.getKey());
                if (!f.getValue().isNumber()) throw error(p, "expected an amount, found " + brief(f.getValue()));
                amounts.merge(element(new com.fasterxml.jackson.databind.node.TextNode(f.getKey()), p),
                        f.getValue().asDouble(), Double::sum);
            }
            return new Composition(amounts);
        } catch (IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    DataFormatException error(String path, String problem) { return DataFormatException.atPath(file, path, problem); }

    static String shape(JsonNode n) {
        if (n == null || n.isMissingNode()) return "nothing";
        if (n.isArray()) {
            StringBuilder sb = new StringBuilder("an array of " + n.size());
            if (!n.isEmpty() && n.get(0).isArray()) {
                sb.append(" rows of ");
                for (int i = 0; i < n.size(); i++) sb.append(i > 0 ? "/" : "").append(n.get(i).isArray() ? n.get(i).size() : 1);
            }
            return sb.toString();
        }
        return brief(n);
    }

    static String brief(JsonNode n) {
        if (n == null || n.isMissingNode()) return "nothing";
        if (n.isNull()) return "null";
        if (n.isObject()) return "an object";
        if (n.isArray()) return "an array";
        String s = n.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}

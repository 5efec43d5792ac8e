package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.DataFiles;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetReader;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.Ids;
import org.activemat.engine.data.InputLimits;
import org.activemat.engine.data.MemoryBudget;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extended XYZ in ASE's convention: a count line, a comment line of key=value pairs with
 * Lattice="9 numbers" and Properties=name:type:cols:…, then one line per atom.
 * Scalar numeric keys become properties (energy_per_atom derived from energy when missing), other keys text info,
 * extra real per-atom columns site arrays.
 * The id is the frame's "id" key, else file name + "#" + frame index.
 */
public final class ExtXyzReader implements DatasetReader {

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s,]+");

    @Override public String format() { return "extxyz"; }

    @Override public boolean accepts(Path file) {
        String n = DataFiles.plainName(file);
        return n.endsWith(".extxyz") || n.endsWith(".xyz");
    }

    @Override public Dataset read(Path file) throws IOException, DataFormatException {
        List<Entry> entries = new ArrayList<>();
        String stem = stem(file);
        MemoryBudget budget = new MemoryBudget();
        try (TextLines c = new TextLines(file)) {
            String line;
            while ((line = c.next()) != null) {
                if (line.isBlank()) continue;
                Entry e = frame(c, line, stem, entries.size());
                String full = budget.add(e);
                if (full != null) throw c.error(full);
                entries.add(e);
            }
        }
        if (entries.isEmpty()) throw new DataFormatException(file, "1", "expected an atom count line, but the file is empty");
        Map<String, String> prov = new LinkedHashMap<>();
        prov.put("format", format());
        prov.put("path", file.toAbsolutePath().toString());
        prov.put("sha256", DataFiles.sha256(file));
        return new Dataset(stem(file), entries, prov);
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replaceAll("(\\.gz)?$", "").replaceAll("\\.(ext)?xyz$", "");
    }

    /** Lines as BufferedReader.readLine splits them (at \n, \r or \r\n), null at the end. */
    public interface LineSource {
        String readLine() throws IOException;
    }

    /**
     * The frames of a file one at a time, from lines the caller supplies: the frames file checks its own bytes with
     * exactly the reader's rules (FrameLog), so what it keeps is what read() accepts.
     */
    public static final class Frames {
        private final TextLines c;
        private final String stem;
        private int index;

        public Frames(Path file, LineSource lines) {
            this.c = new TextLines(file, lines);
            this.stem = stem(file);
        }

        /** The next frame, or null at the end; blank lines between frames are skipped. */
        public Entry next() throws IOException, DataFormatException {
            for (String line; (line = c.next()) != null; )
                if (!line.isBlank()) return frame(c, line, stem, index++);
            return null;
        }
    }

    private record Column(String name, char type, int count) {}

    private static Entry frame(TextLines c, String countLine, String stem, int index) throws IOException, DataFormatException {
        long n;
        try {
            n = Long.parseLong(countLine.trim());
        } catch (NumberFormatException e) {
            throw c.error("expected the number of atoms of frame " + (index + 1) + ", found '" + abbreviate(countLine) + "'");
        }
        if (n <= 0) throw c.error("expected a positive number of atoms, found " + n);
        if (n > InputLimits.MAX_SITES)
            throw c.error("frame " + (index + 1) + " claims " + n + " atoms; ActiveMat reads structures of at most " + InputLimits.MAX_SITES);
        String comment = c.next();
        if (comment == null) throw c.error("file ends after the atom count of frame " + (index + 1) + "; expected a comment line");
        long commentLine = c.line();
        Map<String, String> kv;
        try {
            kv = KeyValueLine.parse(comment);
        } catch (IllegalArgumentException e) {
            throw c.error(e.getMessage());
        }
        double[][] lattice = lattice(c, kv.get(findKey(kv, "Lattice")));
        List<Column> columns = columns(c, kv.get(findKey(kv, "Properties")));
        int expectedFields = 0;
        for (Column col : columns) expectedFields += col.count;

        // grown as atom lines arrive: the count is only a claim until they are there
        List<Element> species = new ArrayList<>();
        List<double[]> pos = new ArrayList<>();
        Map<String, List<double[]>> arrays = new LinkedHashMap<>();
        for (Column col : columns)
            if (col.type == 'R' && !col.name.equals("pos")) arrays.put(col.name, new ArrayList<>());
        for (long i = 0; i < n; i++) {
            String line = c.next();
            if (line == null)
                throw c.error("file ends inside frame " + (index + 1) + ": expected " + n + " atom lines, found " + i);
            String[] f = fields(line, expectedFields);
            if (f.length < expectedFields)
                throw c.error("expected " + expectedFields + " columns (" + describe(columns) + "), found " + f.length);
            int k = 0;
            for (Column col : columns) {
                if (col.name.equals("species")) {
                    String sym = f[k];
                    species.add(Element.find(sym).orElseThrow(() -> c.error("unknown element '" + abbreviate(sym) + "'")));
                } else if (col.type == 'R') {
                    double[] v = new double[col.count];
                    for (int j = 0; j < col.count; j++) v[j] = number(c, f[k + j], col.name);
                    if (col.name.equals("pos")) pos.add(v);
                    else arrays.get(col.name).add(v);
                }
                k += col.count;
            }
        }
        if (lattice == null) throw c.error(commentLine,
                "expected Lattice=\"ax ay az bx by bz cx cy cz\" (non-periodic molecules are not supported)");
        Structure s = structure(c, commentLine, lattice, species, pos.toArray(new double[0][]));
        Map<String, Double> props = new LinkedHashMap<>();
        Map<String, String> info = new LinkedHashMap<>();
        String id = null;
        for (Map.Entry<String, String> e : kv.entrySet()) {
            String k = e.getKey(), v = e.getValue();
            if (k.equalsIgnoreCase("Lattice") || k.equalsIgnoreCase("Properties") || k.equalsIgnoreCase("pbc")) continue;
            if (k.equals("id") || k.equals("config_id")) { if (id == null) id = v; continue; }
            Double d = parseScalar(v);
            if (d != null) props.put(k, d);
            else info.put(k, v);
        }
        if (id == null) id = stem + "#" + index;
        String bad = Ids.problem(id);
        if (bad != null) throw c.error(commentLine, "frame " + (index + 1) + ": " + bad);
        NumericFields.addShortNames(props, s.size()); // energy_per_atom = energy / atoms when only the total is given
        Map<String, double[][]> siteArrays = new LinkedHashMap<>();
        arrays.forEach((name, rows) -> siteArrays.put(name, rows.toArray(new double[0][])));
        return new Entry(id, s, null, props, siteArrays, info, "extxyz");
    }

    /** The frame's structure once the cell and the atoms pass {@link StructureChecks}; problems name the atom's line. */
    private static Structure structure(TextLines c, long commentLine, double[][] m, List<Element> species, double[][] pos)
            throws DataFormatException {
        String cell = StructureChecks.cellProblem(m);
        if (cell != null) throw c.error(commentLine, "Lattice: " + cell);
        try {
            Lattice lattice = new Lattice(m);
            StructureChecks.Problem p = StructureChecks.siteProblem(lattice, species, pos);
            if (p != null) throw c.error(p.site() < 0 ? commentLine : commentLine + 1 + p.site(), p.message());
            return new Structure(lattice, species, pos);
        } catch (IllegalArgumentException e) {
            throw c.error(commentLine, e.getMessage());
        }
    }

    /** Whitespace-separated fields without a regex: atom lines are most of a trajectory's bytes. */
    static String[] fields(String line, int expected) {
        List<String> out = new ArrayList<>(Math.min(expected, 64));
        int i = 0, n = line.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) i++;
            if (i >= n) break;
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) i++;
            out.add(line.substring(start, i));
        }
        return out.toArray(new String[0]);
    }

    private static String findKey(Map<String, String> kv, String name) {
        for (String k : kv.keySet()) if (k.equalsIgnoreCase(name)) return k;
        return name;
    }

    private static double[][] lattice(TextLines c, String v) throws DataFormatException {
        if (v == null) return null;
        String[] f = SEPARATORS.split(v.trim());
        if (f.length != 9) throw c.error("expected Lattice with 9 numbers (3 vectors), found " + f.length);
        double[][] m = new double[3][3];
        for (int i = 0; i < 9; i++) m[i / 3][i % 3] = number(c, f[i], "Lattice");
        return m;
    }

    private static List<Column> columns(TextLines c, String spec) throws DataFormatException {
        List<Column> cols = new ArrayList<>();
        if (spec == null) spec = "species:S:1:pos:R:3";
        String[] f = spec.split(":");
        if (f.length % 3 != 0) throw c.error("expected Properties as name:type:count triples, found '" + abbreviate(spec) + "'");
        long total = 0;
        for (int i = 0; i < f.length; i += 3) {
            if (f[i + 1].length() != 1 || "SRIL".indexOf(f[i + 1].charAt(0)) < 0)
                throw c.error("Properties: expected type S, R, I or L for '" + abbreviate(f[i]) + "', found '" + abbreviate(f[i + 1]) + "'");
            long count;
            try {
                count = Long.parseLong(f[i + 2]);
            } catch (NumberFormatException e) {
                throw c.error("Properties: expected a column count for '" + f[i] + "', found '" + abbreviate(f[i + 2]) + "'");
            }
            if (count < 1) throw c.error("Properties: expected a column count of at least 1 for '" + f[i] + "', found " + count);
            total += count;
            // each column takes a character and a separator, so a line cannot hold more: checked before any allocation
            if (total > InputLimits.MAX_LINE_CHARS / 2)
                throw c.error("Properties claims " + total + " columns per atom line; a line of at most "
                        + InputLimits.MAX_LINE_CHARS + " characters holds at most " + InputLimits.MAX_LINE_CHARS / 2);
            cols.add(new Column(f[i], f[i + 1].charAt(0), (int) count));
        }
        boolean hasSpecies = cols.stream().anyMatch(x -> x.name.equals("species") && x.type == 'S' && x.count == 1);
        boolean hasPos = cols.stream().anyMatch(x -> x.name.equals("pos") && x.type == 'R' && x.count == 3);
        if (!hasSpecies || !hasPos) throw c.error("Properties must contain species:S:1 and pos:R:3, found '" + abbreviate(spec) + "'");
        return cols;
    }

    private static double number(TextLines c, String s, String what) throws DataFormatException {
        try {
            double d = Double.parseDouble(s);
            if (!Double.isFinite(d)) throw c.error("expected a finite number for " + what + ", found '" + abbreviate(s) + "'");
            return d;
        } catch (NumberFormatException e) {
            throw c.error("expected a number for " + what + ", found '" + abbreviate(s) + "'");
        }
    }

    /** A single number, or null for text, booleans and lists. NaN (Python writes "nan") is kept so filters can report it. */
    static Double parseScalar(String v) {
        String t = v.trim();
        if (t.isEmpty() || t.contains(" ")) return null;
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("nan")) return Double.NaN;
        if (lower.equals("inf") || lower.equals("+inf") || lower.equals("infinity")) return Double.POSITIVE_INFINITY;
        if (lower.equals("-inf") || lower.equals("-infinity")) return Double.NEGATIVE_INFINITY;
        char ch = t.charAt(0);
        if (!(Character.isDigit(ch) || ch == '-' || ch == '+' || ch == '.')) return null;
        // Java also accepts "1f", "2d" and hex floats; in a key=value line those are text
        if ("fFdDpPxX".indexOf(t.charAt(t.length() - 1)) >= 0 || lower.contains("x")) return null;
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String describe(List<Column> cols) {
        StringBuilder sb = new StringBuilder();
        for (Column col : cols) sb.append(sb.length() > 0 ? ", " : "").append(col.name).append(col.count > 1 ? "×" + col.count : "");
        return sb.toString();
    }

    static String abbreviate(String s) { return s.length() > 40 ? s.substring(0, 40) + "…" : s; }
}

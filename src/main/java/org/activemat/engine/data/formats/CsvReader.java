package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Composition;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CSV in the Roost / matbench style: a "formula" or "composition" column (composition-only entries), an optional id
 * column (id, material_id, mpid, entry_id) and any other columns. A column is numeric when its first non-empty cell
 * or most of its non-empty cells are numbers; numeric columns become properties, the others text info, and a cell that is not a number in a
 * numeric column is an error naming its row and column. Empty cells and nan / NA become NaN, inf / -inf ±∞, in every
 * row alike, so the finite-target filter counts them instead of the reader failing.
 */
public final class CsvReader implements DatasetReader {
    private static final List<String> FORMULA_COLUMNS = List.of("formula", "composition");
    private static final List<String> ID_COLUMNS = List.of("id", "material_id", "mpid", "entry_id", "mp_id");
    private static final Set<String> MISSING = Set.of("", "nan", "na", "n/a", "null", "none");

    @Override public String format() { return "csv"; }

    @Override public boolean accepts(Path file) {
        String n = DataFiles.plainName(file);
        return n.endsWith(".csv") || n.endsWith(".tsv");
    }

    @Override public Dataset read(Path file) throws IOException, DataFormatException {
        // two passes over the file: the first finds each column's kind, the second makes the entries, so the
        // table is never held as text beside the entries made from it
        Columns cols = columns(file);
        String stem = Provenance.stem(file);
        List<Entry> entries = new ArrayList<>();
        MemoryBudget budget = new MemoryBudget();
        List<String> header = cols.header();
        try (TextLines in = new TextLines(file)) {
            CsvRows reader = new CsvRows(in);
            reader.next();
            CsvRows.Row r;
            for (int i = 0; (r = reader.next()) != null; i++) {
                Composition comp;
                try {
                    comp = Composition.parse(r.fields().get(cols.formula()));
                } catch (IllegalArgumentException e) {
                    throw DataFormatException.atLine(file, r.line(), "column '" + header.get(cols.formula()) + "': " + e.getMessage());
                }
                Map<String, Double> props = new LinkedHashMap<>();
                Map<String, String> info = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    if (c == cols.formula() || c == cols.id()) continue;
                    String v = r.fields().get(c);
                    if (cols.numeric()[c]) props.put(header.get(c), isMissing(v) ? Double.NaN : parse(v));
                    else info.put(header.get(c), v);
                }
                String id = cols.id() >= 0 ? r.fields().get(cols.id()) : stem + "#" + i;
                String bad = Ids.problem(id);
                if (bad != null) throw DataFormatException.atLine(file, r.line(), "column '" + header.get(cols.id()) + "': " + bad);
                Entry e = new Entry(id, null, comp, props, Map.of(), info, "csv");
                String full = budget.add(e);
                if (full != null) throw DataFormatException.atLine(file, r.line(), full);
                entries.add(e);
            }
        }
        return new Dataset(stem, entries, Provenance.of(file, format()));
    }

    /** The header, the formula and id columns, and which columns are numeric. */
    private record Columns(List<String> header, int formula, int id, boolean[] numeric) {}

    /**
     * The first pass: every record has the header's number of fields, and a column is numeric unless most of its
     * non-empty cells, including the first, are text; a text cell in a numeric column is an error at its row.
     */
    private static Columns columns(Path file) throws IOException, DataFormatException {
        try (TextLines in = new TextLines(file)) {
            CsvRows reader = new CsvRows(in);
            CsvRows.Row h = reader.next();
            if (h == null) throw new DataFormatException(file, "1", "expected a header line, but the file is empty");
            List<String> header = h.fields();
            int formulaCol = column(header, FORMULA_COLUMNS);
            if (formulaCol < 0)
                throw DataFormatException.atLine(file, 1, "expected a 'formula' or 'composition' column, found columns "
                        + ExtXyzReader.abbreviate(header.toString()));
            int idCol = column(header, ID_COLUMNS);
            int n = header.size();
            long[] numbers = new long[n], texts = new long[n], firstTextRow = new long[n], firstTextLine = new long[n];
            boolean[] startsWithNumber = new boolean[n];
            String[] firstText = new String[n];
            long rows = 0;
            MemoryBudget budget = new MemoryBudget();   // a table too large for the heap is refused here, before its entries are made
            CsvRows.Row r;
            while ((r = reader.next()) != null) {
                if (r.fields().size() != n)
                    throw DataFormatException.atLine(file, r.line(), "expected " + n + " fields as in the header, found " + r.fields().size());
                rows++;
                long bytes = 1000 + 100L * n;
                for (String v : r.fields()) bytes += 2L * v.length();
                String full = budget.add(bytes);
                if (full != null) throw DataFormatException.atLine(file, r.line(), full);
                for (int c = 0; c < n; c++) {
                    String v = r.fields().get(c);
                    if (c == formulaCol || c == idCol || isMissing(v)) continue;
                    if (parse(v) != null) {
                        if (numbers[c]++ == 0 && texts[c] == 0) startsWithNumber[c] = true;
                    } else if (texts[c]++ == 0) {
                        firstText[c] = v;
                        firstTextRow[c] = rows;
                        firstTextLine[c] = r.line();
                    }
                }
            }
            if (rows == 0) throw DataFormatException.atLine(file, 2, "expected data rows after the header, found none");
            boolean[] numeric = new boolean[n];
            for (int c = 0; c < n; c++) {
                if (c == formulaCol || c == idCol) continue;
                // an all-empty column is a numeric one with no values
                numeric[c] = texts[c] == 0 || (numbers[c] > 0 && (startsWithNumber[c] || numbers[c] > texts[c]));
                if (numeric[c] && texts[c] > 0)
                    throw DataFormatException.atLine(file, firstTextLine[c], "expected a number in column '" + header.get(c) + "' (row "
                            + firstTextRow[c] + ") as in the column's other rows, found '" + ExtXyzReader.abbreviate(firstText[c]) + "'");
            }
            return new Columns(header, formulaCol, idCol, numeric);
        }
    }

    private static int column(List<String> header, List<String> names) {
        for (String n : names)
            for (int i = 0; i < header.size(); i++) if (header.get(i).equalsIgnoreCase(n)) return i;
        return -1;
    }

    private static boolean isMissing(String v) { return MISSING.contains(v.trim().toLowerCase(Locale.ROOT)); }

    /** A number, ±∞ as inf / infinity, or null for text. */
    static Double parse(String v) {
        String t = v.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "inf", "+inf", "infinity", "+infinity" -> { return Double.POSITIVE_INFINITY; }
            case "-inf", "-infinity" -> { return Double.NEGATIVE_INFINITY; }
            case "nan", "+nan", "-nan" -> { return Double.NaN; }
            default -> { }
        }
        // only digits, signs, points and exponents: Java would also take "1.5f", "2d" and hex floats, and testing first
        // spares an exception per text cell
        if (t.isEmpty()) return null;
        for (int i = 0; i < t.length(); i++) if ("0123456789+-.eE".indexOf(t.charAt(i)) < 0) return null;
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Composition;
import org.activemat.engine.data.DataFiles;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetReader;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.Ids;
import org.activemat.engine.data.InputLimits;

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
    /** Cells of one file: each becomes a map entry of an Entry, and all must fit a 1 GB heap. */
    static final long MAX_CELLS = 8_000_000;

    @Override public String format() { return "csv"; }

    @Override public boolean accepts(Path file) {
        String n = DataFiles.plainName(file);
        return n.endsWith(".csv") || n.endsWith(".tsv");
    }

    @Override public Dataset read(Path file) throws IOException, DataFormatException {
        List<CsvRows.Row> rows = new ArrayList<>();
        List<String> header;
        try (TextLines in = new TextLines(file)) {
            CsvRows reader = new CsvRows(in);
            CsvRows.Row h = reader.next();
            if (h == null) throw new DataFormatException(file, "1", "expected a header line, but the file is empty");
            header = h.fields();
            long cells = 0;
            CsvRows.Row r;
            while ((r = reader.next()) != null) {
                if (r.fields().size() != header.size())
                    throw DataFormatException.atLine(file, r.line(), "expected " + header.size() + " fields as in the header, found "
                            + r.fields().size());
                cells += header.size();
                if (cells > MAX_CELLS || rows.size() >= InputLimits.MAX_ENTRIES)
                    throw DataFormatException.atLine(file, r.line(), "more than " + MAX_CELLS + " cells or "
                            + InputLimits.MAX_ENTRIES + " rows; ActiveMat reads tables up to that size");
                rows.add(r);
            }
        }
        int formulaCol = column(header, FORMULA_COLUMNS);
        if (formulaCol < 0)
            throw DataFormatException.atLine(file, 1, "expected a 'formula' or 'composition' column, found columns "
                    + ExtXyzReader.abbreviate(header.toString()));
        int idCol = column(header, ID_COLUMNS);
        if (rows.isEmpty()) throw DataFormatException.atLine(file, 2, "expected data rows after the header, found none");
        boolean[] numeric = numericColumns(file, header, rows, formulaCol, idCol);
        String stem = Provenance.stem(file);
        List<Entry> entries = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CsvRows.Row r = rows.get(i);
            Composition comp;
            try {
                comp = Composition.parse(r.fields().get(formulaCol));
            } catch (IllegalArgumentException e) {
                throw DataFormatException.atLine(file, r.line(), "column '" + header.get(formulaCol) + "': " + e.getMessage());
            }
            Map<String, Double> props = new LinkedHashMap<>();
            Map<String, String> info = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                if (c == formulaCol || c == idCol) continue;
                String v = r.fields().get(c);
                if (numeric[c]) props.put(header.get(c), isMissing(v) ? Double.NaN : parse(v));
                else info.put(header.get(c), v);
            }
            String id = idCol >= 0 ? r.fields().get(idCol) : stem + "#" + i;
            String bad = Ids.problem(id);
            if (bad != null) throw DataFormatException.atLine(file, r.line(), "column '" + header.get(idCol) + "': " + bad);
            entries.add(new Entry(id, null, comp, props, Map.of(), info, "csv"));
        }
        return new Dataset(stem, entries, Provenance.of(file, format()));
    }

    private static int column(List<String> header, List<String> names) {
        for (String n : names)
            for (int i = 0; i < header.size(); i++) if (header.get(i).equalsIgnoreCase(n)) return i;
        return -1;
    }

    /** Numeric unless most non-empty cells are text; a text cell in a numeric column is an error at its row. */
    private static boolean[] numericColumns(Path file, List<String> header, List<CsvRows.Row> rows, int formulaCol, int idCol)
            throws DataFormatException {
        boolean[] numeric = new boolean[header.size()];
        for (int c = 0; c < header.size(); c++) {
            if (c == formulaCol || c == idCol) continue;
            long numbers = 0, texts = 0;
            int firstText = -1;
            boolean startsWithNumber = false;
            for (int i = 0; i < rows.size(); i++) {
                String v = rows.get(i).fields().get(c);
                if (isMissing(v)) continue;
                if (parse(v) != null) {
                    if (numbers++ == 0 && texts == 0) startsWithNumber = true;
                } else if (texts++ == 0) firstText = i;
            }
            // an all-empty column is a numeric one with no values
            numeric[c] = texts == 0 || (numbers > 0 && (startsWithNumber || numbers > texts));
            if (numeric[c] && texts > 0) {
                CsvRows.Row r = rows.get(firstText);
                throw DataFormatException.atLine(file, r.line(), "expected a number in column '" + header.get(c) + "' (row "
                        + (firstText + 1) + "), as in " + numbers + " other rows, found '"
                        + ExtXyzReader.abbreviate(r.fields().get(c)) + "'");
            }
        }
        return numeric;
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
        // Java would accept "1.5f", "2d", "NaN" spelt oddly and hex floats; a CSV cell like that is text
        if (t.isEmpty() || "fFdDpP".indexOf(t.charAt(t.length() - 1)) >= 0 || lower.contains("x") || lower.contains("n")) return null;
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Composition;
import org.activemat.engine.data.DataFiles;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetReader;
import org.activemat.engine.data.Entry;

import java.io.BufferedReader;
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
 * column (id, material_id, mpid, entry_id) and any other columns. A column is numeric when its first non-empty value
 * is a number; numeric columns become properties, the others text info. Empty cells and nan / NA become NaN, so the
 * finite-target filter counts them instead of the reader failing.
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
        List<CsvRows.Row> rows = new ArrayList<>();
        List<String> header;
        try (BufferedReader in = DataFiles.reader(file)) {
            in.mark(1 << 16);
            String first = in.readLine();
            if (first == null) throw new DataFormatException(file, "1", "expected a header line, but the file is empty");
            in.reset();
            CsvRows reader = new CsvRows(in, CsvRows.guessDelimiter(first));
            CsvRows.Row h = reader.next();
            if (h == null) throw new DataFormatException(file, "1", "expected a header line, but the file is blank");
            header = h.fields();
            CsvRows.Row r;
            while ((r = reader.next()) != null) rows.add(r);
        } catch (IllegalStateException e) {
            throw new DataFormatException(file, "", e.getMessage());
        }
        int formulaCol = column(header, FORMULA_COLUMNS);
        if (formulaCol < 0)
            throw DataFormatException.atLine(file, 1, "expected a 'formula' or 'composition' column, found columns " + header);
        int idCol = column(header, ID_COLUMNS);
        if (rows.isEmpty()) throw DataFormatException.atLine(file, 2, "expected data rows after the header, found none");
        for (CsvRows.Row r : rows)
            if (r.fields().size() != header.size())
                throw DataFormatException.atLine(file, r.line(), "expected " + header.size() + " fields as in the header, found "
                        + r.fields().size());
        boolean[] numeric = numericColumns(header, rows, formulaCol, idCol);
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
                if (numeric[c]) props.put(header.get(c), number(file, r.line(), header.get(c), v));
                else info.put(header.get(c), v);
            }
            String id = idCol >= 0 && !r.fields().get(idCol).isBlank() ? r.fields().get(idCol) : stem + "#" + i;
            entries.add(new Entry(id, null, comp, props, Map.of(), info, "csv"));
        }
        return new Dataset(stem, entries, Provenance.of(file, format()));
    }

    private static int column(List<String> header, List<String> names) {
        for (String n : names)
            for (int i = 0; i < header.size(); i++) if (header.get(i).equalsIgnoreCase(n)) return i;
        return -1;
    }

    private static boolean[] numericColumns(List<String> header, List<CsvRows.Row> rows, int formulaCol, int idCol) {
        boolean[] numeric = new boolean[header.size()];
        for (int c = 0; c < header.size(); c++) {
            if (c == formulaCol || c == idCol) continue;
            numeric[c] = true; // an all-empty column is a numeric one with no values
            for (CsvRows.Row r : rows) {
                String v = r.fields().get(c);
                if (isMissing(v)) continue;
                numeric[c] = parse(v) != null;
                break;
            }
        }
        return numeric;
    }

    private static double number(Path file, long line, String column, String v) throws DataFormatException {
        if (isMissing(v)) return Double.NaN;
        Double d = parse(v);
        if (d == null) throw DataFormatException.atLine(file, line, "expected a number in column '" + column + "', found '"
                + ExtXyzReader.abbreviate(v) + "'");
        return d;
    }

    private static boolean isMissing(String v) { return MISSING.contains(v.trim().toLowerCase(Locale.ROOT)); }

    private static Double parse(String v) {
        // Java would accept "1.5f", "2d" and hex floats; a CSV cell like that is text
        if (v.isEmpty() || "fFdDpP".indexOf(v.charAt(v.length() - 1)) >= 0 || v.contains("x") || v.contains("X")) return null;
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package org.activemat.engine.data.formats;

/** A CSV field as {@link CsvRows} reads it back unchanged: RFC 4180 quotes where needed, and around blanks at its ends. */
public final class CsvFields {
    private CsvFields() {}

    public static String quoted(String s) {
        boolean plain = !s.isEmpty() && s.strip().equals(s);
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c >= ' ' && c != ',' && c != ';' && c != '"';   // any delimiter the reader may guess
        }
        return plain ? s : '"' + s.replace("\"", "\"\"") + '"';
    }
}

package org.activemat.engine.data.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180: double-quoted fields with "" escapes, quoted line breaks),
 * remembering the line each record starts on so errors can name it.
 */
final class CsvRows {
    record Row(long line, List<String> fields) {}

    private final BufferedReader in;
    private final char delimiter;
    private long line;

    CsvRows(BufferedReader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** Guesses the delimiter from the header: tab or semicolon when the header has those and no comma. */
    static char guessDelimiter(String header) {
        if (header.indexOf(',') >= 0) return ',';
        if (header.indexOf('\t') >= 0) return '\t';
        if (header.indexOf(';') >= 0) return ';';
        return ',';
    }

    /** The next non-blank record, or null at the end; throws IllegalStateException for an unterminated quote. */
    Row next() throws IOException {
        String text;
        do {
            text = in.readLine();
            if (text == null) return null;
            line++;
        } while (text.isBlank());
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i >= text.length()) {
                if (!quoted) break;
                String more = in.readLine();
                if (more == null) throw new IllegalStateException("line " + start + ": a quoted field is never closed");
                line++;
                cur.append('\n');
                text = more;
                i = 0;
                continue;
            }
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') { cur.append('"'); i++; }
                    else quoted = false;
                } else cur.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(cur.toString().trim());
                cur.setLength(0);
            } else cur.append(c);
        }
        fields.add(cur.toString().trim());
        return new Row(start, fields);
    }
}

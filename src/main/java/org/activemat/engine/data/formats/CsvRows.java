package org.activemat.engine.data.formats;

import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.InputLimits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180: double-quoted fields with "" escapes and quoted line breaks), remembering
 * the line each record starts on so errors can name it. Whitespace around a field is dropped, inside quotes it is kept,
 * so a quoted id such as " a " comes back as written. The delimiter is guessed from the first line.
 */
final class CsvRows {
    record Row(long line, List<String> fields) {}

    private final TextLines in;
    private boolean started;
    private char delimiter = ',';

    CsvRows(TextLines in) { this.in = in; }

    /** Guesses the delimiter from the header: tab or semicolon when the header has those and no comma. */
    static char guessDelimiter(String header) {
        if (header.indexOf(',') >= 0) return ',';
        if (header.indexOf('\t') >= 0) return '\t';
        if (header.indexOf(';') >= 0) return ';';
        return ',';
    }

    /** The next non-blank record, or null at the end; the first one (the header) sets the delimiter. */
    Row next() throws IOException, DataFormatException {
        String text;
        do {
            text = in.next();
            if (text == null) return null;
        } while (text.isBlank());
        if (!started) delimiter = guessDelimiter(text);
        started = true;
        long start = in.line();
        List<String> fields = new ArrayList<>();
        int i = 0, length = text.length();
        while (true) {
            while (i < text.length() && text.charAt(i) != delimiter && Character.isWhitespace(text.charAt(i))) i++;
            if (i < text.length() && text.charAt(i) == '"') {
                StringBuilder cur = new StringBuilder();
                i++;
                while (true) {
                    if (i >= text.length()) {
                        String lineEnd = in.ending();   // kept as written: a quoted field holds it verbatim
                        String more = in.next();
                        if (more == null) throw in.error(start, "a quoted field opened on line " + start + " is never closed");
                        length += more.length() + 1;
                        if (length > InputLimits.MAX_LINE_CHARS)
                            throw in.error(start, "record longer than " + InputLimits.MAX_LINE_CHARS + " characters (a quote never closed?)");
                        cur.append(lineEnd);
                        text = more;
                        i = 0;
                        continue;
                    }
                    char c = text.charAt(i++);
                    if (c != '"') cur.append(c);
                    else if (i < text.length() && text.charAt(i) == '"') { cur.append('"'); i++; }
                    else break;
                }
                // anything between the closing quote and the delimiter is kept, as spreadsheets do
                int j = i;
                while (j < text.length() && text.charAt(j) != delimiter) j++;
                String tail = text.substring(i, j);
                fields.add(tail.isBlank() ? cur.toString() : cur.append(tail.stripTrailing()).toString());
                i = j;
            } else {
                int j = text.indexOf(delimiter, i);
                if (j < 0) j = text.length();
                fields.add(text.substring(i, j).trim());
                i = j;
            }
            if (i >= text.length()) break;
            i++;   // the delimiter
        }
        return new Row(start, fields);
    }
}

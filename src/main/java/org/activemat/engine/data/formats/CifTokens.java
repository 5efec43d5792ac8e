package org.activemat.engine.data.formats;

import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.InputLimits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Splits CIF 1.1 text into tokens with their line numbers: bare words, 'quoted' / "quoted" strings, ;text fields;. */
final class CifTokens {
    record Token(String text, long line, boolean quoted) {
        boolean isTag() { return !quoted && text.startsWith("_"); }

        boolean is(String keyword) { return !quoted && text.equalsIgnoreCase(keyword); }

        boolean startsWith(String keyword) {
            return !quoted && text.regionMatches(true, 0, keyword, 0, keyword.length());
        }
    }

    private CifTokens() {}

    static List<Token> tokenize(TextLines lines) throws IOException, DataFormatException {
        List<Token> out = new ArrayList<>();
        String s;
        while ((s = lines.next()) != null) {
            if (s.startsWith(";")) {
                long start = lines.line();
                StringBuilder sb = new StringBuilder(s.substring(1));
                while (true) {
                    String more = lines.next();
                    if (more == null)
                        throw lines.error(start, "a text field opened with ';' on line " + start + " is never closed; expected a line starting with ';'");
                    if (more.startsWith(";")) break;
                    if (sb.length() + more.length() > InputLimits.MAX_LINE_CHARS)
                        throw lines.error(start, "text field longer than " + InputLimits.MAX_LINE_CHARS + " characters");
                    sb.append('\n').append(more);
                }
                out.add(new Token(sb.toString().strip(), start, true));
                continue;
            }
            long ln = lines.line();
            int i = 0, n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) { i++; continue; }
                if (c == '#') break;
                if (c == '\'' || c == '"') {
                    // a quote closes only when followed by whitespace or the end of the line
                    int j = i + 1;
                    while (j < n && !(s.charAt(j) == c && (j + 1 == n || Character.isWhitespace(s.charAt(j + 1))))) j++;
                    out.add(new Token(s.substring(i + 1, Math.min(j, n)), ln, true));
                    i = j + 1;
                    continue;
                }
                int j = i;
                while (j < n && !Character.isWhitespace(s.charAt(j))) j++;
                out.add(new Token(s.substring(i, j), ln, false));
                i = j;
            }
        }
        return out;
    }
}

package org.activemat.engine.data.formats;

import java.util.ArrayList;
import java.util.List;

/** Splits CIF 1.1 text into tokens with their line numbers: bare words, 'quoted' / "quoted" strings, ;text fields;. */
final class CifTokens {
    record Token(String text, int line, boolean quoted) {
        boolean isTag() { return !quoted && text.startsWith("_"); }

        boolean is(String keyword) { return !quoted && text.equalsIgnoreCase(keyword); }

        boolean startsWith(String keyword) {
            return !quoted && text.regionMatches(true, 0, keyword, 0, keyword.length());
        }
    }

    private CifTokens() {}

    static List<Token> tokenize(List<String> lines) {
        List<Token> out = new ArrayList<>();
        for (int ln = 0; ln < lines.size(); ln++) {
            String s = lines.get(ln);
            if (s.startsWith(";")) {
                int start = ln + 1;
                StringBuilder sb = new StringBuilder(s.substring(1));
                while (++ln < lines.size() && !lines.get(ln).startsWith(";")) sb.append('\n').append(lines.get(ln));
                out.add(new Token(sb.toString().strip(), start, true));
                continue;
            }
            int i = 0, n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) { i++; continue; }
                if (c == '#') break;
                if (c == '\'' || c == '"') {
                    // a quote closes only when followed by whitespace or the end of the line
                    int j = i + 1;
                    while (j < n && !(s.charAt(j) == c && (j + 1 == n || Character.isWhitespace(s.charAt(j + 1))))) j++;
                    out.add(new Token(s.substring(i + 1, Math.min(j, n)), ln + 1, true));
                    i = j + 1;
                    continue;
                }
                int j = i;
                while (j < n && !Character.isWhitespace(s.charAt(j))) j++;
                out.add(new Token(s.substring(i, j), ln + 1, false));
                i = j;
            }
        }
        return out;
    }
}

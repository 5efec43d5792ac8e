package org.activemat.engine.data.formats;

/**
 * Text values as the extended-XYZ convention writes them: bare when that is unambiguous, otherwise in double quotes
 * with backslash escapes (\\ \" \n \r \t). Any string survives a round trip: ids with spaces, quotes, tabs, line
 * breaks, backslashes or non-ASCII text come back identical. The same escapes (without the quotes) keep one record per
 * line in tab-separated files.
 */
public final class EscapedText {
    private EscapedText() {}

    /** s as an extended-XYZ value: bare if safe, else quoted and escaped. */
    public static String quoted(String s) {
        return isBare(s) ? s : '"' + escape(s) + '"';
    }

    /** True when s can be written without quotes: letters, digits and a few punctuation marks that mean nothing here. */
    static boolean isBare(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || "_-.+:#@/()%,".indexOf(c) >= 0) || Character.isSurrogate(c)) return false;
        }
        return true;
    }

    /** Backslash, double quote, line feed, carriage return and tab as two-character escapes. */
    public static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String e = switch (c) {
                case '\\' -> "\\\\";
                case '"' -> "\\\"";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> null;
            };
            if (e == null && b == null) continue;
            if (b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (e == null) b.append(c);
            else b.append(e);
        }
        return b == null ? s : b.toString();
    }

    /** The inverse of {@link #escape}; a backslash before any other character is kept as written (older files). */
    public static String unescape(String s) {
        int i = s.indexOf('\\');
        if (i < 0) return s;
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) { b.append(c); continue; }
            char n = s.charAt(i + 1);
            switch (n) {
                case '\\' -> b.append('\\');
                case '"' -> b.append('"');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                default -> { b.append(c); continue; }
            }
            i++;
        }
        return b.toString();
    }

    /** Index of the double quote that closes a quoted value opened at {@code open}, skipping escaped ones; -1 if none. */
    static int closingQuote(String line, int open) {
        for (int i = open + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') i++;
            else if (c == '"') return i;
        }
        return -1;
    }
}

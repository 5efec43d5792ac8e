package org.activemat.engine.data;

import java.nio.file.Path;

/**
 * Bad input in a data file. The message always names the file, the place (line number or JSON path)
 * and what was expected, so a user can open the file and fix it: "Si.xyz:12: expected 3 coordinates, found 2".
 */
public class DataFormatException extends Exception {
    private final String file;
    private final String location;
    private final String problem;

    public DataFormatException(Path file, String location, String problem) {
        this(file == null ? "<input>" : String.valueOf(file.getFileName()), location, problem, null);
    }

    public DataFormatException(String file, String location, String problem, Throwable cause) {
        super(printable(file) + (location == null || location.isEmpty() ? "" : ":" + printable(location)) + ": "
                + printable(problem), cause);
        this.file = file;
        this.location = location;
        this.problem = printable(problem);
    }

    private static final int MAX_PROBLEM_CHARS = 400;

    /**
     * The text with control characters written as escapes (backslash n, t, or u and four hex digits) and cut to a few hundred characters, so a
     * message is always one readable line whatever bytes the file held.
     */
    public static String printable(String s) { return printable(s, MAX_PROBLEM_CHARS); }

    /** The same, cut at max characters. */
    public static String printable(String s, int max) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 16);
        for (int i = 0; i < s.length(); i++) {
            if (b.length() >= max) return b.append('…').toString();
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029)
                        b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** At a 1-based line number of a text file. */
    public static DataFormatException atLine(Path file, long line, String problem) {
        return new DataFormatException(file, String.valueOf(line), problem);
    }

    /** At a JSON path such as "$[3].structure.lattice.matrix". */
    public static DataFormatException atPath(Path file, String jsonPath, String problem) {
        return new DataFormatException(file, jsonPath, problem);
    }

    public String file() { return file; }

    public String location() { return location; }

    public String problem() { return problem; }
}

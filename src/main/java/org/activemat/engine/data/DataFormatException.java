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
        super(file + (location == null || location.isEmpty() ? "" : ":" + location) + ": " + problem, cause);
        this.file = file;
        this.location = location;
        this.problem = problem;
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

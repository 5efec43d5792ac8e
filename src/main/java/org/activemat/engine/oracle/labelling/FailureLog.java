package org.activemat.engine.oracle.labelling;

import org.activemat.engine.oracle.OracleException;

import org.activemat.engine.data.formats.EscapedText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Candidates that could not be labelled, one tab-separated line each (id, reason, wall seconds, message), next to
 * the frames file; the id is escaped ({@link EscapedText}: tab, line break, backslash) so any id stays one field.
 * Kept so that a restarted run does not spend CPU on them again and the README can count them.
 */
public final class FailureLog {
    private final Path file;
    private final Map<String, String> reasons = new LinkedHashMap<>();

    private FailureLog(Path file) { this.file = file; }

    public static Path besides(Path frames) {
        String name = frames.getFileName().toString().replaceFirst("\\.extxyz(\\.gz)?$", "");
        return frames.resolveSibling(name + ".failed.tsv");
    }

    public static FailureLog open(Path file) throws IOException {
        FailureLog log = new FailureLog(file);
        if (!Files.exists(file)) return log;
        String[] lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r\n|\n|\r");   // a bad byte is U+FFFD
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String[] f = line.split("\t", 4);
            // the header (first) and comments, but not a record whose id starts with '#': records have four fields
            if (line.isBlank() || (i == 0 && line.startsWith("# id\t")) || (line.startsWith("#") && f.length < 4)) continue;
            log.reasons.put(EscapedText.unescape(f[0]), f.length > 1 ? f[1] : "");
        }
        return log;
    }

    public boolean contains(String id) { return reasons.containsKey(id); }

    public Map<String, String> reasons() { return java.util.Collections.unmodifiableMap(reasons); }

    public int size() { return reasons.size(); }

    public synchronized void record(String id, OracleException e, double wallSeconds) throws IOException {
        boolean fresh = !Files.exists(file);
        String msg = e.getMessage().replaceAll("[\\t\\r\\n]+", " ");
        String tail = e.outputTail().lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("").trim();
        String line = (fresh ? "# id\treason\twall_seconds\tmessage | last output line\n" : "")
                + EscapedText.escape(id) + "\t" + e.reason() + "\t" + String.format(Locale.ROOT, "%.1f", wallSeconds) + "\t" + msg
                + (tail.isEmpty() ? "" : " | " + tail.replace('\t', ' ')) + "\n";
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);   // the first candidate may fail before any frame is written
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.SYNC);
        reasons.put(id, e.reason().name());
    }
}

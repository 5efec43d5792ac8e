package org.activemat.engine.data.formats;

import org.activemat.engine.data.DataFiles;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.InputLimits;
import org.activemat.engine.data.UnreadableInputException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The lines of a text data file, numbered from 1: UTF-8 (a byte-order mark is skipped, a malformed byte becomes
 * U+FFFD), LF, CRLF or CR line ends, each line at most {@link InputLimits#MAX_LINE_CHARS} long. Damaged or oversized
 * input is reported as a DataFormatException at the line where it was met.
 */
final class TextLines implements Closeable {
    private final Path file;
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos, end;
    private long line;
    private boolean started, pendingLf;
    private String ending = "";

    TextLines(Path file) throws IOException { this(file, InputLimits.MAX_BYTES); }

    /** Lines the caller has already split (the frames file checks its own bytes with the reader's rules). */
    TextLines(Path file, ExtXyzReader.LineSource lines) {
        this.file = file;
        this.in = null;
        this.source = lines;
    }

    private final ExtXyzReader.LineSource source;

    /** With a smaller size limit (bytes of content), for formats whose parsed form is much larger than the text. */
    TextLines(Path file, long maxBytes) throws IOException {
        this.file = file;
        this.in = new InputStreamReader(DataFiles.open(file, Math.min(maxBytes, InputLimits.MAX_BYTES)), StandardCharsets.UTF_8);
        this.source = null;
    }

    Path file() { return file; }

    /** The line end of the line last returned: "\n", "\r\n", "\r", or "" at the end of the file. */
    String ending() throws IOException {
        if (!pendingLf) return ending;
        if (pos >= end) {
            int n = in.read(buf, 0, buf.length);   // a CRLF split across buffers
            if (n <= 0) return "\r";
            pos = 0;
            end = n;
        }
        if (buf[pos] == '\n') { pos++; pendingLf = false; ending = "\r\n"; }
        else { pendingLf = false; ending = "\r"; }
        return ending;
    }

    /** Number of the line last returned (0 before the first). */
    long line() { return line; }

    /** The next line without its line end, or null at the end of the file. */
    String next() throws IOException, DataFormatException {
        if (source != null) {
            String s = source.readLine();
            if (s == null) return null;
            if (s.length() > InputLimits.MAX_LINE_CHARS)
                throw DataFormatException.atLine(file, line + 1, "line longer than " + InputLimits.MAX_LINE_CHARS + " characters");
            if (++line == 1 && s.startsWith("\uFEFF")) s = s.substring(1);   // a byte-order mark is not part of the line
            return s;
        }
        StringBuilder b = null;
        while (true) {
            if (pos >= end && !fill()) {
                if (b == null) return null;
                break;
            }
            if (pendingLf) {
                pendingLf = false;
                if (buf[pos] == '\n') { pos++; continue; }
            }
            int start = pos;
            while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') pos++;
            if (b == null) b = new StringBuilder(Math.max(16, pos - start));
            if (b.length() + (pos - start) > InputLimits.MAX_LINE_CHARS)
                throw DataFormatException.atLine(file, line + 1, "line longer than " + InputLimits.MAX_LINE_CHARS
                        + " characters; expected a text file of lines (is this a binary file?)");
            b.append(buf, start, pos - start);
            if (pos < end) {
                pendingLf = buf[pos] == '\r';   // a CRLF's LF may be in the next buffer
                ending = pendingLf ? "\r" : "\n";
                pos++;
                break;
            }
            ending = "";
        }
        line++;
        if (!started) {
            started = true;
            if (b.length() > 0 && b.charAt(0) == '\uFEFF') b.deleteCharAt(0);
        }
        return b.toString();
    }

    private boolean fill() throws IOException, DataFormatException {
        try {
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) return false;
            pos = 0;
            end = n;
            return true;
        } catch (UnreadableInputException e) {
            throw DataFormatException.atLine(file, line + 1, e.problem());
        }
    }

    DataFormatException error(String problem) { return DataFormatException.atLine(file, line, problem); }

    DataFormatException error(long at, String problem) { return DataFormatException.atLine(file, at, problem); }

    @Override public void close() throws IOException { if (in != null) in.close(); }
}

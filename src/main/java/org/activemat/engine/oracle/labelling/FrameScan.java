package org.activemat.engine.oracle.labelling;

import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.ExtXyzReader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The check of a frames file before frames are appended to it, with the extended-XYZ reader's own rules: the complete
 * frames are kept as they are; what follows the last of them may be cut only when it is a prefix of a frame as this
 * program writes it (a write cut short by a full disk or a crash). Anything else the reader cannot parse is refused.
 */
final class FrameScan {
    private FrameScan() {}

    /** Our writer starts every comment line so; a torn frame that does not is not ours to cut. */
    private static final String OUR_COMMENT = "Lattice=\"";
    private static final Pattern COUNT_PREFIX = Pattern.compile("\\d+");
    private static final Pattern ATOM_PREFIX = Pattern.compile("[A-Z][a-z]?(?:[ \\t]+[-+.0-9eE]*)*");

    /**
     * ids of the complete frames; keep = bytes to keep, the rest (a torn frame) to cut; newline = what to append so
     * that the next frame starts on a line of its own (null when the file already ends with a line end).
     */
    record Result(List<String> ids, long keep, long cut, String newline) {}

    /** end: where the last complete frame ends; lastStart: where it starts (after the frame before it). */
    private record Pass(List<String> ids, int end, int lastStart, DataFormatException error, boolean atEnd) {}

    static Result check(Path file, byte[] all) throws IOException, DataFormatException {
        if (all.length >= 2 && (all[0] & 0xff) == 0x1f && (all[1] & 0xff) == 0x8b)
            throw DataFormatException.atLine(file, 1, "expected an uncompressed extended XYZ file to append frames to, found gzip data");
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(all);
        CharBuffer chars = CharBuffer.allocate(all.length);
        CoderResult r = utf8.decode(in, chars, false);
        if (r.isError())   // a replacement character would change the file on the next rewrite: refuse instead
            throw DataFormatException.atLine(file, lineOf(all, in.position()),
                    String.format("expected UTF-8 text, found the byte 0x%02X", all[in.position()] & 0xff));
        int leftover = in.remaining();   // an incomplete character at the very end: a write cut inside it
        String text = chars.flip().toString();
        int len = text.length();
        boolean terminated = len > 0 && isEol(text.charAt(len - 1));
        int partialStart = terminated && leftover == 0 ? len : lastLineStart(text);

        Pass first = pass(file, text, leftover > 0 ? partialStart : len);
        if (first.error == null && leftover == 0) {
            if (len == 0 || terminated) return new Result(first.ids, all.length, 0, null);
            if (!shortLastLineOfOurs(text, first.lastStart, partialStart))
                return new Result(first.ids, all.length, 0, newlineOf(text));
            long keep = utf8Length(text, first.lastStart);   // our frame, its last number cut short: torn after all
            return new Result(first.ids.subList(0, first.ids.size() - 1), keep, all.length - keep, null);
        }

        // again without the unfinished last line: a torn frame fails only for want of more lines
        Pass second = leftover > 0 ? first : pass(file, text, partialStart);
        if (second.error != null && !second.atEnd) throw second.error;
        String partial = text.substring(partialStart);
        long partialLine = lineOf(all, utf8Length(text, partialStart));
        List<String> lines = new ArrayList<>();
        Lines rest = new Lines(text, second.end, partialStart);
        for (String l; (l = rest.readLine()) != null; ) if (!lines.isEmpty() || !l.isBlank()) lines.add(l);

        String problem = null;
        long at = partialLine;
        if (lines.size() >= 2 && !lines.get(1).startsWith(OUR_COMMENT)) {
            at = lineOf(all, utf8Length(text, second.end)) + blankLinesBefore(text, second.end, partialStart) + 1;
            problem = "expected the rest of a frame as ActiveMat writes it (a comment line starting " + OUR_COMMENT
                    + "), found '" + abbreviate(lines.get(1)) + "'";
        } else if (lines.size() == 1) {
            if (!(partial.startsWith(OUR_COMMENT) || OUR_COMMENT.startsWith(partial)))
                problem = "expected a comment line starting " + OUR_COMMENT + ", found '" + abbreviate(partial) + "'";
        } else if (leftover > 0) {
            problem = "expected UTF-8 text, found an incomplete character at the end of the file";
        } else if (lines.isEmpty() && !partial.isBlank() && !COUNT_PREFIX.matcher(partial.strip()).matches()) {
            problem = "expected the number of atoms of a frame, found '" + abbreviate(partial) + "'";
        } else if (lines.size() >= 2 && !partial.isEmpty() && !ATOM_PREFIX.matcher(partial).matches()) {
            problem = "expected an atom line (element and numbers), found '" + abbreviate(partial) + "'";
        }
        if (problem != null) {
            // the reader's own words when it stopped on that line
            if (first.error != null && String.valueOf(at).equals(first.error.location())) throw first.error;
            throw DataFormatException.atLine(file, at, problem);
        }
        long keep = utf8Length(text, second.end);
        return new Result(second.ids, keep, all.length - keep, null);
    }

    /** The frames from the start up to end (a char index), with the reader's rules; where the last complete one ends. */
    private static Pass pass(Path file, String text, int end) throws IOException {
        Lines lines = new Lines(text, 0, end);
        ExtXyzReader.Frames frames = new ExtXyzReader.Frames(file, lines);
        List<String> ids = new ArrayList<>();
        int good = text.startsWith("\uFEFF") ? 1 : 0;   // a byte-order mark is kept even when every frame is cut
        int before = good;
        try {
            for (Entry e; (e = frames.next()) != null; ) {
                ids.add(e.id());
                before = good;
                good = lines.pos;
            }
            return new Pass(ids, good, before, null, true);
        } catch (DataFormatException e) {
            return new Pass(ids, good, before, e, lines.exhausted);
        }
    }

    /** The lines of text[from, to) as BufferedReader.readLine splits them, with the position after each. */
    private static final class Lines implements ExtXyzReader.LineSource {
        final String s;
        final int end;
        int pos;
        boolean exhausted;

        Lines(String s, int from, int to) {
            this.s = s;
            this.pos = from;
            this.end = to;
        }

        @Override public String readLine() {
            if (pos >= end) {
                exhausted = true;
                return null;
            }
            int i = pos;
            while (i < end && !isEol(s.charAt(i))) i++;
            String line = s.substring(pos, i);
            if (i < end && s.charAt(i) == '\r' && i + 1 < end && s.charAt(i + 1) == '\n') i++;
            pos = Math.min(end, i + 1);
            return line;
        }
    }

    /**
     * True when the frame at text[from, ...) is one our writer made (its comment line starts with Lattice=" and ends
     * with pbc="T T T") and its unterminated last line, at lastLine, is shorter than the writer's fixed columns (the
     * element in 3 characters, then each number right-aligned in 23): a write cut inside the last number, which the
     * reader would take for a complete frame with a wrong number.
     */
    private static boolean shortLastLineOfOurs(String text, int from, int lastLine) {
        Lines l = new Lines(text, from, text.length());
        String line;
        while ((line = l.readLine()) != null && line.isBlank()) { /* to the count line */ }
        String comment = l.readLine();
        if (comment == null || !comment.startsWith(OUR_COMMENT) || !comment.endsWith(" pbc=\"T T T\"")) return false;
        java.util.regex.Matcher m = Pattern.compile("Properties=(\\S+)").matcher(comment);
        if (!m.find()) return false;
        String[] f = m.group(1).split(":");
        long numbers = 0;   // the reader has checked the counts
        for (int i = 0; i + 2 < f.length; i += 3) if (f[i + 1].equals("R")) numbers += Integer.parseInt(f[i + 2]);
        return text.length() - lastLine < 3 + 23 * numbers;
    }

    private static boolean isEol(char c) { return c == '\n' || c == '\r'; }

    private static int lastLineStart(String text) {
        int i = text.length();
        while (i > 0 && !isEol(text.charAt(i - 1))) i--;
        return i;
    }

    /** The file's own line end (CRLF when its first line has one), for the newline added after a last frame. */
    private static String newlineOf(String text) {
        int i = 0;
        while (i < text.length() && !isEol(text.charAt(i))) i++;
        return i + 1 < text.length() && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n' ? "\r\n" : "\n";
    }

    private static int blankLinesBefore(String text, int from, int to) {
        Lines l = new Lines(text, from, to);
        int n = 0;
        for (String s; (s = l.readLine()) != null && s.isBlank(); ) n++;
        return n;
    }

    /** 1-based line number of a byte offset, counting line ends as the reader does (\n, \r, \r\n). */
    private static long lineOf(byte[] b, long offset) {
        long line = 1;
        for (int i = 0; i < offset && i < b.length; i++)
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) line++;
        return line;
    }

    private static long utf8Length(String text, int end) {
        return text.substring(0, end).getBytes(StandardCharsets.UTF_8).length;
    }

    private static String abbreviate(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}

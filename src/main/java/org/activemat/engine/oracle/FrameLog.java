package org.activemat.engine.oracle;

import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.ExtXyzWriter;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An extended XYZ file that only ever grows by whole frames, so a labelling run can be killed at any moment and
 * resumed: each frame is written with one write call and forced to disk; on opening, a torn last frame (from a
 * crash in the middle of a write) is cut off and the ids already present are remembered.
 */
public final class FrameLog {
    private static final Pattern ID = Pattern.compile("(?:^|\\s)id=(?:\"([^\"]*)\"|(\\S+))");

    private final Path file;
    private final Set<String> ids = new LinkedHashSet<>();
    private long truncatedBytes;

    private FrameLog(Path file) { this.file = file; }

    public static FrameLog open(Path file) throws IOException {
        FrameLog log = new FrameLog(file);
        if (Files.exists(file)) log.scan();
        return log;
    }

    public Set<String> ids() { return java.util.Collections.unmodifiableSet(ids); }

    public int size() { return ids.size(); }

    /** Bytes cut off a torn last frame when the file was opened (0 normally). */
    public long truncatedBytes() { return truncatedBytes; }

    public Path file() { return file; }

    public synchronized void append(Entry e) throws IOException {
        StringWriter w = new StringWriter();
        ExtXyzWriter.write(w, e);
        byte[] bytes = w.toString().getBytes(StandardCharsets.UTF_8);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(false);
        }
        ids.add(e.id());
    }

    /** Walks the frames by their atom-count lines; cuts the file after the last complete frame. */
    private void scan() throws IOException {
        byte[] all = Files.readAllBytes(file);
        String text = new String(all, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        boolean endsWithNewline = text.isEmpty() || text.endsWith("\n");
        long goodBytes = 0, offset = 0;
        int i = 0;
        while (i < lines.size()) {
            String countLine = lines.get(i).trim();
            if (countLine.isEmpty()) { offset += lines.get(i).length() + 1; goodBytes = offset; i++; continue; }
            int n;
            try {
                n = Integer.parseInt(countLine);
            } catch (NumberFormatException ex) {
                break;
            }
            int last = i + 1 + n;   // index of the frame's last line
            boolean complete = last < lines.size() && (last < lines.size() - 1 || endsWithNewline);
            if (!complete) break;
            long frameBytes = 0;
            for (int k = i; k <= last; k++) frameBytes += lines.get(k).getBytes(StandardCharsets.UTF_8).length + 1;
            Matcher m = ID.matcher(lines.get(i + 1));
            if (m.find()) ids.add(m.group(1) != null ? m.group(1) : m.group(2));
            offset += frameBytes;
            goodBytes = offset;
            i = last + 1;
        }
        if (goodBytes < all.length) {
            truncatedBytes = all.length - goodBytes;
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(goodBytes);
                ch.force(true);
            }
        }
    }
}

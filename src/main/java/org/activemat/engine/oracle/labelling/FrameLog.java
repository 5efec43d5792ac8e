package org.activemat.engine.oracle.labelling;

import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.ExtXyzWriter;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * An extended XYZ file that only ever grows by whole frames, so a labelling run can be killed at any moment and
 * resumed: each frame is written with one write call and forced to disk. One writer at a time: opening takes a lock
 * on FILE.lock beside it (held until close, released by the system when the process dies), so a second labeller on
 * the same file is refused rather than writing every frame twice. On opening, the file is checked with the reader's
 * rules ({@link FrameScan}): a torn last frame is cut and kept beside it as FILE.torn-TIME; anything else the reader
 * cannot parse is refused with file:line, the file untouched.
 */
public final class FrameLog implements Closeable {
    /** Lock files held by this JVM: a second FileChannel lock on them would throw, and closing one would free both. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Set<String> ids = new LinkedHashSet<>();
    private final Path heldKey;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private long truncatedBytes;
    private Path tornCopy;
    private boolean closed;

    /** Another labeller (another process, or another task of this one) is writing the file. */
    public static final class InUseException extends IOException {
        InUseException(String message) { super(message); }
    }

    private FrameLog(Path file, Path heldKey, FileChannel lockChannel, FileLock lock) {
        this.file = file;
        this.heldKey = heldKey;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens file for appending, telling what it repaired on stderr. */
    public static FrameLog open(Path file) throws IOException, DataFormatException {
        return open(file, System.err::println);
    }

    /** Opens file for appending; notes receives one line for each repair made (a torn frame cut, a newline added). */
    public static FrameLog open(Path file, Consumer<String> notes) throws IOException, DataFormatException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        Path key = parent.toRealPath().resolve(lockFile.getFileName());
        long pid = ProcessHandle.current().pid();
        if (!HELD.add(key))
            throw new InUseException(file + " is being written by another task of this ActiveMat process (pid " + pid + ")");
        FileChannel ch = null;
        try {
            ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = holder(lockFile);
                throw new InUseException(file + " is being written by another ActiveMat process"
                        + (holder.isEmpty() ? "" : " (pid " + holder + ")") + "; wait for it to finish or stop it");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((pid + "\n").getBytes(StandardCharsets.US_ASCII)));
            ch.force(false);
            FrameLog log = new FrameLog(file, key, ch, lock);
            if (Files.exists(file)) log.check(notes);
            return log;
        } catch (IOException | DataFormatException | RuntimeException e) {
            if (ch != null) ch.close();   // releases the lock
            HELD.remove(key);
            throw e;
        }
    }

    private static String holder(Path lockFile) {
        try {
            return Files.readString(lockFile, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "";
        }
    }

    public Set<String> ids() { return Collections.unmodifiableSet(ids); }

    public int size() { return ids.size(); }

    /** Bytes cut off a torn last frame when the file was opened (0 normally). */
    public long truncatedBytes() { return truncatedBytes; }

    /** Where the cut bytes were kept (null when nothing was cut). */
    public Path tornCopy() { return tornCopy; }

    public Path file() { return file; }

    public synchronized void append(Entry e) throws IOException {
        if (closed) throw new IllegalStateException(file + " was closed");
        StringWriter w = new StringWriter();
        ExtXyzWriter.write(w, e);
        write(w.toString().getBytes(StandardCharsets.UTF_8));
        ids.add(e.id());
    }

    private void write(byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(false);
        }
    }

    /** Releases the file for another labeller; the lock file stays (deleting it would let two writers lock two files). */
    @Override public synchronized void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            lock.release();
            lockChannel.close();
        } finally {
            HELD.remove(heldKey);
        }
    }

    private void check(Consumer<String> notes) throws IOException, DataFormatException {
        byte[] all = Files.readAllBytes(file);
        FrameScan.Result r = FrameScan.check(file, all);
        ids.addAll(r.ids());
        if (r.cut() > 0) {
            tornCopy = keepCopy(all, (int) r.keep());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(r.keep());
                ch.force(true);
            }
            truncatedBytes = r.cut();
            notes.accept("cut a torn last frame (" + r.cut() + " bytes) from " + file + "; the cut bytes are in " + tornCopy);
        } else if (r.newline() != null) {
            write(r.newline().getBytes(StandardCharsets.US_ASCII));
            notes.accept("added the missing line end after the last frame of " + file);
        }
    }

    /** FILE.torn-TIME beside the file, never overwriting an earlier one; forced to disk before the file is cut. */
    private Path keepCopy(byte[] all, int from) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        for (int n = 0; ; n++) {
            Path copy = file.resolveSibling(file.getFileName() + ".torn-" + stamp + (n == 0 ? "" : "-" + n));
            try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(all, from, all.length - from);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
                return copy;
            } catch (FileAlreadyExistsException e) {
                // a second cut within the same second: the next name
            }
        }
    }
}

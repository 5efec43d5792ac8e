package org.activemat.engine.data;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opening data files (gzip read transparently) and fingerprinting them. */
public final class DataFiles {
    private DataFiles() {}

    /**
     * An input stream of the file's content, decompressed when it starts with the gzip magic bytes, of at most
     * {@link InputLimits#MAX_BYTES}; damaged gzip and oversized content raise {@link UnreadableInputException}.
     */
    public static InputStream open(Path file) throws IOException {
        return open(file, InputLimits.MAX_BYTES);
    }

    /** The same with another size limit (bytes of content after decompression). */
    public static InputStream open(Path file, long maxBytes) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            in.mark(2);
            int b1 = in.read(), b2 = in.read();
            in.reset();
            if (b1 == 0x1f && b2 == 0x8b) {
                InputStream gz;
                try {
                    gz = new GZIPInputStream(in, 1 << 16);
                } catch (EOFException | ZipException e) {
                    throw GuardedInput.damaged(true, e);
                }
                return new BufferedInputStream(new GuardedInput(gz, true, maxBytes), 1 << 16);
            }
            return new GuardedInput(in, false, maxBytes);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    public static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** File name without a trailing ".gz", lower case: "si.extxyz" for "Si.extxyz.gz". */
    public static String plainName(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    /** A structure id as a file name on any system: "Si-s5-0010" stays, "mp-149 (Si)" becomes "mp-149__Si_". */
    public static String fileStem(String id) {
        String clean = id.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (clean.equals(id) && !id.isEmpty() && !id.startsWith(".") && id.length() <= MAX_STEM) return id;
        // changed, hidden or too long: keep a readable head and add a digest of the whole id, so distinct ids never
        // share a file ("mp 1" → mp_1~…, while "mp_1" stays mp_1) and every name is visible and short enough
        String head = clean.replaceFirst("^\\.+", "_");
        if (head.length() > MAX_STEM - 11) head = head.substring(0, MAX_STEM - 11);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return head + "~" + HexFormat.of().formatHex(d).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Longest file-name stem fileStem gives, well under every file system's 255-byte limit with an extension. */
    public static final int MAX_STEM = 100;

    /** Writes a per-structure file; a symbolic link already at that name is refused, never written through. */
    public static void writeNew(Path file, String text) throws IOException {
        if (Files.isSymbolicLink(file))
            throw new IOException(file + " is a symbolic link; ActiveMat does not write through links in an output folder");
        Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /** SHA-256 of the raw file bytes, hex. */
    public static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

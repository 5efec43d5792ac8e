package org.activemat.engine.oracle.labelling;

import org.activemat.engine.oracle.Fixtures;

import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.data.formats.ExtXyzWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Opening a frames file never loses a frame: each case is a file in a temp folder, and the bytes after opening are
 * either unchanged, or cut exactly at a torn last frame with the cut bytes kept beside the file.
 */
class FrameLogTest {
    @TempDir Path tmp;

    private final List<String> notes = new ArrayList<>();

    private static Entry frame(String id, double e) {
        return new Entry(id, Fixtures.diamondSi(), null, Map.of("energy", e), Map.of("forces", new double[][]{{0, 0, 1}, {0, 0, -1}}),
                Map.of("prototype", "diamond"), "test");
    }

    /** A frame as FrameLog writes it. */
    private static String text(String id, double e) throws Exception {
        StringWriter w = new StringWriter();
        ExtXyzWriter.write(w, frame(id, e));
        return w.toString();
    }

    private FrameLog open(Path f) throws Exception { return FrameLog.open(f, notes::add); }

    private Path file(String name, byte[] content) throws Exception {
        Path f = Files.createDirectories(tmp.resolve(name)).resolve("Si.extxyz");
        Files.write(f, content);
        return f;
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private static List<Path> tornCopies(Path f) throws Exception {
        try (var s = Files.list(f.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith("Si.extxyz.torn-")).toList();
        }
    }

    @Test void framesSurviveReopeningAndReadBackAsExtendedXyz() throws Exception {
        Path f = tmp.resolve("Si.extxyz");
        try (FrameLog log = open(f)) {
            log.append(frame("a", -1));
            log.append(frame("b", -2));
        }
        try (FrameLog again = open(f)) {
            assertThat(again.ids()).containsExactly("a", "b");
            assertThat(again.truncatedBytes()).isZero();
        }
        Dataset d = DatasetFormats.read(f);
        assertThat(d.ids()).containsExactly("a", "b");
        assertThat(d.get(1).property("energy").getAsDouble()).isEqualTo(-2);
        assertThat(d.get(0).siteArrays().get("forces")[1]).containsExactly(0, 0, -1);
        assertThat(notes).isEmpty();
    }

    /**
     * A write cut short at any byte of the last frame (inside a two-byte character of its id, too) is cut back to the
     * end of the frame before, and the cut bytes are kept beside the file; cut just before its final line end, the
     * frame is complete: kept, and the line end added.
     */
    @Test void aLastFrameTornAtAnyByteIsCutExactlyThereAndKeptBeside() throws Exception {
        byte[] good = utf8(text("a", -1)), whole = utf8(text("a", -1) + text("b-é", -2));
        int accent = good.length + text("b-é", -2).indexOf('é');
        for (int k = good.length + 1; k < whole.length; k++) {
            // every byte of the count line, the id, the last atom line; a sample elsewhere (each open syncs the disk)
            if (k - good.length > 24 && Math.abs(k - accent) > 2 && whole.length - k > 48 && k % 19 != 0) continue;
            Path f = file("torn" + k, Arrays.copyOf(whole, k));
            notes.clear();
            try (FrameLog log = open(f)) {
                if (k == whole.length - 1) {
                    assertThat(Files.readAllBytes(f)).as("cut at %d", k).isEqualTo(whole);
                    assertThat(log.ids()).containsExactly("a", "b-é");
                    assertThat(tornCopies(f)).isEmpty();
                    assertThat(notes).singleElement().asString().contains("added the missing line end");
                    continue;
                }
                assertThat(Files.readAllBytes(f)).as("cut at %d", k).isEqualTo(good);
                assertThat(log.ids()).containsExactly("a");
                assertThat(log.truncatedBytes()).isEqualTo(k - good.length);
                assertThat(tornCopies(f)).singleElement().isEqualTo(log.tornCopy());
                assertThat(Files.readAllBytes(log.tornCopy())).isEqualTo(Arrays.copyOfRange(whole, good.length, k));
                assertThat(notes).singleElement().asString().contains("cut a torn last frame (" + (k - good.length) + " bytes)",
                        log.tornCopy().toString());
                log.append(frame("b-é", -2));
            }
            assertThat(Files.readAllBytes(f)).isEqualTo(whole);
        }
    }

    @Test void aByteOrderMarkIsKeptAndTheFileGrowsAfterIt() throws Exception {
        byte[] content = utf8("\uFEFF" + text("a", -1));
        Path f = file("bom", content);
        try (FrameLog log = open(f)) {
            assertThat(Files.readAllBytes(f)).isEqualTo(content);
            assertThat(log.ids()).containsExactly("a");
            log.append(frame("b", -2));
        }
        assertThat(Files.readAllBytes(f)).startsWith(content);
        assertThat(DatasetFormats.read(f).ids()).containsExactly("a", "b");

        Path torn = file("bomtorn", utf8("\uFEFF" + text("a", -1).substring(0, 20)));   // even the first frame torn
        try (FrameLog log = open(torn)) {
            assertThat(Files.readAllBytes(torn)).isEqualTo(utf8("\uFEFF"));
            assertThat(log.ids()).isEmpty();
        }
    }

    @Test void crlfLineEndsAreKeptAndLfFramesAppendedReadBack() throws Exception {
        byte[] content = utf8((text("a", -1) + text("b", -2)).replace("\n", "\r\n"));
        Path f = file("crlf", content);
        try (FrameLog log = open(f)) {
            assertThat(Files.readAllBytes(f)).isEqualTo(content);
            assertThat(log.ids()).containsExactly("a", "b");
            log.append(frame("c", -3));
        }
        assertThat(DatasetFormats.read(f).ids()).containsExactly("a", "b", "c");

        byte[] unterminated = Arrays.copyOf(content, content.length - 2);   // an editor's file without a final CRLF
        Path g = file("crlf-open", unterminated);
        try (FrameLog log = open(g)) {
            assertThat(Files.readAllBytes(g)).isEqualTo(content);
            assertThat(log.ids()).containsExactly("a", "b");
        }
    }

    @Test void noFinalNewlineAfterACompleteFrameKeepsTheFrameAndAddsTheNewline() throws Exception {
        String two = text("a", -1) + text("b", -2);
        Path f = file("nonl", utf8(two.substring(0, two.length() - 1)));
        try (FrameLog log = open(f)) {
            assertThat(Files.readAllBytes(f)).isEqualTo(utf8(two));
            assertThat(log.ids()).containsExactly("a", "b");
            assertThat(log.truncatedBytes()).isZero();
            log.append(frame("c", -3));
        }
        assertThat(DatasetFormats.read(f).ids()).containsExactly("a", "b", "c");
        assertThat(tornCopies(f)).isEmpty();

        String typed = text("a", -1) + "1\nLattice=\"5 0 0 0 5 0 0 0 5\" id=mine\nSi 0 0 0";   // typed by hand, saved without one
        Path g = file("nonl-typed", utf8(typed));
        try (FrameLog log = open(g)) {
            assertThat(Files.readAllBytes(g)).isEqualTo(utf8(typed + "\n"));
            assertThat(log.ids()).containsExactly("a", "mine");
        }
    }

    /** Content the reader cannot parse, and that is not a torn frame of ours: file:line, and not a byte changed. */
    @Test void anythingElseTheReaderCannotParseIsRefusedWithFileAndLineAndLeftAlone() throws Exception {
        String a = text("a", -1), b = text("b", -2);   // 4 lines each
        refused("comment", utf8(a + "# restarted here\n" + b), "Si.extxyz:5: ", "expected the number of atoms of frame 2");
        refused("comment-last", utf8(a + "# a note"), "Si.extxyz:5: ", "expected the number of atoms");
        byte[] stray = utf8(a + b);
        stray[a.length() + 30] = (byte) 0xFF;   // inside frame b's comment line
        refused("latin1", stray, "Si.extxyz:6: ", "expected UTF-8 text, found the byte 0xFF");
        refused("middle", utf8(a + b.replace("Si ", "Qq ") + a), "Si.extxyz:7: ", "unknown element 'Qq'");
        refused("foreign-torn", utf8(a + "2\nenergy=-3 Lattice=\"1 0 0 0 1 0 0 0 1\"\nSi 0 0 0\n"), "Si.extxyz:6: ",
                "expected the rest of a frame as ActiveMat writes it");
        refused("garbage-tail", utf8(a + "Si 0 0 x"), "Si.extxyz:5: ", "expected the number of atoms");
        refused("bad-atom-tail", utf8(a + b.substring(0, b.lastIndexOf("Si")) + "Si  x 0"), "Si.extxyz:8: ", "expected");
        refused("gzip", new byte[]{0x1f, (byte) 0x8b, 8, 0, 0, 0}, "Si.extxyz:1: ", "found gzip data");
    }

    private void refused(String name, byte[] content, String where, String expected) throws Exception {
        Path f = file(name, content);
        assertThatThrownBy(() -> open(f)).as(name).isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(where).hasMessageContaining(expected);
        assertThat(Files.readAllBytes(f)).as(name).isEqualTo(content);
        assertThat(tornCopies(f)).as(name).isEmpty();
        try (FrameLog again = open(tmp.resolve(name).resolve("other.extxyz"))) {   // the refused file's lock was released
            assertThat(again.size()).isZero();
        }
    }

    @Test void aSecondWriterInThisProcessIsRefusedUntilTheFirstCloses() throws Exception {
        Path f = tmp.resolve("Si.extxyz");
        try (FrameLog first = open(f)) {
            first.append(frame("a", -1));
            assertThatThrownBy(() -> open(f)).isInstanceOf(FrameLog.InUseException.class)
                    .hasMessageContaining(f.toString()).hasMessageContaining("is being written by another")
                    .hasMessageContaining("pid " + ProcessHandle.current().pid());
            assertThatThrownBy(() -> open(tmp.resolve(".").resolve("Si.extxyz"))).as("the same file by another path")
                    .isInstanceOf(FrameLog.InUseException.class);
        }
        try (FrameLog second = open(f)) {
            assertThat(second.ids()).containsExactly("a");
        }
        assertThat(tmp.resolve("Si.extxyz.lock")).exists();
    }
}

package org.activemat.engine.data.formats;

import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.io.ResultsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real files of every format (the bundled samples, ../shared/data when present, small hand-made POSCAR, CIF, CSV,
 * OPTIMADE and results files) cut at random offsets, with bytes flipped, numbers replaced by claimed sizes, chunks
 * dropped or repeated, gzip damaged: each case reads or raises a DataFormatException naming the file, never another
 * exception, and allocates less than 256 MB. A BOM and CRLF line ends never turn a readable file into an unreadable one.
 */
class ReaderFuzzTest {
    /** Fixed, so a failure repeats; -Dactivemat.fuzzSeed and -Dactivemat.fuzzScale explore further by hand. */
    static final long SEED = Long.getLong("activemat.fuzzSeed", 20261201L);
    static final int SCALE = Integer.getInteger("activemat.fuzzScale", 1);
    static final long MAX_ALLOCATED = 256L << 20;
    static final String[] CLAIMS = {"2147483647", "2000000000", "100000000", "-1", "0", "-2147483648", "1e308", "-1e308",
            "nan", "inf", "99999999999999999999", "0.0000001", "\"\"", "\" \""};
    static final byte[] INTERESTING = "\n\r\t \"'=:{}[],;#_-.0123456789eE\\\0".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir Path dir;
    private final Random rnd = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private int cases, read, rejected;
    private long maxAllocated;

    record Seed(String name, byte[] bytes, int cases) {}

    private List<Seed> seeds() throws IOException {
        List<Seed> s = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".extxyz")).sorted().toList())
                s.add(new Seed(p.getFileName().toString(), Files.readAllBytes(p), 24));
        }
        Path shared = Path.of(System.getProperty("activemat.sharedData", "../shared/data"));
        String[][] real = {{"pymatgen-core/TiO2_entries.json", "20"}, {"pymatgen-core/Li-Fe-P-O_entries.json", "8"},
                {"mlearn-si/test.json", "8"}, {"mlearn-si/training.json", "3"}, {"emmet/materials_Li_Fe_V.json.gz", "8"},
                {"emmet/test_si_tasks.json.gz", "10"}, {"emmet/es_task_docs.json.gz", "8"}, {"emmet/Li-Fe-O.json.gz", "5"},
                {"emmet/tasks_Li_Fe_V.json.gz", "4"}, {"matbench-discovery/2023-02-07-mp-elemental-reference-entries.json.gz", "10"},
                {"jarvis/unary.json", "5"}};
        for (String[] r : real) {
            Path p = shared.resolve(r[0]);
            if (Files.isRegularFile(p)) s.add(new Seed(p.getFileName().toString(), Files.readAllBytes(p), Integer.parseInt(r[1])));
        }
        if (s.stream().noneMatch(x -> x.name().endsWith(".json") || x.name().endsWith(".gz")))
            System.out.println("ReaderFuzzTest: " + shared + " not found; fuzzing the bundled and hand-made files only");
        s.add(new Seed("rutile.cif", bytes(CifReaderTest.RUTILE), 30));
        s.add(new Seed("POSCAR", bytes(PoscarReaderTest.RUTILE), 30));
        s.add(new Seed("si.vasp", bytes(PoscarReaderTest.RUTILE.replace("Direct", "Selective dynamics\nCartesian")), 10));
        s.add(new Seed("gaps.csv", bytes(ValidOddFilesTest.CSV + "mp-3,TiO2,3.0,\"x\"\nmp-4,Fe,inf,nan\n"), 30));
        s.add(new Seed("opt.json", bytes(ValidOddFilesTest.OPTIMADE), 20));
        s.add(new Seed("ase.extxyz", bytes(ExtXyzReaderTest.ASE_FRAME.repeat(3)), 20));
        s.add(new Seed("frames.extxyz.gz", gzip(bytes(ExtXyzReaderTest.ASE_FRAME.repeat(20))), 10));
        return s;
    }

    @Test void mutatedFilesReadOrFailWithTheTypedErrorNamingTheFile() throws Exception {
        long t0 = System.nanoTime();
        for (Seed s : seeds()) {
            boolean originalReads = outcome(s.name(), s.bytes(), "original") == null;
            for (int k = 0; k < s.cases() * SCALE; k++) {
                String what = s.name() + " case " + k;
                byte[] mutated;
                if (isGzip(s.bytes()) && rnd.nextBoolean()) mutated = damage(s.bytes(), what);   // the compressed bytes
                else if (isGzip(s.bytes())) mutated = gzip(damage(gunzip(s.bytes()), what));
                else mutated = damage(s.bytes(), what);
                outcome(s.name(), mutated, what);
            }
            if (originalReads && !isGzip(s.bytes())) {   // what editors do to a valid file keeps it valid
                byte[] crlf = ("\uFEFF" + new String(s.bytes(), StandardCharsets.UTF_8).replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
                if (outcome(s.name(), crlf, s.name() + " with BOM and CRLF") != null) failures.add(s.name() + " with BOM and CRLF no longer reads");
            }
        }
        resultsFiles();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("ReaderFuzzTest: %d cases (%d read, %d rejected with a DataFormatException) in %.1f s, at most %.0f MB allocated by one case%n",
                cases, read, rejected, seconds, maxAllocated / 1e6);
        assertThat(failures).as("cases that broke the contract").isEmpty();
        assertThat(cases).isGreaterThan(200);
    }

    /** The saved results file, mutated, through ResultsFile.read. */
    private void resultsFiles() throws Exception {
        byte[] saved = Files.readAllBytes(Path.of(getClass().getResource("/results/results-v1.json").toURI()));
        for (int k = 0; k < 30 * SCALE; k++) {
            byte[] m = k % 5 == 4 ? gzip(damage(saved, "results " + k)) : damage(saved, "results " + k);
            Path f = caseFile("results.activemat", m);
            long before = threads.getCurrentThreadAllocatedBytes();
            try {
                ResultsFile.read(f);
                read++;
            } catch (DataFormatException e) {
                rejected++;
                if (!e.getMessage().startsWith("results.activemat")) failures.add("results " + k + ": message without the file name: " + e.getMessage());
            } catch (Throwable t) {
                failures.add("results " + k + ": " + t);
            }
            allocated("results " + k, before);
        }
    }

    /** null when the bytes read as a dataset, else the DataFormatException; any other outcome is recorded as a failure. */
    private DataFormatException outcome(String name, byte[] bytes, String what) throws IOException {
        Path f = caseFile(name, bytes);
        long before = threads.getCurrentThreadAllocatedBytes();
        try {
            DatasetFormats.read(f);
            read++;
            return null;
        } catch (DataFormatException e) {
            rejected++;
            if (!name.equals(e.file()) || !e.getMessage().startsWith(name))
                failures.add(what + ": message without the file name: " + e.getMessage());
            if (e.getMessage().chars().anyMatch(c -> c < 0x20)) failures.add(what + ": control character in the message: " + e.getMessage());
            return e;
        } catch (Throwable t) {
            StackTraceElement top = t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
            failures.add(what + ": " + t + " at " + top);
            return null;
        } finally {
            allocated(what, before);
        }
    }

    private void allocated(String what, long before) {
        long used = threads.getCurrentThreadAllocatedBytes() - before;
        maxAllocated = Math.max(maxAllocated, used);
        if (used > MAX_ALLOCATED) failures.add(what + ": allocated " + used / 1_000_000 + " MB");
    }

    private Path caseFile(String name, byte[] bytes) throws IOException {
        Path d = Files.createDirectories(dir.resolve("c" + cases++));
        Path f = d.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    /** One random kind of damage. */
    private byte[] damage(byte[] b, String what) {
        int kind = rnd.nextInt(5);
        if (b.length == 0) return b;
        switch (kind) {
            case 0 -> { return java.util.Arrays.copyOf(b, rnd.nextInt(b.length)); }   // cut
            case 1 -> {                                                                // flipped bytes
                byte[] c = b.clone();
                for (int n = 1 + rnd.nextInt(8); n > 0; n--)
                    c[rnd.nextInt(c.length)] = rnd.nextBoolean() ? INTERESTING[rnd.nextInt(INTERESTING.length)] : (byte) rnd.nextInt(256);
                return c;
            }
            case 2 -> { return claim(b); }                                             // a number becomes a claimed size
            case 3 -> {                                                                // a chunk dropped
                int from = rnd.nextInt(b.length), to = Math.min(b.length, from + 1 + rnd.nextInt(200));
                return concat(java.util.Arrays.copyOf(b, from), java.util.Arrays.copyOfRange(b, to, b.length));
            }
            default -> {                                                               // a chunk repeated
                int from = rnd.nextInt(b.length), to = Math.min(b.length, from + 1 + rnd.nextInt(200));
                return concat(java.util.Arrays.copyOf(b, to), java.util.Arrays.copyOfRange(b, from, b.length));
            }
        }
    }

    private byte[] claim(byte[] b) {
        for (int tries = 0; tries < 50; tries++) {
            int i = rnd.nextInt(b.length);
            if (b[i] < '0' || b[i] > '9') continue;
            int s = i, e = i;
            while (s > 0 && b[s - 1] >= '0' && b[s - 1] <= '9') s--;
            while (e < b.length && b[e] >= '0' && b[e] <= '9') e++;
            byte[] token = bytes(CLAIMS[rnd.nextInt(CLAIMS.length)]);
            return concat(concat(java.util.Arrays.copyOf(b, s), token), java.util.Arrays.copyOfRange(b, e, b.length));
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private static boolean isGzip(byte[] b) { return b.length > 1 && b[0] == 0x1f && (b[1] & 0xff) == 0x8b; }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] b) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
            return in.readAllBytes();
        }
    }
}

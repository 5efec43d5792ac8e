package org.activemat.cli;

import org.activemat.engine.data.Entry;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.oracle.qe.ChemicalSystem;
import org.activemat.engine.oracle.labelling.FrameLog;
import org.activemat.engine.oracle.qe.QeSettings;
import org.activemat.engine.oracle.qe.QuantumEspressoOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * `label` as the separate process a user runs: a second one on the same frames file is refused, and one killed with
 * SIGKILL (which no shutdown hook sees) leaves no pw.x computing and loses no frame. The pw.x cases run real 2-atom Si
 * calculations of a few seconds each and are skipped without pw.x.
 */
class LabelProcessesTest {
    @TempDir Path tmp;

    /** Three 2-atom diamond-Si cells, references for the default settings (μ made up: nothing is computed for it). */
    private List<String> labelArgs(Path out) throws IOException {
        StringBuilder xyz = new StringBuilder();
        String[] ids = {"si-a", "si-b", "si-c"};
        double[] a = {5.40, 5.47, 5.55};
        for (int i = 0; i < 3; i++) {
            double h = a[i] / 2, q = a[i] / 4;
            xyz.append(String.format(Locale.ROOT, "2%nLattice=\"0 %s %s %s 0 %s %s %s 0\" Properties=species:S:1:pos:R:3 id=%s%n"
                    + "Si 0 0 0%nSi %s %s %s%n", h, h, h, h, h, h, ids[i], q, q, q));
        }
        Path mine = tmp.resolve("mine.extxyz"), refs = tmp.resolve("refs.json");
        Files.writeString(mine, xyz);
        Files.writeString(refs, "{\"Si\": {\"settings\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                ChemicalSystem.SI.settings().describe()) + ", \"mu_eV_per_atom\": {\"Si\": -107.0}, \"calculations\": []}}");
        return new ArrayList<>(List.of("label", "--system", "Si", "--structures", mine.toString(), "--out", out.toString(),
                "--references", refs.toString(), "--scratch", scratch().toString(), "--jobs", "1"));
    }

    private Path scratch() throws IOException { return Files.createDirectories(tmp.resolve("scratch")); }

    /** `java org.activemat.Main args` on this test's class path, its output in files. */
    private Process start(List<String> args, String name) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.activemat.Main"));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectOutput(tmp.resolve(name + ".out").toFile())
                .redirectError(tmp.resolve(name + ".err").toFile()).start();
    }

    private String err(String name) throws IOException { return Files.readString(tmp.resolve(name + ".err")); }

    @Test void aSecondLabellerOfTheSameFramesFileIsRefusedNamingTheFileAndTheWriter() throws Exception {
        Path out = tmp.resolve("Si.extxyz");
        try (FrameLog mine = FrameLog.open(out)) {   // this JVM is the writer
            Process second = start(labelArgs(out), "second");
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).as(err("second")).isEqualTo(2);
            List<String> lines = err("second").strip().lines().toList();
            assertThat(lines).filteredOn(l -> l.startsWith("activemat:")).hasSize(1);
            assertThat(lines.get(lines.size() - 1)).isEqualTo("activemat: " + out + " is being written by another ActiveMat process (pid "
                    + ProcessHandle.current().pid() + "); wait for it to finish or stop it");
        }
        assertThat(out).doesNotExist();
    }

    private static void assumePwx() {
        assumeTrue(QuantumEspressoOracle.findOnPath("pw.x") != null, "pw.x not on PATH: install quantum-espresso to run this test");
        assumeTrue(Files.exists(QeSettings.DEBIAN_PSEUDO_DIR.resolve("Si.pbe-rrkj.UPF")),
                "Si.pbe-rrkj.UPF not in /usr/share/espresso/pseudo (Debian quantum-espresso-data)");
    }

    @Test void aLabellerKilledWithSigkillLeavesNoPwxRunningAndNoScratchFolder() throws Exception {
        assumePwx();
        Process p = start(labelArgs(tmp.resolve("Si.extxyz")), "killed");
        waitUntil(() -> !pwx(p).isEmpty(), 60, "a pw.x of the labeller runs");
        killAndCheck(p);
    }

    /**
     * Killed during the first calculation, right after a frame is written, and after the last one, then run again: the
     * file holds each structure exactly once, reads back, and every frame complete at a kill is still there.
     */
    @Test void killedAtAnyMomentAndRerunEachStructureIsInTheFileExactlyOnce() throws Exception {
        assumePwx();
        Path out = tmp.resolve("Si.extxyz");
        List<String> args = labelArgs(out);

        Process p = start(args, "run1");
        waitUntil(() -> !pwx(p).isEmpty(), 60, "the first pw.x runs");
        killAndCheck(p);
        List<String> kept = ids(out);

        for (int wanted : new int[]{kept.size() + 1, 3}) {   // just after a frame is written; after the last
            Process q = start(args, "run-" + wanted);
            waitUntil(() -> ids(out).size() >= wanted, 90, wanted + " frames in the file");
            killAndCheck(q);
            List<String> now = ids(out);
            assertThat(now.subList(0, Math.min(now.size(), kept.size()))).as("nothing complete is lost").isEqualTo(kept);
            kept = now;
        }

        Process last = start(args, "final");
        assertThat(last.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).as(err("final")).isZero();
        assertThat(Files.readString(tmp.resolve("final.out"))).contains("Si: 3 converged frames", "0 new");
        List<Entry> frames = DatasetFormats.read(out).entries();
        assertThat(frames).extracting(Entry::id).containsExactlyInAnyOrder("si-a", "si-b", "si-c");
        assertThat(frames).allSatisfy(e -> assertThat(e.siteArrays().get("forces")).hasDimensions(2, 3));
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains(".torn-"));
        }
    }

    /** The ids in the frames file; those read so far while a frame is being written. */
    private static List<String> ids(Path out) {
        try {
            return Files.exists(out) ? DatasetFormats.read(out).entries().stream().map(Entry::id).toList() : List.of();
        } catch (Exception e) {
            return List.of();
        }
    }

    private static List<ProcessHandle> pwx(Process p) {
        return p.descendants().filter(h -> h.info().command().map(c -> c.endsWith("pw.x")).orElse(false)).toList();
    }

    /** SIGKILL; within 5 s no process the labeller started is running and its scratch folders are gone. */
    private void killAndCheck(Process p) throws Exception {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroyForcibly();   // SIGKILL: the JVM gets no say
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        String scratch = scratch().toRealPath().toString();
        // A kill between the JVM making a folder (and its pw.in) and the watchdog's shell starting leaves that folder
        // behind: nothing ever ran in it. A folder with a pw.out had a shell, whose watchdog removes it.
        waitUntil(() -> children.stream().noneMatch(h -> running(h.pid())) && inScratch(scratch).isEmpty()
                        && scratchFolderFiles().stream().allMatch(n -> n.equals("pw.in")), 5,
                () -> "the labeller's children end and leave at most an untouched pw.in: still running "
                        + children.stream().filter(h -> running(h.pid())).map(h -> h.pid() + " " + h.info().commandLine().orElse("")).toList()
                        + ", in scratch " + inScratch(scratch) + ", files left " + scratchFolderFiles());
    }

    /** The names of the files in the scratch folders left so far. */
    private List<String> scratchFolderFiles() {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(scratch())) {
            for (Path left : s.toList())
                try (Stream<Path> inside = Files.list(left)) {
                    inside.forEach(f -> names.add(f.getFileName().toString()));
                } catch (IOException removedMeanwhile) {
                    // the watchdog removed it while we looked
                }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    /** Live processes (per /proc) whose working folder or command line is in the scratch folder. */
    private static List<Long> inScratch(String scratch) {
        List<Long> found = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path d : procs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                long pid = Long.parseLong(d.getFileName().toString());
                if (!running(pid)) continue;
                try {
                    String cwd = Files.readSymbolicLink(d.resolve("cwd")).toString();
                    String cmdline = new String(Files.readAllBytes(d.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (cwd.startsWith(scratch) || cmdline.contains(scratch)) found.add(pid);
                } catch (IOException gone) {
                    // ended meanwhile
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** Alive and not a zombie (a killed child whose new parent has not reaped it yet has stopped computing). */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            char state = stat.substring(stat.lastIndexOf(')') + 2).charAt(0);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitUntil(BooleanSupplier condition, double seconds, String what) throws InterruptedException {
        waitUntil(condition, seconds, () -> what);
    }

    private static void waitUntil(BooleanSupplier condition, double seconds, Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within " + seconds + " s: " + what.get());
            Thread.sleep(50);
        }
    }
}

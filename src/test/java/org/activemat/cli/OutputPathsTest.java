package org.activemat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An output that is one of the command's inputs, or another of its outputs, is refused before any work with one line
 * and exit 2, and the file is left as it was; a path that cannot be read or written is bad input, not a crash.
 */
class OutputPathsTest {
    @TempDir Path dir;
    final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        return ActiveMatCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path si() throws Exception {
        Path f = dir.resolve("si.extxyz");
        if (!Files.exists(f)) Files.copy(Path.of("sample-data/Si.extxyz"), f);
        return f;
    }

    private void assertOneLineRefusal(int code, String... words) {
        assertThat(code).as(err.toString()).isEqualTo(ActiveMatCommand.BAD_INPUT);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).contains(words).doesNotContain("Exception");
        err.getBuffer().setLength(0);
    }

    @Test
    void anOutputThatIsTheInputIsRefusedAndTheInputKept() throws Exception {
        Path data = si();
        byte[] before = Files.readAllBytes(data);
        assertOneLineRefusal(run("features", data.toString(), "--target", "formation_energy_per_atom", "--out", data.toString()),
                "--out", "is the input FILE", "would be overwritten");
        // the same file under another spelling
        assertOneLineRefusal(run("features", data.toString(), "--target", "formation_energy_per_atom",
                "--out", dir.resolve("sub/../si.extxyz").toString()), "is the input FILE");
        assertOneLineRefusal(run("suggest", "--labelled", data.toString(), "--target", "formation_energy_per_atom",
                "--candidates", data.toString(), "--out", data.toString()), "--out", "is the input --labelled");
        assertThat(Files.readAllBytes(data)).isEqualTo(before);
    }

    @Test
    void twoOutputsOnOneFileAreRefusedBeforeTheRun() throws Exception {
        Path results = dir.resolve("r.json");
        assertOneLineRefusal(run("run", "--data", si().toString(), "--target", "formation_energy_per_atom", "--preset", "quick",
                "--out", results.toString(), "--csv", results.toString()), "--csv and --out are the same file");
        assertThat(results).doesNotExist();
    }

    @Test
    void aStudyRefusesTwoSystemsThatWouldBeSavedUnderOneName() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other")).resolve("si.extxyz");
        Files.copy(si(), other);
        assertOneLineRefusal(run("study", "--data", si() + "," + other, "--preset", "quick", "--out", dir.resolve("st").toString()),
                "are both system si", "different names");
        assertOneLineRefusal(run("study", "--data", si() + "," + si(), "--preset", "quick", "--out", dir.resolve("st").toString()),
                "lists", "twice");
        assertThat(dir.resolve("st")).doesNotExist();
    }

    @Test
    void aFolderWhereAFileIsExpectedIsBadInputNamedAsSuch() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder.extxyz"));
        assertOneLineRefusal(run("describe", folder.toString()), "is a folder");
        assertOneLineRefusal(run("show", folder.toString()), "is a folder");
        assertOneLineRefusal(run("features", si().toString(), "--target", "formation_energy_per_atom", "--out", folder.toString()),
                folder.toString());
    }

    @Test
    void theCurvesGoIntoAFolderThatDoesNotExistYet() throws Exception {
        Path csv = dir.resolve("new/curves.csv");
        int code = run("run", "--data", si().toString(), "--target", "formation_energy_per_atom", "--preset", "quick",
                "--seeds", "1", "--strategies", "random", "--members", "2", "--hidden", "8", "--epochs", "2", "--quiet",
                "--out", dir.resolve("r.json").toString(), "--csv", csv.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo(org.activemat.engine.io.CurvesCsv.HEADER);
        assertThat(dir.resolve("new")).isDirectoryNotContaining(p -> p.toString().endsWith(".tmp"));
    }

    @Test
    void aLinkToTheInputIsTheInput() throws Exception {
        Path link = dir.resolve("link.extxyz");
        try {
            Files.createSymbolicLink(link, si());
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
        }
        assertThat(OutputPaths.same(link, si())).isTrue();
        assertThat(OutputPaths.same(dir.resolve("new.csv"), si())).isFalse();
    }
}

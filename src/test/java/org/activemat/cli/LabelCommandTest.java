package org.activemat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LabelCommandTest {
    @TempDir Path tmp;

    private final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        return ActiveMatCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test void unknownSystemIsBadInput() {
        assertThat(run("label", "--system", "Xx", "--count", "3", "--out", tmp.resolve("x.extxyz").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown system 'Xx'", "Si, C, Fe or TiO");
    }

    @Test void missingPwxIsBadInputAndWritesNothing() {
        Path outFile = tmp.resolve("Si.extxyz");
        int code = run("label", "--system", "Si", "--count", "3", "--out", outFile.toString(),
                "--pw", tmp.resolve("bin/pw.x").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("MISSING_EXECUTABLE", "bin/pw.x");
        assertThat(outFile).doesNotExist();
    }
}

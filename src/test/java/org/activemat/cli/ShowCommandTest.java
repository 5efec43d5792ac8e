package org.activemat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.activemat.cli.DescribeCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

class ShowCommandTest {
    @TempDir Path dir;

    private static Path saved() throws Exception {
        return Path.of(ShowCommandTest.class.getResource("/results/results-v1.json").toURI());
    }

    @Test void printsTheSummaryTableAndWritesTheCurves() throws Exception {
        Path csv = dir.resolve("curves.csv");
        DescribeCommandTest.Run r = run("show", saved().toString(), "--csv", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("4 run(s) on synthetic-17 (80 rows", "final test metrics at 20 labels", "random", "hybrid",
                "curves: " + csv);
        assertThat(Files.readAllLines(csv)).hasSize(1 + 4 * 3).first().isEqualTo("strategy,seed,round,labeled,mae,rmse,r2");
    }

    @Test void aDamagedFileIsOneLineAndExitCode2() throws Exception {
        String text = Files.readString(saved());
        Path bad = dir.resolve("bad.activemat");
        Files.writeString(bad, text.replaceFirst("\"mae\" : [0-9.eE-]+", "\"mae\" : null"));
        DescribeCommandTest.Run r = run("show", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("activemat: bad.activemat:$.runs[0].rounds[0].metrics.mae: expected a finite number")
                .doesNotContain("\n").doesNotContain("Exception");
        Path cut = dir.resolve("cut.activemat");
        Files.writeString(cut, text.substring(0, text.length() / 2));
        DescribeCommandTest.Run c = run("show", cut.toString());
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err().strip()).startsWith("activemat: cut.activemat:").doesNotContain("\n");
        DescribeCommandTest.Run missing = run("show", dir.resolve("none.activemat").toString());
        assertThat(missing.code()).isEqualTo(2);
    }
}

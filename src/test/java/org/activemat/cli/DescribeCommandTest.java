package org.activemat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DescribeCommandTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = ActiveMatCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    Path csv() throws Exception {
        Path p = dir.resolve("gaps.csv");
        Files.writeString(p, "id,formula,band_gap,density\nm1,Si,1.1,2.3\nm2,GaAs,nan,5.3\nm3,Ti,0,4.5\nm4,SiO2,8.9,2.6\nm1,Si,1.2,2.3\n");
        return p;
    }

    @Test void summarisesEntriesCompositionsPropertiesTargetAndFilters() throws Exception {
        Run r = run("describe", csv().toString(), "--target", "band_gap");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("5 entries (format csv")
                .contains("compositions: 4 distinct; most common: Si 2")
                .contains("chemical systems: 4 distinct")
                .contains("sites: 1–3")
                .contains("target band_gap: count 5 (finite 4), min 0.0000 eV, max 8.9000 eV, mean 2.8000 eV")
                .contains("duplicate ids: removed 1")
                .contains("sites outside 2–50: removed 0 (not applied to 4 composition-only entries)")
                .contains("not finite (NaN/inf): removed 1") // GaAs: band gap nan
                .contains("kept 3 of 5");
        // every property with its unit where the name tells it
        assertThat(r.out()).containsPattern("band_gap\\s+eV\\s+5\\s+0\\.0000\\s+8\\.9000")
                .containsPattern("density\\s+g/cm³\\s+5\\s");
    }

    @Test void anImpossibleSiteRangeNamesTheOption() throws Exception {
        Run r = run("describe", csv().toString(), "--min-sites", "-1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("activemat: --min-sites must be at least 1, got -1");
        r = run("describe", csv().toString(), "--min-sites", "10", "--max-sites", "5");
        assertThat(r.err().strip()).isEqualTo("activemat: --max-sites (5) must be at least --min-sites (10)");
    }

    @Test void unknownTargetIsBadInputWithSuggestions() throws Exception {
        Run r = run("describe", csv().toString(), "--target", "gap");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("gaps.csv: no property 'gap'; did you mean: band_gap");
    }

    @Test void brokenFileIsOneLineOnStderrAndExitCode2() throws Exception {
        Path p = dir.resolve("bad.csv");
        Files.writeString(p, "formula,y\nSi,1\nC,abc\n");
        Run r = run("describe", p.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("activemat: bad.csv:3: expected a number in column 'y' (row 2) as in the column's other rows, found 'abc'");
        assertThat(r.out()).isEmpty();
    }

    @Test void missingAndEmptyFiles() throws Exception {
        assertThat(run("describe", dir.resolve("nope.json").toString()).code()).isEqualTo(2);
        Path empty = Files.createFile(dir.resolve("empty.extxyz"));
        Run r = run("describe", empty.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("empty.extxyz:1: the file is empty");
    }
}

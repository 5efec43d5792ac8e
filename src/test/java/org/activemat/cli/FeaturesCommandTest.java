package org.activemat.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FeaturesCommandTest {
    @TempDir Path dir;
    final StringWriter out = new StringWriter(), err = new StringWriter();

    private int run(String... args) {
        return ActiveMatCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** Diamond Si at two lattice constants and a bcc Fe cell; the last frame has no band gap. */
    private Path sample() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (double a : new double[]{5.43, 5.50}) {
            double h = a / 2, q = a / 4;
            sb.append("2\n").append(String.format(java.util.Locale.ROOT,
                    "Lattice=\"0 %1$s %1$s %1$s 0 %1$s %1$s %1$s 0\" Properties=species:S:1:pos:R:3 id=si-%2$s energy_per_atom=%3$s band_gap=%4$s pbc=\"T T T\"%n",
                    h, a, -5.42 + (a - 5.43), 0.6 - (a - 5.43)));
            sb.append("Si 0 0 0\n").append(String.format(java.util.Locale.ROOT, "Si %1$s %1$s %1$s%n", q));
        }
        sb.append("1\nLattice=\"-1.433 1.433 1.433 1.433 -1.433 1.433 1.433 1.433 -1.433\" Properties=species:S:1:pos:R:3 id=fe-bcc energy_per_atom=-8.3 pbc=\"T T T\"\n");
        sb.append("Fe 0 0 0\n");
        Path f = dir.resolve("small.extxyz");
        Files.writeString(f, sb.toString());
        return f;
    }

    @Test
    void writesIdFeaturesAndTarget() throws Exception {
        Path csv = dir.resolve("out/X.csv");
        int code = run("features", sample().toString(), "--descriptors", "paper-17", "--target", "energy_per_atom", "--out", csv.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("wrote 3 rows x 19 columns");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(4);
        String[] header = lines.get(0).split(",");
        assertThat(header).hasSize(19);
        assertThat(header[0]).isEqualTo("id");
        assertThat(header[1]).isEqualTo("mean_Z");
        assertThat(header[18]).isEqualTo("target");
        String[] fe = lines.get(3).split(",");
        assertThat(fe[0]).isEqualTo("fe-bcc");
        assertThat(Double.parseDouble(fe[1])).isEqualTo(26);
        assertThat(Double.parseDouble(fe[18])).isEqualTo(-8.3);
        int nn = Arrays.asList(header).indexOf("mean_nn_distance");
        assertThat(Double.parseDouble(fe[nn])).isCloseTo(Math.sqrt(3) * 2.866 / 2, within(1e-3));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void warnsOnLeaksAndMissingTargets() throws Exception {
        Path csv = dir.resolve("X.csv");
        int code = run("features", sample().toString(), "--descriptors", "composition-8", "--target", "band_gap",
                "--extra", "energy_per_atom,band_gap", "--out", csv.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("wrote 2 rows x 12 columns");
        assertThat(err.toString()).contains("1 entries without a finite 'band_gap'")
                .contains("'band_gap' is the target").contains("'energy_per_atom' is nearly collinear");
        assertThat(Files.readAllLines(csv).get(0)).endsWith("n_elements,energy_per_atom,band_gap,target");
    }

    @Test
    void unknownTargetIsBadInputWithOneLine() throws Exception {
        Path csv = dir.resolve("X.csv");
        int code = run("features", sample().toString(), "--target", "formation_energy", "--out", csv.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n")
                .contains("small.extxyz").contains("'formation_energy'").contains("energy_per_atom, band_gap");
        assertThat(csv).doesNotExist();
        err.getBuffer().setLength(0);
        assertThat(run("features", sample().toString(), "--target", "band_gap", "--descriptors", "soap", "--out", csv.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown descriptor set 'soap'");
        assertThat(run("features", dir.resolve("missing.extxyz").toString(), "--target", "x", "--out", csv.toString())).isEqualTo(2);
    }
}

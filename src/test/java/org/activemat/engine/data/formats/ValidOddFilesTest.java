package org.activemat.engine.data.formats;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.activemat.engine.data.formats.TestFiles.error;
import static org.activemat.engine.data.formats.TestFiles.read;
import static org.activemat.engine.data.formats.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Valid files that editors and other tools write (a byte-order mark, CRLF line ends, inf cells) read as their plain twins. */
class ValidOddFilesTest {
    @TempDir Path dir;

    static final String CSV = "material_id,formula,band_gap,note\nmp-1,Si,1.1,\"a, b\"\nmp-2,GaAs,1.4,\"two\nlines\"\n";
    static final String JSON = "[{\"entry_id\": \"mp-1\", \"composition\": {\"Fe\": 2, \"O\": 3}, \"energy\": -10}]";
    static final String OPTIMADE = "{\"data\": [{\"id\": \"x-1\", \"type\": \"structures\", \"attributes\": {"
            + "\"lattice_vectors\": [[5, 0, 0], [0, 5, 0], [0, 0, 5]], \"cartesian_site_positions\": [[0, 0, 0], [2.5, 2.5, 2.5]],"
            + " \"species_at_sites\": [\"Si\", \"Si\"], \"_x_band_gap\": 1.2}}]}";

    /** Every format's sample text, by file name. */
    static Map<String, String> samples() {
        return Map.of("si.extxyz", ExtXyzReaderTest.ASE_FRAME + ExtXyzReaderTest.ASE_FRAME.replace("energy=-10.84", "energy=-10.5 id=\"x y\""),
                "rutile.cif", CifReaderTest.RUTILE, "gaps.csv", CSV, "POSCAR", PoscarReaderTest.RUTILE,
                "mp.json", JSON, "opt.json", OPTIMADE);
    }

    @Test void aByteOrderMarkIsSkippedInEveryFormat() throws Exception {
        for (Map.Entry<String, String> s : samples().entrySet()) {
            Dataset plain = read(write(dir, s.getKey(), s.getValue()));
            Path bom = write(dir.resolve(Files.createDirectories(dir.resolve("bom")).getFileName()), s.getKey(), "\uFEFF" + s.getValue());
            assertSame(s.getKey(), plain, read(bom));
        }
        assertThat(read(write(dir, "b.csv", "\uFEFFid,formula\nmp-7,Si\n")).ids()).as("the id column is recognised").containsExactly("mp-7");
    }

    @Test void crlfAndCrLineEndsReadAsLf() throws Exception {
        for (Map.Entry<String, String> s : samples().entrySet()) {
            Dataset plain = read(write(dir, s.getKey(), s.getValue()));
            for (String end : List.of("\r\n", "\r")) {
                Path d = Files.createDirectories(dir.resolve(end.length() == 2 ? "crlf" : "cr"));
                Path f = d.resolve(s.getKey());
                Files.writeString(f, s.getValue().replace("\n", end), StandardCharsets.UTF_8);
                Dataset odd = read(f);
                if (s.getKey().endsWith(".csv")) {   // a line break inside quotes is kept as written
                    assertThat(odd.get(1).info().get("note")).isEqualTo("two" + end + "lines");
                    continue;
                }
                assertSame(s.getKey() + " with " + end.length() + "-char ends", plain, odd);
            }
        }
    }

    @Test void infAndNanCellsAreNumbersInEveryRow() throws Exception {
        Dataset first = read(write(dir, "first.csv", "formula,y\nSi,inf\nC,1.5\nGe,-Infinity\nSn,nan\nPb,NaN\n"));
        assertThat(first.get(0).property("y").getAsDouble()).isInfinite();
        assertThat(first.get(1).property("y").getAsDouble()).isEqualTo(1.5);
        assertThat(first.get(2).property("y").getAsDouble()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(first.get(3).property("y").getAsDouble()).isNaN();
        assertThat(first.get(4).property("y").getAsDouble()).isNaN();
        Dataset later = read(write(dir, "later.csv", "formula,y\nSi,1\nC,INF\n"));
        assertThat(later.get(1).property("y").getAsDouble()).isInfinite();
        assertThat(read(write(dir, "text.csv", "formula,kind\nSi,metal\nC,insulator\n")).get(0).info()).containsEntry("kind", "metal");
    }

    @Test void aTextCellAmongNumbersIsAnErrorNamingRowAndColumn() throws Exception {
        error(write(dir, "first.csv", "formula,y\nSi,abc\nC,1\nGe,2\n"), "2", "column 'y' (row 1)", "'abc'");
        error(write(dir, "middle.csv", "formula,y,z\nSi,1,a\nC,2,b\nGe,x2,c\n"), "4", "column 'y' (row 3)", "'x2'");
    }

    @Test void skewedCellsAndAtomsAcrossTheBoundaryAreNotTooClose() throws Exception {
        // diamond Si (nearest neighbours 2.35 Å) in a strongly sheared but equivalent basis, atoms near the faces
        String frame = "2\nLattice=\"0 2.7155 2.7155 2.7155 0 2.7155 2.7155 29.8705 27.155\" Properties=species:S:1:pos:R:3\n"
                + "Si -0.0001 0 0\nSi 1.35775 1.35775 1.35775\n";
        Entry e = read(write(dir, "sheared.xyz", frame)).get(0);
        assertThat(e.structure().volume()).isCloseTo(40.05, within(0.01));
    }

    private static void assertSame(String what, Dataset a, Dataset b) {
        assertThat(b.ids()).as(what).containsExactlyElementsOf(a.ids());
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).properties()).as(what).isEqualTo(a.get(i).properties());
            assertThat(b.get(i).info()).as(what).isEqualTo(a.get(i).info());
            assertThat(b.get(i).formula()).as(what).isEqualTo(a.get(i).formula());
            if (a.get(i).hasStructure())
                for (int s = 0; s < a.get(i).structure().size(); s++)
                    assertThat(b.get(i).structure().position(s)).as(what).containsExactly(a.get(i).structure().position(s));
        }
    }
}

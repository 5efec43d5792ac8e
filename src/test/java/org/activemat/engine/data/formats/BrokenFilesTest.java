package org.activemat.engine.data.formats;

import org.activemat.engine.data.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.activemat.engine.data.formats.TestFiles.error;
import static org.activemat.engine.data.formats.TestFiles.write;
import static org.activemat.engine.data.formats.TestFiles.writeGz;
import static org.assertj.core.api.Assertions.assertThat;

/** Each class of hostile or damaged file gives one DataFormatException at file:line, fast and without a large allocation. */
class BrokenFilesTest {
    @TempDir Path dir;

    static final String FRAME = ExtXyzReaderTest.ASE_FRAME;

    @Test void truncatedAndCorruptGzipNameTheFile() throws Exception {
        Path good = writeGz(dir, "si.extxyz.gz", FRAME.repeat(200));
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.extxyz.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(error(cut, locationOf(cut), "gzip data ends early").getMessage()).startsWith("cut.extxyz.gz:");
        byte[] flipped = bytes.clone();
        for (int i = 20; i < 40; i++) flipped[i] ^= (byte) 0x5a;
        Path bad = dir.resolve("bad.json.gz");
        Files.write(bad, flipped);
        DataFormatException e = org.assertj.core.api.Assertions.catchThrowableOfType(DataFormatException.class, () -> DatasetFormats.read(bad));
        assertThat(e.getMessage()).startsWith("bad.json.gz").containsAnyOf("corrupt gzip", "invalid JSON", "ends early");
        Path header = dir.resolve("header.cif.gz");
        Files.write(header, new byte[]{0x1f, (byte) 0x8b, 8});
        error(header, "", "gzip data ends early");
    }

    /** The reader's own location for a cut file: wherever the damage was met. */
    private static String locationOf(Path p) {
        return org.assertj.core.api.Assertions.catchThrowableOfType(DataFormatException.class, () -> DatasetFormats.read(p)).location();
    }

    @Test void decompressionBombsStopAtTheSizeLimit() throws Exception {
        Path lines = dir.resolve("bomb.extxyz.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(lines))) {
            byte[] newlines = new byte[1 << 20];
            Arrays.fill(newlines, (byte) '\n');
            for (int i = 0; i < 300; i++) out.write(newlines);   // 300 MiB of blank lines in 300 KB
        }
        assertThat(Files.size(lines)).isLessThan(1 << 20);
        error(lines, locationOf(lines), "more than 256 MiB", "once decompressed");
        Path one = dir.resolve("line.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(one))) {
            out.write("formula,y\n".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[8 << 20]);
        }
        error(one, "2", "line longer than 1048576 characters");
    }

    /** One record of 80 MB of zeros (a tree of it would take most of a 1 GB heap) in a 100 KB gzip file. */
    @Test void aSingleHugeJsonValueIsRefusedBeforeItsTreeIsBuilt() throws Exception {
        for (String name : List.of("one.json.gz", "opt.json.gz")) {
            Path p = dir.resolve(name);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
                out.write((name.startsWith("opt") ? "{\"data\": [{\"attributes\": {\"lattice_vectors\": [" : "[{\"entry_id\": \"x\", \"a\": [")
                        .getBytes(StandardCharsets.UTF_8));
                byte[] zeros = "0,".repeat(1 << 19).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 80; i++) out.write(zeros);
            }
            error(p, locationOf(p), "a JSON value of more than 64 MiB");
        }
    }

    @Test void claimedSizesAreRefusedOrReadOnlyAsFarAsTheDataGoes() throws Exception {
        String lattice = "Lattice=\"5 0 0 0 5 0 0 0 5\" Properties=species:S:1:pos:R:3";
        error(write(dir, "atoms.xyz", "2147483647\n" + lattice + "\nSi 0 0 0\n"), "1", "claims 2147483647 atoms");
        error(write(dir, "many.xyz", "999999\n" + lattice + "\nSi 0 0 0\n"), "3", "file ends inside frame 1", "found 1");
        error(write(dir, "cols.xyz", "1\n" + lattice + ":forces:R:2000000000\nSi 0 0 0 1 2 3\n"), "2", "claims 2000000004 columns");
        error(write(dir, "neg.xyz", "1\n" + lattice + ":forces:R:-3\nSi 0 0 0\n"), "2", "column count of at least 1", "-3");
        error(write(dir, "zero.xyz", "1\n" + lattice + ":forces:R:0\nSi 0 0 0\n"), "2", "column count of at least 1");
        String poscar = PoscarReaderTest.RUTILE.replace("2 4", "100000000 4");
        error(write(dir, "POSCAR_big", poscar), "7", "claim more than 1000000 atoms");
        error(write(dir, "POSCAR_some", PoscarReaderTest.RUTILE.replace("2 4", "2 400000")), "15", "ends here", "atom 7 of 400002");
        error(write(dir, "POSCAR_neg", PoscarReaderTest.RUTILE.replace("2 4", "2 -4")), "7", "non-negative");
    }

    @Test void blankIdsAreRejectedWhereTheyAre() throws Exception {
        String frame = "1\nLattice=\"5 0 0 0 5 0 0 0 5\" Properties=species:S:1:pos:R:3 id=%s\nSi 0 0 0\n";
        error(write(dir, "empty.xyz", frame.formatted("\"\"")), "2", "expected a non-empty id");
        error(write(dir, "blank.xyz", frame.formatted("\"  \"")), "2", "expected a non-empty id");
        error(write(dir, "ids.csv", "formula,id,y\nSi,a,1\nC,  ,2\n"), "3", "column 'id'", "non-empty id");
        error(write(dir, "blank.cif", CifReaderTest.RUTILE.replace("data_rutile", "data_rutile\n_activemat_id '  '")), "3", "non-empty id");
        error(write(dir, "surrogate.json", "[{\"entry_id\": \"a\\ud800\", \"composition\": {\"Fe\": 1}}]"), "$[0]", "unpaired surrogate");
    }

    @Test void cutAndOddCifsNameTheLine() throws Exception {
        String head = CifReaderTest.RUTILE.substring(0, CifReaderTest.RUTILE.indexOf("Ti1 Ti4+"));
        error(write(dir, "cut.cif", head), "22", "expected values after the loop_ tags", "the end of the file");
        error(write(dir, "cutmore.cif", head + "data_next\n"), "22", "expected values after the loop_ tags", "'data_next'");
        // one tag given alone, the others in a loop of two rows
        String mixed = CifReaderTest.RUTILE.replace("_atom_site_occupancy\n", "").replace(" 1.0\n", "\n")
                .replace("_atom_site_fract_z\n", "").replace("0.0 0.0 0.0\n", "0.0 0.0\n").replace("0.3053(2) 0.0\n", "0.3053(2)\n")
                + "_atom_site_fract_z 0.0\n";
        error(write(dir, "mixed.cif", mixed), "23", "expected 2 values of _atom_site_fract_z");
        error(write(dir, "single.cif", "data_x\n_cell_length_a 5\n_cell_length_b 5\n_cell_length_c 5\n_cell_angle_alpha 90\n"
                + "_cell_angle_beta 90\n_cell_angle_gamma 90\nloop_\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n"
                + "_atom_site_fract_z\nSi1\n"), "13", "has 1 values; expected a multiple of 4");
        error(write(dir, "text.cif", "data_x\n_title\n;never closed\n"), "3", "text field", "never closed");
        error(write(dir, "op.cif", CifReaderTest.RUTILE.replace("'x, y, z'", "'x+1/0, y, z'")), "12", "symmetry operation");
    }

    @Test void contentAfterAJsonDocumentIsAnError() throws Exception {
        String one = "[{\"entry_id\": \"a\", \"composition\": {\"Fe\": 1}, \"energy\": -1}]";
        error(write(dir, "two.json", one + "\n" + one + "\n"), "2:1", "expected the end of the file");
        error(write(dir, "obj.json", "{\"data\": [" + one.substring(1, one.length() - 1) + "]} {}"), "1:71", "expected the end of the file");
        Path garbage = write(dir, "garbage.json", one + " x");
        error(garbage, locationOf(garbage), "invalid JSON");
    }

    @Test void impossibleCellsAreRejected() throws Exception {
        String cif = CifReaderTest.RUTILE;
        error(write(dir, "negangle.cif", cif.replace("_cell_angle_alpha 90", "_cell_angle_alpha -90")), "3", "angles strictly between 0° and 180°");
        error(write(dir, "flat.cif", cif.replace("_cell_angle_alpha 90", "_cell_angle_alpha 170").replace("_cell_angle_beta  90", "_cell_angle_beta  10")),
                "3", "enclose no volume");
        error(write(dir, "zero.cif", cif.replace("_cell_length_b    4.5940(3)", "_cell_length_b    0")), "3", "cell lengths");
        error(write(dir, "POSCAR_huge", PoscarReaderTest.RUTILE.replace("1.0\n", "-1e308\n")), "2", "scaled lattice", "expected at most");
        error(write(dir, "POSCAR_inf", PoscarReaderTest.RUTILE.replace("1.0\n", "1e308\n")), "2", "not finite");
        error(write(dir, "POSCAR_flat", PoscarReaderTest.RUTILE.replace("0.000 0.000 2.959", "4.594 0.000 0.000")), "3", "no volume");
        error(write(dir, "nan.xyz", "1\nLattice=\"5 0 0 0 nan 0 0 0 5\"\nSi 0 0 0\n"), "2", "number for Lattice", "'nan'");
        error(write(dir, "flat.xyz", "1\nLattice=\"5 0 0 5 0 0 0 0 5\"\nSi 0 0 0\n"), "2", "no volume");
        error(write(dir, "inf.json", "[{\"lattice\": {\"matrix\": [[1e308, 0, 0], [0, 1e308, 0], [0, 0, 1e308]]}, "
                + "\"sites\": [{\"species\": [{\"element\": \"Si\", \"occu\": 1}], \"abc\": [0, 0, 0]}]}]"), "$[0].lattice.matrix", "expected at most");
    }

    @Test void atomsCloserThanHalfAnAngstromAreNamed() throws Exception {
        String lattice = "Lattice=\"5 0 0 0 5 0 0 0 5\" Properties=species:S:1:pos:R:3";
        DataFormatException same = error(write(dir, "same.xyz", "3\n" + lattice + "\nSi 1 1 1\nO 2 2 2\nSi 1 1 1\n"), "5",
                "atoms 1 (Si) and 3 (Si) are 0.000 Å apart (at one point)");
        assertThat(same.problem()).contains("at least 0.5 Å");
        error(write(dir, "image.xyz", "2\n" + lattice + "\nSi 0.1 2 2\nSi 4.8 2 2\n"), "4", "atoms 1 (Si) and 2 (Si) are 0.300 Å apart");
        error(write(dir, "own.xyz", "1\nLattice=\"0.3 0 0 0 5 0 0 0 5\"\nSi 0 0 0\n"), "3", "own periodic image");
        error(write(dir, "POSCAR_same", PoscarReaderTest.RUTILE.replace("0.5 0.5 0.5", "0.0 0.0 0.0")), "10", "atoms 1 (Ti) and 2 (Ti)");
        error(write(dir, "twice.cif", CifReaderTest.RUTILE.replace("O1 O2- 0.3053(2) 0.3053(2)", "O1 O2- 0.0 0.0")), "24", "maps onto a Ti site");
        error(write(dir, "close.cif", CifReaderTest.RUTILE.replace("O1 O2- 0.3053(2) 0.3053(2)", "O1 O2- 0.05 0.05")), "24",
                "are 0.325 Å apart");
        error(write(dir, "close.json", "[{\"lattice\": {\"matrix\": [[5, 0, 0], [0, 5, 0], [0, 0, 5]]}, \"sites\": ["
                + "{\"species\": [{\"element\": \"Si\", \"occu\": 1}], \"xyz\": [0, 0, 0]},"
                + "{\"species\": [{\"element\": \"Si\", \"occu\": 1}], \"xyz\": [4.9, 4.9, 4.9]}]}]"), "$[0].sites[1]", "0.173 Å apart");
    }

    @Test void controlCharactersInMessagesAreEscaped() throws Exception {
        DataFormatException e = error(write(dir, "ctl.xyz", "1\nLattice=\"5 0 0 0 5 0 0 0 5\"\nS\u0007i 0 0 0\n"), "3", "unknown element");
        assertThat(e.getMessage()).contains("S\\u0007i").doesNotContain("\u0007");
        DataFormatException f = error(write(dir, "tab.csv", "formula,y\nSi,1\nC,\"a\tb\nc\"\n"), "3", "column 'y'");
        assertThat(f.getMessage()).contains("a\\tb\\nc").doesNotContain("\t", "\n");
    }
}

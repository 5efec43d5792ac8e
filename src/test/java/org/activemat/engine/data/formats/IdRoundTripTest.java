package org.activemat.engine.data.formats;

import org.activemat.engine.chem.Element;
import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Ids are data: every writer gives back every id the readers accept, whatever characters it holds. */
class IdRoundTripTest {
    @TempDir Path dir;

    static final List<String> ODD_IDS = IdRoundTripTestIds.ODD_IDS;

    /** A small Si cell per id, distinct lattices so entries cannot be confused. */
    static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < ODD_IDS.size(); i++) {
            Structure s = Structure.fromFractional(Lattice.cubic(5.0 + 0.01 * i), List.of(Element.of("Si"), Element.of("Si")),
                    new double[][]{{0, 0, 0}, {0.25, 0.25, 0.25}});
            out.add(new Entry(ODD_IDS.get(i), s, null, Map.of("energy", -10.0 - i), Map.of(), Map.of("note", ODD_IDS.get(i)), "test"));
        }
        return out;
    }

    @Test void extendedXyzWriterRoundTripsEveryIdAndTextValue() throws Exception {
        Path p = dir.resolve("odd.extxyz");
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            ExtXyzWriter.write(w, entries());
        }
        Dataset d = DatasetFormats.read(p);
        assertThat(d.entries()).extracting(Entry::id).containsExactlyElementsOf(ODD_IDS);
        // text values too, except those that read as numbers ("1.5", "nan"): ASE's convention makes them numbers
        for (int i = 0; i < ODD_IDS.size(); i++)
            if (ExtXyzReader.parseScalar(ODD_IDS.get(i)) == null) assertThat(d.get(i).info()).containsEntry("note", ODD_IDS.get(i));
        assertThat(Files.readAllLines(p)).hasSize(4 * ODD_IDS.size());   // one comment line per frame, however odd the id
    }

    @Test void poscarCifAndExtendedXyzFilesRoundTripEveryId() throws Exception {
        List<Entry> entries = entries();
        for (String ext : List.of(".vasp", ".cif", ".extxyz")) {
            for (int i = 0; i < entries.size(); i++) {
                Path f = dir.resolve("e" + i + ext);
                StructureFiles.write(f, entries.get(i));
                Entry back = DatasetFormats.read(f).get(0);
                assertThat(back.id()).as(ext + " of %s", entries.get(i).id()).isEqualTo(entries.get(i).id());
                assertThat(back.structure().size()).isEqualTo(2);
            }
        }
    }

    @Test void poscarFolderKeepsIdsInsideAndRefusesIdsThatDifferOnlyInCase() throws Exception {
        List<Entry> entries = entries().subList(0, 3);
        StructureFiles.writePoscars(dir.resolve("p"), entries);
        for (Entry e : entries)
            assertThat(DatasetFormats.read(dir.resolve("p").resolve(org.activemat.engine.data.DataFiles.fileStem(e.id()) + ".vasp")).get(0).id())
                    .isEqualTo(e.id());
        Entry a = entries.get(0), b = new Entry("MP_149", a.structure(), null, Map.of(), Map.of(), Map.of(), "t");
        Entry c = new Entry("mp_149", a.structure(), null, Map.of(), Map.of(), Map.of(), "t");
        // one file on a case-insensitive file system (macOS, Windows): refused before anything is written
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StructureFiles.writePoscars(dir.resolve("q"), List.of(b, c)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'MP_149' and 'mp_149'");
        assertThat(dir.resolve("q")).doesNotExist();
    }

    @Test void csvFieldsRoundTripEveryIdThroughTheCsvReader() throws Exception {
        StringBuilder csv = new StringBuilder("formula,material_id,y\n");
        for (int i = 0; i < ODD_IDS.size(); i++) csv.append("Si,").append(CsvFields.quoted(ODD_IDS.get(i))).append(',').append(i).append('\n');
        Path p = TestFiles.write(dir, "odd.csv", csv.toString());
        assertThat(DatasetFormats.read(p).entries()).extracting(Entry::id).containsExactlyElementsOf(ODD_IDS);
    }

    @Test void escapedTextIsItsOwnInverse() {
        for (String id : ODD_IDS) {
            assertThat(EscapedText.unescape(EscapedText.escape(id))).isEqualTo(id);
            assertThat(EscapedText.escape(id)).doesNotContain("\n", "\r", "\t");
            assertThat(KeyValueLine.parse("id=" + EscapedText.quoted(id) + " x=1")).containsEntry("id", id).containsEntry("x", "1");
        }
    }
}

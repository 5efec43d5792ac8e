package org.activemat.engine.data;

import org.activemat.engine.chem.Lattice;
import org.activemat.engine.chem.Structure;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.data.formats.StructureFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ids are data, not file names: per-structure files get unique, visible, short names, and links are not followed. */
class PerStructureFilesTest {
    @TempDir Path dir;

    @Test void distinctIdsNeverShareAFileNameAndEveryNameIsSafe() {
        List<String> ids = List.of("mp_1", "mp 1", "mp/1", ".hidden", "..", "x".repeat(300), "Si-0001-diamond-iso", "α-Fe", "a\tb", "");
        Set<String> stems = new HashSet<>();
        for (String id : ids) {
            String s = DataFiles.fileStem(id);
            assertThat(stems.add(s)).as("unique: " + id).isTrue();
            assertThat(s).matches("[A-Za-z0-9_.~-]+").doesNotStartWith(".").hasSizeLessThanOrEqualTo(DataFiles.MAX_STEM);
        }
        assertThat(DataFiles.fileStem("Si-0001-diamond-iso")).isEqualTo("Si-0001-diamond-iso");   // clean ids keep their name
        assertThat(DataFiles.fileStem("mp_1")).isEqualTo("mp_1");
        assertThat(DataFiles.fileStem("mp 1")).startsWith("mp_1~");
        assertThat(DataFiles.fileStem("mp 1")).isEqualTo(DataFiles.fileStem("mp 1"));             // the same every time
    }

    @Test void poscarsOfOddIdsReadBackAndALinkInTheFolderIsNotWrittenThrough() throws Exception {
        Structure si = new Structure(Lattice.cubic(5.43), List.of(org.activemat.engine.chem.Element.of("Si"),
                org.activemat.engine.chem.Element.of("Si")), new double[][]{{0, 0, 0}, {1.3575, 1.3575, 1.3575}});
        List<Entry> entries = List.of(Entry.of("mp 1", si, Map.of(), "test"), Entry.of("mp_1", si, Map.of(), "test"),
                Entry.of(".dot", si, Map.of(), "test"));
        Path out = dir.resolve("poscars");
        StructureFiles.writePoscars(out, entries);
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(3).noneMatch(n -> n.startsWith("."));
        }
        for (Entry e : entries)
            assertThat(DatasetFormats.read(out.resolve(DataFiles.fileStem(e.id()) + ".vasp")).get(0).id()).isEqualTo(e.id());

        Path victim = dir.resolve("victim.txt");
        Files.writeString(victim, "keep me");
        Path linked = dir.resolve("linked");
        Files.createDirectories(linked);
        Files.createSymbolicLink(linked.resolve("mp_1.vasp"), victim);
        assertThatThrownBy(() -> StructureFiles.writePoscars(linked, entries)).hasMessageContaining("symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("keep me");
    }
}

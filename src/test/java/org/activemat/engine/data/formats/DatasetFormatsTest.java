package org.activemat.engine.data.formats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.activemat.engine.data.formats.TestFiles.error;
import static org.activemat.engine.data.formats.TestFiles.read;
import static org.activemat.engine.data.formats.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

class DatasetFormatsTest {
    @TempDir Path dir;

    @Test void jsonIsDispatchedByContentAndGzipIsTransparent() throws Exception {
        assertThat(read(write(dir, "a.json", OptimadeJsonReaderTest.RESPONSE)).provenance()).containsEntry("format", "optimade-json");
        assertThat(read(TestFiles.writeGz(dir, "b.json.gz", OptimadeJsonReaderTest.RESPONSE)).provenance())
                .containsEntry("format", "optimade-json");
        assertThat(read(write(dir, "c.json", "[{\"composition\": {\"Fe\": 1}, \"energy\": -8}]")).provenance())
                .containsEntry("format", "pymatgen-json");
        assertThat(read(TestFiles.writeGz(dir, "d.csv.gz", "formula,y\nSi,1\n")).provenance()).containsEntry("format", "csv");
        assertThat(read(write(dir, "CONTCAR_relaxed", PoscarReaderTest.RUTILE)).provenance()).containsEntry("format", "poscar");
        assertThat(read(write(dir, "x.cif", CifReaderTest.RUTILE)).provenance()).containsEntry("format", "cif");
    }

    @Test void fingerprintIsTheSha256OfTheFileBytes() throws Exception {
        Path a = write(dir, "a.csv", "formula,y\nSi,1\n");
        Path b = write(dir, "b.csv", "formula,y\nSi,2\n");
        assertThat(read(a).fingerprint()).hasSize(64).isEqualTo(read(a).fingerprint()).isNotEqualTo(read(b).fingerprint());
    }

    @Test void emptyUnknownAndMissingFiles() throws Exception {
        error(Files.createFile(dir.resolve("e.json")), "1", "empty");
        error(write(dir, "blank.json", "   \n"), "1", "empty");
        error(write(dir, "data.txt", "hello"), "", "unrecognised format", ".cif");
        error(dir.resolve("missing.csv"), "", "no such file");
    }
}

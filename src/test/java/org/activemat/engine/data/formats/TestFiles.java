package org.activemat.engine.data.formats;

import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Writes small test files and checks the typed error a broken file produces. */
final class TestFiles {
    private TestFiles() {}

    static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    static Path writeGz(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    static Dataset read(Path p) throws Exception { return DatasetFormats.read(p); }

    /** Reading must fail with a DataFormatException whose message names the file, the place and what was expected. */
    static DataFormatException error(Path p, String location, String... expectedWords) {
        assertThatThrownBy(() -> DatasetFormats.read(p)).isInstanceOf(DataFormatException.class);
        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> DatasetFormats.read(p));
        org.assertj.core.api.Assertions.assertThat(e.file()).isEqualTo(p.getFileName().toString());
        org.assertj.core.api.Assertions.assertThat(e.location()).isEqualTo(location);
        org.assertj.core.api.Assertions.assertThat(e.getMessage())
                .startsWith(p.getFileName() + (location.isEmpty() ? "" : ":" + location) + ": ");
        for (String w : expectedWords) org.assertj.core.api.Assertions.assertThat(e.problem()).contains(w);
        return e;
    }
}

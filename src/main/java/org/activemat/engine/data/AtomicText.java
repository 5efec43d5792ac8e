package org.activemat.engine.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a text file as the results file is written: its folder made if missing, the text into FILE.tmp, then moved
 * over FILE in one step, so a failure leaves the previous file whole and a missing folder is not an error.
 */
public final class AtomicText {
    private AtomicText() {}

    public interface Content {
        void writeTo(Writer w) throws IOException;
    }

    public static void write(Path file, Content content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

package org.activemat.engine.io;

import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.formats.DatasetFormats;

import java.io.IOException;
import java.nio.file.Path;

/** Which data an experiment ran on: name, file, format, SHA-256 fingerprint of the input and rows used. */
public record DatasetInfo(String name, String file, String format, String sha256, int rows) {

    /** The whole file as it is now, e.g. the label cache of a live run (its structures are the run's data). */
    public static DatasetInfo of(Path file) throws IOException, DataFormatException {
        return of(file, DatasetFormats.read(file));
    }

    /** The same for a file already read into d. */
    public static DatasetInfo of(Path file, Dataset d) {
        return new DatasetInfo(d.name(), file.toString(), d.provenance().getOrDefault("format", ""), d.fingerprint(), d.size());
    }
}

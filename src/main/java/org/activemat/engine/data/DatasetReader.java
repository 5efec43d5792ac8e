package org.activemat.engine.data;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one file format into a Dataset. Implementations live in engine.data.formats. */
public interface DatasetReader {
    /** A short format name for messages and provenance, e.g. "extxyz". */
    String format();

    /** True if this reader recognises the file (by name and, where needed, by a peek at its content). */
    boolean accepts(Path file) throws IOException;

    Dataset read(Path file) throws IOException, DataFormatException;
}

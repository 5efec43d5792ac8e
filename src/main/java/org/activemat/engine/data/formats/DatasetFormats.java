package org.activemat.engine.data.formats;

import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the reader for a file and reads it. The one entry point the CLI and UI use to load data. */
public final class DatasetFormats {
    private DatasetFormats() {}

    /** Readers in the order they are asked; the first that accepts the file reads it. */
    public static List<DatasetReader> readers() {
        return List.of(new ExtXyzReader(), new OptimadeJsonReader(), new PymatgenJsonReader(), new CsvReader(),
                new PoscarReader(), new CifReader());
    }

    public static Dataset read(Path file) throws IOException, DataFormatException {
        if (!Files.isRegularFile(file)) throw new DataFormatException(file, "", "no such file");
        if (Files.size(file) == 0) throw new DataFormatException(file, "1", "the file is empty");
        for (DatasetReader r : readers()) if (r.accepts(file)) return r.read(file);
        throw new DataFormatException(file, "", "unrecognised format; expected one of .extxyz/.xyz, .json(.gz) "
                + "(pymatgen, Materials Project or OPTIMADE), .csv, POSCAR/CONTCAR/.vasp, .cif");
    }
}

package org.activemat.engine.data.formats;

import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetReader;
import org.activemat.engine.data.InputLimits;
import org.activemat.engine.data.UnreadableInputException;

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
        long size = Files.size(file);
        if (size == 0) throw new DataFormatException(file, "1", "the file is empty");
        if (size > InputLimits.MAX_BYTES)
            throw new DataFormatException(file, "", "the file is " + size + " bytes; ActiveMat reads data files up to "
                    + InputLimits.describe(InputLimits.MAX_BYTES) + " (-Dactivemat.maxInputBytes=BYTES raises it, with a larger heap)");
        try {
            for (DatasetReader r : readers()) if (r.accepts(file)) return r.read(file);
        } catch (UnreadableInputException e) {   // met outside a reader's own line or JSON bookkeeping
            throw new DataFormatException(file, "", e.problem());
        }
        throw new DataFormatException(file, "", "unrecognised format; expected one of .extxyz/.xyz, .json(.gz) "
                + "(pymatgen, Materials Project or OPTIMADE), .csv, POSCAR/CONTCAR/.vasp, .cif");
    }
}

package org.activemat.engine.data.formats;

import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.DatasetReader;
import org.activemat.engine.data.InputLimits;
import org.activemat.engine.data.UnreadableInputException;
import org.activemat.engine.registry.Registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The dataset formats, and the one entry point the CLI and UI use to load data: the first reader that accepts a file reads it. */
public final class DatasetFormats {
    private DatasetFormats() {}

    /** In the order the readers are asked (OPTIMADE before pymatgen: both are .json, OPTIMADE is recognised by content). */
    public static final Registry<DatasetFormat> REGISTRY = new Registry<DatasetFormat>("dataset format")
            .register(new DatasetFormat("extxyz", "extended XYZ (ASE convention, Lattice= required)",
                    List.of("*.extxyz", "*.xyz"), ExtXyzReader::new))
            .register(new DatasetFormat("optimade", "OPTIMADE /structures response (JSON)", List.of("*.json"), OptimadeJsonReader::new))
            .register(new DatasetFormat("pymatgen", "pymatgen / Materials Project JSON (structures, computed entries, MP documents)",
                    List.of("*.json"), PymatgenJsonReader::new))
            .register(new DatasetFormat("csv", "CSV or TSV with a formula or composition column", List.of("*.csv", "*.tsv"), CsvReader::new))
            .register(new DatasetFormat("poscar", "VASP POSCAR / CONTCAR", List.of("POSCAR*", "CONTCAR*", "*.vasp", "*.poscar"),
                    PoscarReader::new))
            .register(new DatasetFormat("cif", "CIF (fractional sites + symmetry operators)", List.of("*.cif"), CifReader::new));

    /** Readers in the order they are asked. */
    public static List<DatasetReader> readers() {
        return REGISTRY.entries().stream().map(f -> f.reader().get()).toList();
    }

    /** The name of the registered format whose file patterns match the file's name, or "" when none does. */
    public static String nameOf(Path file) {
        for (DatasetFormat f : REGISTRY.entries())
            for (String p : f.patterns())
                if (java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + p).matches(file.getFileName())) return f.name();
        return "";
    }

    /** Every file-name pattern of every format, each also with .gz, without repeats: for a file chooser's filter. */
    public static List<String> patterns() {
        List<String> all = new ArrayList<>();
        for (DatasetFormat f : REGISTRY.entries())
            for (String p : f.patterns()) {
                if (!all.contains(p)) all.add(p);
                if (p.startsWith("*.") && !all.contains(p + ".gz")) all.add(p + ".gz");
            }
        return all;
    }

    public static Dataset read(Path file) throws IOException, DataFormatException {
        if (Files.isDirectory(file)) throw new DataFormatException(file, "", "is a folder, not a data file");
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
        throw new DataFormatException(file, "", "unrecognised format; expected one of " + String.join(", ",
                REGISTRY.entries().stream().map(f -> String.join("/", f.patterns()) + " (" + f.name() + ")").toList())
                + ", optionally .gz");
    }
}

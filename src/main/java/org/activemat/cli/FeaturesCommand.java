package org.activemat.cli;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.formats.DatasetFormats;
import org.activemat.engine.descriptor.DescriptorSet;
import org.activemat.engine.descriptor.Descriptors;
import org.activemat.engine.descriptor.FeatureMatrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "features", mixinStandardHelpOptions = true, versionProvider = ActiveMatCommand.VersionInfo.class, description = {
        "Compute the descriptor matrix of a dataset and write it as CSV: id, one column per feature, target.",
        "Entries without a finite target are left out; warnings go to stderr."})
final class FeaturesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "extxyz, pymatgen/MP/OPTIMADE JSON(.gz), CSV, POSCAR or CIF file")
    Path file;

    @Mixin DescriptorOption descriptors;

    @Option(names = "--target", required = true, paramLabel = "NAME", description = "property to predict, e.g. energy_per_atom")
    String target;

    @Option(names = "--extra", split = ",", paramLabel = "COL", description = "dataset columns to add as features (comma-separated)")
    List<String> extra = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "X.csv", description = "CSV file to write")
    Path out;

    @Override public Integer call() throws Exception {
        new OutputPaths().input("FILE", file).output("--out", out).check();
        Dataset data = DatasetFormats.read(file);
        FeatureMatrix m;
        try {
            DescriptorSet set = Descriptors.byName(descriptors.name);
            m = Descriptors.matrix(data, set, target, extra);
        } catch (IllegalArgumentException e) {
            throw new CliErrors.BadInputException(file.getFileName() + ": " + e.getMessage());
        }
        for (String w : m.warnings()) spec.commandLine().getErr().println("warning: " + w);
        write(m, out);
        spec.commandLine().getOut().printf("wrote %d rows x %d columns (id, %d features, target %s) to %s%n",
                m.rows(), m.columns() + 2, m.columns(), m.target(), out);
        return 0;
    }

    static void write(FeatureMatrix m, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder("id");
            for (String f : m.featureNames()) sb.append(',').append(csv(f));
            w.write(sb.append(",target\n").toString());
            for (int i = 0; i < m.rows(); i++) {
                sb.setLength(0);
                sb.append(csv(m.ids().get(i)));
                // shortest text that reads back as the same double
                for (double v : m.x()[i]) sb.append(',').append(v);
                sb.append(',').append(m.y()[i]).append('\n');
                w.write(sb.toString());
            }
        }
    }

    private static String csv(String s) { return org.activemat.engine.data.formats.CsvFields.quoted(s); }
}

package org.activemat.cli;

import org.activemat.engine.data.Dataset;
import org.activemat.engine.data.formats.DatasetFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "describe", description = "Summarise a dataset: entries, compositions, sites, properties.")
final class DescribeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "extxyz, pymatgen/MP/OPTIMADE JSON(.gz), CSV, POSCAR or CIF file")
    Path file;

    @Override public Integer call() throws Exception {
        Dataset d = DatasetFormats.read(file);
        var out = spec.commandLine().getOut();
        out.printf("%s: %d entries (%s)%n", file, d.size(), d.provenance().get("format"));
        out.println("properties: " + String.join(", ", d.propertyNames()));
        return 0;
    }
}

package org.activemat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses, before any work, an output that would overwrite one of the command's inputs or another of its outputs
 * (`features X --out X` would replace the user's structures by a CSV). Options are named as the user typed them.
 */
final class OutputPaths {
    private final List<Named> inputs = new ArrayList<>(), outputs = new ArrayList<>();

    private record Named(String option, Path path) {}

    OutputPaths input(String option, Path path) {
        if (path != null) inputs.add(new Named(option, path));
        return this;
    }

    OutputPaths inputs(String option, List<Path> paths) {
        for (Path p : paths) input(option, p);
        return this;
    }

    OutputPaths output(String option, Path path) {
        if (path != null) outputs.add(new Named(option, path));
        return this;
    }

    /** CliErrors.BadInputException naming both options when two paths are one file; nothing is read or written here. */
    void check() {
        for (int i = 0; i < outputs.size(); i++) {
            Named o = outputs.get(i);
            for (Named in : inputs)
                if (same(o.path(), in.path()))
                    throw new CliErrors.BadInputException(o.option() + " " + o.path() + " is the input " + in.option()
                            + ": it would be overwritten; write to another file");
            for (int j = 0; j < i; j++)
                if (same(o.path(), outputs.get(j).path()))
                    throw new CliErrors.BadInputException(o.option() + " and " + outputs.get(j).option() + " are the same file ("
                            + o.path() + "): one would overwrite the other");
        }
    }

    /** The same file: by identity when both exist (links, ./, case-insensitive file systems), else by normalized path. */
    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
        } catch (IOException e) {
            // fall back on the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}

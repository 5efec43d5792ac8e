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

    /**
     * CliErrors.BadInputException naming the options when two paths are one file, or when an output is a folder or lies
     * in a folder that cannot be written (found now, not after the run); nothing is read or written here.
     */
    void check() {
        for (int i = 0; i < outputs.size(); i++) {
            Named o = outputs.get(i);
            if (Files.isDirectory(o.path()))
                throw new CliErrors.BadInputException(o.option() + " " + o.path() + " is a folder: give a file name");
            Path folder = nearestExisting(o.path().toAbsolutePath().getParent());
            if (folder != null && !Files.isWritable(folder))
                throw new CliErrors.BadInputException(o.option() + " " + o.path() + ": the folder " + folder + " is not writable");
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

    /** The folder itself if it exists, else its nearest existing ancestor (the one a missing folder is made in). */
    private static Path nearestExisting(Path folder) {
        Path f = folder;
        while (f != null && !Files.exists(f)) f = f.getParent();
        return f;
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

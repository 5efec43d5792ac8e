package org.activemat.engine.data;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the bundled sample datasets (sample-data/*.extxyz, labelled by the project's own DFT runs).
 * Looked up, first match wins: the system property activemat.sampleData, ./sample-data, and sample-data
 * beside the application jar or one folder up (the installed app keeps it beside its jar).
 */
public final class SampleData {
    private SampleData() {}

    public static Optional<Path> folder() {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("activemat.sampleData");
        if (prop != null && !prop.isBlank()) candidates.add(Path.of(prop));
        candidates.add(Path.of("sample-data"));
        jarFolder().ifPresent(dir -> {
            candidates.add(dir.resolve("sample-data"));
            if (dir.getParent() != null) candidates.add(dir.getParent().resolve("sample-data"));
        });
        return candidates.stream().filter(SampleData::hasDatasets).map(Path::toAbsolutePath).findFirst();
    }

    /** The bundled dataset files, sorted by name; empty if none are found. */
    public static List<Path> files() {
        return folder().map(SampleData::datasetsIn).orElse(List.of());
    }

    /** The bundled file for a system name such as "Si", "C", "Fe" or "TiO" (case-insensitive). */
    public static Optional<Path> file(String system) {
        return files().stream()
                .filter(p -> p.getFileName().toString().replaceAll("\\.extxyz(\\.gz)?$", "").equalsIgnoreCase(system))
                .findFirst();
    }

    private static boolean hasDatasets(Path dir) {
        return Files.isDirectory(dir) && !datasetsIn(dir).isEmpty();
    }

    private static List<Path> datasetsIn(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches(".*\\.extxyz(\\.gz)?$")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<Path> jarFolder() {
        try {
            Path p = Path.of(SampleData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(p.getParent());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}

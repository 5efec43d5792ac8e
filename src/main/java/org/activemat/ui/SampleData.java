package org.activemat.ui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled sample datasets (real DFT labels made by the project's oracle): sample-data/{Si,C,Fe,TiO}.extxyz.
 * Looked for in the working directory, next to the jar, and one level above the jar's folder (target/ or an
 * installer's app/ folder), so both `java -jar target/activemat.jar` and an installed app find them.
 */
public final class SampleData {
    /** Menu label → file name, in menu order; the first one found is preloaded at start. */
    public static final Map<String, String> SAMPLES = new LinkedHashMap<>();
    static {
        SAMPLES.put("Si — silicon", "Si.extxyz");
        SAMPLES.put("C — carbon", "C.extxyz");
        SAMPLES.put("Fe — iron", "Fe.extxyz");
        SAMPLES.put("Ti–O — titanium oxides", "TiO.extxyz");
    }

    private final List<Path> folders;

    public SampleData(List<Path> folders) { this.folders = List.copyOf(folders); }

    /** The default search folders; the system property activemat.sampleData, if set, comes first. */
    public static SampleData standard() {
        List<Path> dirs = new ArrayList<>();
        String prop = System.getProperty("activemat.sampleData");
        if (prop != null && !prop.isBlank()) dirs.add(Path.of(prop));
        dirs.add(Path.of("sample-data").toAbsolutePath());
        jarFolder().ifPresent(j -> {
            dirs.add(j.resolve("sample-data"));
            if (j.getParent() != null) dirs.add(j.getParent().resolve("sample-data"));
        });
        return new SampleData(dirs);
    }

    private static Optional<Path> jarFolder() {
        try {
            Path p = Path.of(SampleData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(Files.isDirectory(p) ? p : p.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The file for a sample's menu label, if it is installed (plain or .gz). */
    public Optional<Path> find(String label) {
        String file = SAMPLES.get(label);
        if (file == null) return Optional.empty();
        for (Path d : folders) {
            for (String name : List.of(file, file + ".gz")) {
                Path p = d.resolve(name);
                if (Files.isRegularFile(p)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The first sample that is installed, to show real data on the first screen. */
    public Optional<Path> firstAvailable() {
        for (String label : SAMPLES.keySet()) {
            Optional<Path> p = find(label);
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }

    public List<Path> folders() { return folders; }
}

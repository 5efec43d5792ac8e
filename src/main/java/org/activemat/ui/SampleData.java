package org.activemat.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The bundled sample datasets as the menus show them (real DFT labels made by the project's oracle).
 * Finding the files is the engine's job (engine.data.SampleData); tests give their own lookup.
 */
public final class SampleData {
    /** Menu label → system name (file sample-data/NAME.extxyz), in menu order; the first one found is preloaded. */
    public static final Map<String, String> SAMPLES = new LinkedHashMap<>();
    static {
        SAMPLES.put("Si — silicon", "Si");
        SAMPLES.put("C — carbon", "C");
        SAMPLES.put("Fe — iron", "Fe");
        SAMPLES.put("Ti–O — titanium oxides", "TiO");
    }

    private final Function<String, Optional<Path>> lookup;

    public SampleData(Function<String, Optional<Path>> lookup) { this.lookup = lookup; }

    public static SampleData standard() { return new SampleData(org.activemat.engine.data.SampleData::file); }

    /** No samples installed: the empty first screen. */
    public static SampleData none() { return new SampleData(s -> Optional.empty()); }

    public Optional<Path> find(String label) {
        String system = SAMPLES.get(label);
        return system == null ? Optional.empty() : lookup.apply(system);
    }

    public Optional<Path> firstAvailable() {
        for (String label : SAMPLES.keySet()) {
            Optional<Path> p = find(label);
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }

    public String where() {
        return org.activemat.engine.data.SampleData.folder().map(Path::toString)
                .orElse("sample-data/ (working directory, or beside the application)");
    }
}

package org.activemat.engine.data.formats;

import org.activemat.engine.data.DataFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The provenance every reader records: format, absolute path and SHA-256 of the file bytes. */
final class Provenance {
    private Provenance() {}

    static Map<String, String> of(Path file, String format) throws IOException {
        Map<String, String> prov = new LinkedHashMap<>();
        prov.put("format", format);
        prov.put("path", file.toAbsolutePath().toString());
        prov.put("sha256", DataFiles.sha256(file));
        return prov;
    }

    /** File name without ".gz" and without the last extension: "TiO2_entries" for "TiO2_entries.json.gz". */
    static String stem(Path file) {
        String n = file.getFileName().toString().replaceAll("\\.gz$", "");
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}

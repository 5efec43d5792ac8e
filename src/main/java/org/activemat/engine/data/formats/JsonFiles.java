package org.activemat.engine.data.formats;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.activemat.engine.data.DataFiles;
import org.activemat.engine.data.DataFormatException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Parsing JSON files into Jackson trees, with syntax errors reported as file:line:column, and JSON path helpers. */
final class JsonFiles {
    private JsonFiles() {}

    /** Python's json module writes NaN and Infinity; pymatgen files contain them. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    static JsonNode read(Path file) throws IOException, DataFormatException {
        try (InputStream in = DataFiles.open(file)) {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || root.isMissingNode())
                throw new DataFormatException(file, "1", "expected JSON content, but the file is empty");
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : loc.getLineNr() + ":" + loc.getColumnNr();
            String what = e.getOriginalMessage();
            if (what != null && what.contains("end-of-input")) what = "the file ends early (truncated?): " + what;
            throw new DataFormatException(String.valueOf(file.getFileName()), where, "invalid JSON: " + firstLine(what), e);
        }
    }

    /** The first few KB of the (decompressed) file as text, to recognise a format by its content. */
    static String peek(Path file, int bytes) throws IOException {
        try (InputStream in = DataFiles.open(file)) {
            return new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
        }
    }

    static String child(String path, String key) {
        return IDENTIFIER.matcher(key).matches() ? path + "." + key : path + "['" + key.replace("'", "\\'") + "']";
    }

    static String index(String path, int i) { return path + "[" + i + "]"; }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

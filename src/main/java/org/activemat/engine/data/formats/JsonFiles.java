package org.activemat.engine.data.formats;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.activemat.engine.data.DataFiles;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.UnreadableInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Parsing JSON files into Jackson trees, with syntax errors reported as file:line:column, and JSON path helpers. */
final class JsonFiles {
    private JsonFiles() {}

    /** Python's json module writes NaN and Infinity; pymatgen files contain them. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();


    static JsonNode read(Path file) throws IOException, DataFormatException {
        return read(file, null);
    }

    /** Receives the elements of a top-level array one at a time. */
    interface ElementSink {
        void accept(String path, JsonNode element) throws DataFormatException;
    }

    /**
     * Reads the file; when its root is an array and a sink is given, the elements are parsed and handed over one by one
     * (so a large list never exists as one tree) and null is returned. Otherwise the whole tree is returned.
     */
    static JsonNode read(Path file, ElementSink sink) throws IOException, DataFormatException {
        JsonParser p = null;
        try (InputStream in = DataFiles.open(file); JsonParser parser = MAPPER.createParser(in)) {
            p = parser;
            JsonToken first = p.nextToken();
            if (first == null) throw new DataFormatException(file, "1", "expected JSON content, but the file is empty");
            JsonNode root = null;
            if (first == JsonToken.START_ARRAY && sink != null) {
                int i = 0;
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) throw new DataFormatException(file, where(p.currentLocation()),
                            "the file ends inside the top-level list (truncated?); expected ']'");
                    sink.accept(index("$", i++), MAPPER.readTree(p));
                }
            } else {
                root = MAPPER.readTree(p);
            }
            // two documents one after the other (concatenated downloads) would otherwise be read as the first alone
            if (p.nextToken() != null)
                throw new DataFormatException(file, where(p.currentTokenLocation()),
                        "expected the end of the file after the JSON document, found more content");
            return root;
        } catch (UnreadableInputException e) {
            throw new DataFormatException(file, p == null ? "" : where(p.currentLocation()), e.problem());
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage();
            if (what != null && what.contains("end-of-input")) what = "the file ends early (truncated?): " + what;
            throw new DataFormatException(String.valueOf(file.getFileName()), where(e.getLocation()),
                    "invalid JSON: " + firstLine(what), e);
        }
    }

    private static String where(JsonLocation loc) {
        return loc == null ? "" : loc.getLineNr() + ":" + loc.getColumnNr();
    }

    /** The first few KB of the (decompressed) file as text, to recognise a format by its content. */
    static String peek(Path file, int bytes) throws IOException {
        try (InputStream in = DataFiles.open(file)) {
            return new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
        } catch (UnreadableInputException e) {
            return "";   // not recognised here; the reader that takes the file reports the damage where it meets it
        }
    }

    static String child(String path, String key) {
        return isIdentifier(key) ? path + "." + key : path + "['" + key.replace("'", "\\'") + "']";
    }

    private static boolean isIdentifier(String key) {
        if (key.isEmpty() || Character.isDigit(key.charAt(0))) return false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c == '_' || (c < 128 && Character.isLetterOrDigit(c)))) return false;
        }
        return true;
    }

    static String index(String path, int i) { return path + "[" + i + "]"; }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

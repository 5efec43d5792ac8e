package org.activemat.engine.data.formats;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.activemat.engine.data.DataFiles;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.JsonMessages;
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
        return read(file, null).node();
    }

    /** Receives the records of a list one at a time. */
    interface ElementSink {
        void accept(String path, JsonNode element) throws DataFormatException;
    }

    /** The tree read; streamed when the records went to the sink instead (then node holds the rest, if any). */
    record Root(JsonNode node, boolean streamed) {}

    /** Bytes of one JSON value read as a tree: its tree takes several times that much heap. */
    static final long MAX_VALUE_BYTES = 64L << 20;

    /**
     * Reads the file. With a sink, a top-level list, or the list under "data" of an object (an MP or OPTIMADE API
     * response), is handed over record by record, so a large file never exists as one tree; anything else is read as a
     * tree. No single tree may exceed {@link #MAX_VALUE_BYTES} of text.
     */
    static Root read(Path file, ElementSink sink) throws IOException, DataFormatException {
        BoundedParser p = null;
        try (InputStream in = DataFiles.open(file); JsonParser parser = MAPPER.createParser(in)) {
            p = new BoundedParser(parser);
            JsonToken first = p.nextToken();
            if (first == null) throw new DataFormatException(file, "1", "expected JSON content, but the file is empty");
            Root root;
            if (first == JsonToken.START_ARRAY && sink != null) {
                records(file, p, "$", sink);
                root = new Root(null, true);
            } else if (first == JsonToken.START_OBJECT && sink != null) {
                root = object(file, p, sink);
            } else {
                root = new Root(MAPPER.readTree(p), false);
            }
            // two documents one after the other (concatenated downloads) would otherwise be read as the first alone
            if (p.nextToken() != null)
                throw new DataFormatException(file, where(p.currentTokenLocation()),
                        "expected the end of the file after the JSON document, found more content");
            return root;
        } catch (UnreadableInputException e) {
            throw new DataFormatException(file, p == null ? "" : where(p.currentLocation()), e.problem());
        } catch (ValueTooLarge e) {
            throw new DataFormatException(file, where(e.getLocation()), e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            String what = JsonMessages.problem(e.getOriginalMessage());
            throw new DataFormatException(String.valueOf(file.getFileName()), where(e.getLocation()),
                    "invalid JSON: " + firstLine(what), e);
        }
    }

    /** The elements of the list the parser is at the start of, each as a tree of its own. */
    private static void records(Path file, BoundedParser p, String path, ElementSink sink) throws IOException, DataFormatException {
        int i = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) throw new DataFormatException(file, where(p.currentLocation()),
                    "the file ends inside the list " + path + " (truncated?); expected ']'");
            p.mark();
            sink.accept(index(path, i++), MAPPER.readTree(p));
        }
    }

    /** An object root: its "data" list streamed, when it has one, the other members kept as a tree. */
    private static Root object(Path file, BoundedParser p, ElementSink sink) throws IOException, DataFormatException {
        com.fasterxml.jackson.databind.node.ObjectNode rest = MAPPER.createObjectNode();
        boolean streamed = false;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (name.equals("data") && v == JsonToken.START_ARRAY && !streamed && !rest.has("data")) {
                records(file, p, "$.data", sink);
                streamed = true;
            } else {
                p.mark();
                rest.set(name, MAPPER.readTree(p));
            }
        }
        if (t != JsonToken.END_OBJECT) throw new DataFormatException(file, where(p.currentLocation()),
                "the file ends inside the top-level object (truncated?); expected '}'");
        return new Root(rest, streamed);
    }

    /** A parser that refuses a value longer than MAX_VALUE_BYTES from its mark, before its tree fills the heap. */
    private static final class BoundedParser extends JsonParserDelegate {
        private long start;

        BoundedParser(JsonParser p) { super(p); }

        void mark() { start = Math.max(0, delegate.currentLocation().getByteOffset()); }

        @Override public JsonToken nextToken() throws IOException {
            JsonToken t = super.nextToken();
            if (delegate.currentLocation().getByteOffset() - start > MAX_VALUE_BYTES)
                throw new ValueTooLarge(this, "a JSON value of more than " + (MAX_VALUE_BYTES >> 20) + " MiB; expected records "
                        + "of a few MB at most (a list of records is read one at a time and may be larger)");
            return t;
        }
    }

    private static final class ValueTooLarge extends JsonParseException {
        ValueTooLarge(JsonParser p, String message) { super(p, message); }
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

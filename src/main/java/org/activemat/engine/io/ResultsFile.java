package org.activemat.engine.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.activemat.engine.data.AtomicText;
import org.activemat.engine.data.DataFiles;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.JsonMessages;
import org.activemat.engine.data.UnreadableInputException;
import org.activemat.engine.loop.RoundResult;
import org.activemat.engine.loop.RunResult;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes and reads experiment results files (JSON). Older schema versions stay readable; newer ones are refused. */
public final class ResultsFile {
    /** Bump when a field changes meaning or disappears; keep a saved file of each version under src/test/resources. */
    public static final int SCHEMA_VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ResultsFile() {}

    /** Writes atomically (temp file + move) so a crash never leaves half a results file. */
    public static void write(Path file, ResultsDocument doc) throws IOException {
        AtomicText.write(file, w -> JSON.writeValue(w, doc));
    }

    public static String toJson(ResultsDocument doc) throws JsonProcessingException {
        return JSON.writeValueAsString(doc);
    }

    public static ResultsDocument read(Path file) throws IOException, DataFormatException {
        if (Files.isDirectory(file)) throw new DataFormatException(file, "", "is a folder, not a results file");
        JsonNode root;
        try (InputStream in = DataFiles.open(file); JsonParser p = JSON.createParser(in)) {
            root = JSON.readTree(p);
            if (root != null && p.nextToken() != null)
                throw DataFormatException.atLine(file, p.currentTokenLocation().getLineNr(),
                        "expected the end of the file after the results object, found more content");
        } catch (UnreadableInputException e) {
            throw new DataFormatException(file, "", e.problem());
        } catch (JsonProcessingException e) {
            throw DataFormatException.atLine(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid JSON: " + JsonMessages.problem(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) throw DataFormatException.atPath(file, "$", "expected an ActiveMat results object");
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.canConvertToInt())
            throw DataFormatException.atPath(file, "$.schemaVersion", "expected the results schema version (an integer); is this an ActiveMat results file?");
        if (version.asInt() > SCHEMA_VERSION)
            throw DataFormatException.atPath(file, "$.schemaVersion", "schema version " + version.asInt()
                    + " was written by a newer ActiveMat; this version reads up to " + SCHEMA_VERSION);
        if (root.get("settings") instanceof com.fasterxml.jackson.databind.node.ObjectNode)
            SchemaUpgrade.upgrade((com.fasterxml.jackson.databind.node.ObjectNode) root, version.asInt());
        ResultsValidation.checkTree(file, root);   // today's shape: older schemas were upgraded first
        try {
            ResultsDocument doc = JSON.treeToValue(root, ResultsDocument.class);
            if (doc.settings() == null) throw DataFormatException.atPath(file, "$.settings", "expected the experiment settings");
            if (doc.runs() == null) throw DataFormatException.atPath(file, "$.runs", "expected the list of runs");
            for (int i = 0; i < doc.runs().size(); i++) checkRun(file, i, doc.runs().get(i));
            ResultsValidation.checkDocument(file, doc);
            return doc;
        } catch (JsonMappingException e) {
            throw DataFormatException.atPath(file, "$" + pathOf(e), "unexpected value: " + e.getOriginalMessage());
        }
    }

    /** What the summary and the plots rely on: a strategy, at least one round with metrics, and test predictions. */
    private static void checkRun(Path file, int i, RunResult run) throws DataFormatException {
        String at = "$.runs[" + i + "]";
        if (run == null || run.strategy() == null) throw DataFormatException.atPath(file, at + ".strategy", "expected the strategy name");
        if (run.rounds() == null || run.rounds().isEmpty()) throw DataFormatException.atPath(file, at + ".rounds", "expected at least one round");
        for (int r = 0; r < run.rounds().size(); r++) {
            RoundResult round = run.rounds().get(r);
            if (round == null || round.metrics() == null)
                throw DataFormatException.atPath(file, at + ".rounds[" + r + "].metrics", "expected the round's test metrics (mae, rmse, r2)");
        }
        if (run.testPredictions() == null) throw DataFormatException.atPath(file, at + ".testPredictions", "expected the final test predictions");
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) b.append('.').append(r.getFieldName());
            else if (r.getIndex() >= 0) b.append('[').append(r.getIndex()).append(']');
        }
        return b.toString();
    }
}

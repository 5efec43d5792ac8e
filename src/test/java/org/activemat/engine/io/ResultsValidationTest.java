package org.activemat.engine.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.activemat.engine.data.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A corrupted experiment file that passes the first check is refused at read, naming the JSON path; gzip is read. */
class ResultsValidationTest {
    @TempDir Path dir;
    static final ObjectMapper JSON = new ObjectMapper();

    private static Path saved() throws Exception {
        return Path.of(ResultsValidationTest.class.getResource("/results/results-v1.json").toURI());
    }

    /** The saved v1 file changed by edit, written to dir/name, must fail at path with the words given. */
    private void refused(String name, Consumer<ObjectNode> edit, String path, String... words) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(saved().toFile());
        edit.accept(root);
        Path f = dir.resolve(name);
        Files.writeString(f, JSON.writeValueAsString(root));
        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> ResultsFile.read(f));
        assertThat(e).as(name).isNotNull();
        assertThat(e.getMessage()).as(name).startsWith(name + ":" + path + ": ");
        for (String w : words) assertThat(e.problem()).as(name).contains(w);
    }

    private static ObjectNode run(ObjectNode root, int i) { return (ObjectNode) root.get("runs").get(i); }

    private static ObjectNode round(ObjectNode root, int i, int r) { return (ObjectNode) run(root, i).get("rounds").get(r); }

    /** The held-out estimates are optional (older files have none), but when present they are checked like the rest. */
    @Test void roundEstimatesAreOptionalButChecked() throws Exception {
        java.util.function.Function<ObjectNode, ObjectNode> est = r -> {
            ObjectNode e = round(r, 0, 1).putObject("estimates");
            e.put("heldOut", 5).put("heldOutMae", 0.1).put("poolSigma", 0.02).put("poolSigmaCalibrated", 0.1).put("labelStd", 0.3);
            ObjectNode c = e.putObject("calibration").put("kind", "isotonic").put("scale", 4.0).put("residuals", 5);
            c.putArray("knotSigma").add(0.01).add(0.02);
            c.putArray("knotError").add(0.05).add(0.08);
            return e;
        };
        refused("heldout.json", r -> est.apply(r).putNull("heldOutMae"), "$.runs[0].rounds[1].estimates.heldOutMae", "finite number or NaN");
        refused("kind.json", r -> ((ObjectNode) est.apply(r).get("calibration")).put("kind", "magic"), "$.runs[0].rounds[1].estimates.calibration.kind");
        refused("knots.json", r -> ((ArrayNode) est.apply(r).get("calibration").get("knotSigma")).set(1, JSON.getNodeFactory().numberNode(0.001)),
                "$.runs[0].rounds[1].estimates.calibration.knotSigma[1]", "increasing order");
        refused("fold.json", r -> ((ObjectNode) r.get("settings")).putObject("recalibration").put("method", "SCALE")
                .put("residuals", "PREQUENTIAL").put("folds", 2.5), "$.settings.recalibration.folds", "integer");
        ObjectNode root = (ObjectNode) JSON.readTree(saved().toFile());
        est.apply(root);
        Path ok = dir.resolve("ok.json");
        Files.writeString(ok, JSON.writeValueAsString(root));
        var cal = ResultsFile.read(ok).runs().get(0).rounds().get(1).estimates().calibration();
        assertThat(cal.sigma(0.015)).isCloseTo(0.065 * Math.sqrt(Math.PI / 2), org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test void everyFieldTheSummaryAndPlotsUseIsChecked() throws Exception {
        refused("nullmae.json", r -> ((ObjectNode) round(r, 0, 1).get("metrics")).putNull("mae"), "$.runs[0].rounds[1].metrics.mae", "finite number or NaN", "null");
        refused("infmae.json", r -> ((ObjectNode) round(r, 1, 0).get("metrics")).put("rmse", "Infinity"), "$.runs[1].rounds[0].metrics.rmse");
        refused("textr2.json", r -> ((ObjectNode) round(r, 1, 0).get("metrics")).put("r2", "abc"), "$.runs[1].rounds[0].metrics.r2");
        refused("fewer.json", r -> ((ArrayNode) run(r, 2).get("rounds")).remove(2), "$.runs[2].rounds", "expected 3 rounds");
        refused("short.json", r -> ((ArrayNode) run(r, 3).get("testPredictions").get("mean")).remove(0), "$.runs[3].testPredictions.mean", "one per test id");
        refused("nullid.json", r -> ((ArrayNode) run(r, 0).get("testPredictions").get("ids")).set(2, JSON.nullNode()), "$.runs[0].testPredictions.ids[2]");
        refused("nanTruth.json", r -> ((ArrayNode) run(r, 0).get("testPredictions").get("truth")).set(0, JSON.getNodeFactory().textNode("NaN")),
                "$.runs[0].testPredictions.truth[0]", "finite number");
        refused("noPred.json", r -> run(r, 1).remove("testPredictions"), "$.runs[1].testPredictions", "expected an object");
        refused("picked.json", r -> ((ArrayNode) round(r, 0, 1).get("addedIds")).add(3), "$.runs[0].rounds[1].addedIds[5]", "non-empty text");
        refused("queries.json", r -> ((ObjectNode) r.get("settings")).put("queries", -1), "$.settings.queries");
        refused("strategies.json", r -> ((ObjectNode) r.get("settings")).putArray("strategies"), "$.settings.strategies");
        refused("unknown.json", r -> ((ArrayNode) r.get("settings").get("strategies")).set(0, JSON.getNodeFactory().textNode("guess")), "$.settings",
                "unknown strategy 'guess'");
        refused("model.json", r -> ((ObjectNode) r.get("settings").get("model")).put("members", 1), "$.settings", "at least 2 members");
        refused("path.json", r -> ((ObjectNode) r.get("dataset")).put("file", "a\u0000b"), "$.dataset.file", "expected a file path");
        refused("seed.json", r -> run(r, 0).put("seed", 1.5), "$.runs[0].seed", "integer");
    }

    @Test void aGzipCompressedFileIsReadAndADamagedOneRefused() throws Exception {
        byte[] text = Files.readAllBytes(saved());
        Path gz = dir.resolve("saved.activemat");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(text);
        }
        assertThat(ResultsFile.read(gz).runs()).hasSize(4);
        Path cut = dir.resolve("cut.activemat");
        byte[] bytes = Files.readAllBytes(gz);
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 20));
        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> ResultsFile.read(cut));
        assertThat(e.getMessage()).startsWith("cut.activemat").contains("gzip data ends early");
    }

    @Test void contentAfterTheResultsObjectIsRefused() throws Exception {
        String text = Files.readString(saved());
        Path twice = dir.resolve("twice.activemat");
        Files.writeString(twice, text + "\n" + text);
        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> ResultsFile.read(twice));
        assertThat(e.problem()).contains("expected the end of the file");
        JsonNode ok = JSON.readTree(text);
        assertThat(ok.get("runs").size()).isEqualTo(4);
    }
}

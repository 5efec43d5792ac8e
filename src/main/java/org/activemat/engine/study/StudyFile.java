package org.activemat.engine.study;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.activemat.engine.data.AtomicText;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.data.JsonMessages;
import org.activemat.engine.io.ResultsDocument;
import org.activemat.engine.io.ResultsFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A study on disk: one results file per system (and sweep value) beside a study file that lists them with their
 * verdicts, how the study was asked for, and by which software. Opening it reads every results file again and
 * recomputes the statistics from the runs (never trusting the verdicts written).
 */
public final class StudyFile {
    public static final int SCHEMA_VERSION = 1;

    /** One listed experiment: its system, the sweep value (null without a sweep), its results file (relative) and verdict. */
    public record Item(String system, String sweepValue, String results, String datasetSha256, String verdict) {}

    public record Document(int schemaVersion, String software, String created, String command, Sweep sweep, List<Item> items) {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StudyFile() {}

    /** The results file name of an experiment: Si.activemat, or Si-batch-10.activemat in a sweep. */
    public static String resultsName(StudyRun r, Sweep sweep) {
        String stem = r.system() + (r.sweepValue() == null ? "" : "-" + sweep.setting() + "-" + r.sweepValue());
        return stem.replaceAll("[^A-Za-z0-9._-]", "_") + ".activemat";
    }

    /** Writes every results file and then study.json into dir; returns the study file. */
    public static Path write(Path dir, List<StudyRun> runs, Sweep sweep, String command, String software) throws IOException {
        Files.createDirectories(dir);
        List<Item> items = new ArrayList<>();
        for (StudyRun r : runs) {
            String name = resultsName(r, sweep);
            ResultsFile.write(dir.resolve(name), r.results());
            items.add(new Item(r.system(), r.sweepValue(), name, r.results().dataset().sha256(), r.summary().verdict()));
        }
        Path file = dir.resolve("study.json");
        Document doc = new Document(SCHEMA_VERSION, software, Instant.now().toString(), command, sweep, items);
        AtomicText.write(file, w -> JSON.writeValue(w, doc));
        return file;
    }

    /** The study's runs, read again from their results files, with the statistics recomputed (Holm across the study). */
    public static List<StudyRun> read(Path file) throws IOException, DataFormatException {
        Document d;
        try {
            d = JSON.readValue(file.toFile(), Document.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw DataFormatException.atLine(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "expected an ActiveMat study file: " + JsonMessages.problem(e.getOriginalMessage()));
        }
        if (d.schemaVersion() < 1 || d.items() == null)
            throw DataFormatException.atPath(file, "$.items", "expected the list of the study's results files");
        if (d.schemaVersion() > SCHEMA_VERSION)
            throw DataFormatException.atPath(file, "$.schemaVersion", "written by a newer ActiveMat; this version reads up to " + SCHEMA_VERSION);
        List<StudyRun> runs = new ArrayList<>();
        for (int i = 0; i < d.items().size(); i++) {
            Item it = d.items().get(i);
            if (it == null || it.system() == null || it.results() == null)
                throw DataFormatException.atPath(file, "$.items[" + i + "]", "expected system and results");
            Path results = file.toAbsolutePath().resolveSibling(it.results()).normalize();
            if (!results.startsWith(file.toAbsolutePath().getParent()))
                throw DataFormatException.atPath(file, "$.items[" + i + "].results", "expected a file beside the study file");
            ResultsDocument doc = ResultsFile.read(results);
            runs.add(new StudyRun(it.system(), it.sweepValue(), doc, PairedSummary.of(it.system(), doc.toResult())));
        }
        return Study.holmAcross(runs);
    }

    /** How the study was asked for (the command), from its file. */
    public static Document document(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Document.class);
    }
}

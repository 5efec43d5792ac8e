package org.activemat.engine.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.activemat.engine.data.DataFormatException;
import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.ExperimentSummary;
import org.activemat.engine.loop.LabelCost;
import org.activemat.engine.stats.SpreadCalibration;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Checks everything of a results document that the summary, the plots and the workbench rely on, before any of it
 * is used: the JSON tree field by field (so a null is not silently bound as 0 and every problem names its JSON path),
 * then the bound settings, then a trial summary. A file that passes opens without an exception later.
 */
final class ResultsValidation {
    private final Path file;

    private ResultsValidation(Path file) { this.file = file; }

    /** The tree, before binding. */
    static void checkTree(Path file, JsonNode root) throws DataFormatException {
        new ResultsValidation(file).tree(root);
    }

    /** The bound document: its settings make a plan, and the runs can be summarised as the table and plots do. */
    static void checkDocument(Path file, ResultsDocument doc) throws DataFormatException {
        ExperimentPlan plan = doc.settings();
        List<String> problems = plan.problems(Integer.MAX_VALUE / 4);
        if (!problems.isEmpty()) throw DataFormatException.atPath(file, "$.settings", "expected valid settings: " + problems.get(0));
        try {
            ExperimentSummary.of(doc.toResult());
            LabelCost.of(doc.toResult(), Map.of());
        } catch (RuntimeException e) {
            throw DataFormatException.atPath(file, "$.runs", "the runs cannot be summarised: " + e);
        }
    }

    private void tree(JsonNode root) throws DataFormatException {
        JsonNode queries = root.path("settings").path("queries");
        int rounds = queries.isIntegralNumber() && queries.canConvertToInt() && queries.asInt() >= 0 ? queries.asInt() + 1 : -1;
        JsonNode runs = array(root, "runs", "$", 0);
        for (int i = 0; i < runs.size(); i++) run(runs.get(i), "$.runs[" + i + "]", rounds);
        JsonNode settings = object(root, "settings", "$");
        array(settings, "strategies", "$.settings", 1);
        for (int i = 0; i < settings.get("strategies").size(); i++) {
            String at = "$.settings.strategies[" + i + "]";
            JsonNode spec = settings.get("strategies").get(i);
            if (!spec.isObject()) throw DataFormatException.atPath(file, at, "expected a strategy {name, params}, found " + kind(spec));
            text(spec.get("name"), at + ".name");
            JsonNode params = spec.get("params");
            if (params != null && !params.isNull()) {
                if (!params.isObject()) throw DataFormatException.atPath(file, at + ".params", "expected an object of parameter values");
                for (var it = params.fields(); it.hasNext(); ) {
                    var e = it.next();
                    number(e.getValue(), at + ".params." + e.getKey(), false);
                }
            }
        }
        array(settings, "seeds", "$.settings", 1);
        for (int i = 0; i < settings.get("seeds").size(); i++) integer(settings.get("seeds").get(i), "$.settings.seeds[" + i + "]");
        for (String k : List.of("initialLabels", "queries", "batchSize", "threads"))
            integer(settings.get(k), "$.settings." + k);
        number(settings.get("testFraction"), "$.settings.testFraction", false);
        JsonNode model = object(settings, "model", "$.settings");
        text(model.get("backend"), "$.settings.model.backend");
        object(model, "settings", "$.settings.model");
        JsonNode recal = settings.get("recalibration");   // both absent in files written before they existed
        if (recal != null && !recal.isNull()) {
            object(settings, "recalibration", "$.settings");
            for (String k : List.of("method", "residuals")) text(recal.get(k), "$.settings.recalibration." + k);
            integer(recal.get("folds"), "$.settings.recalibration.folds");
        }
        JsonNode stop = settings.get("stopping");
        if (stop != null && !stop.isNull()) {
            object(settings, "stopping", "$.settings");
            for (String k : List.of("budget", "window")) integer(stop.get(k), "$.settings.stopping." + k);
            for (String k : List.of("minImprovement", "maxSigma")) number(stop.get(k), "$.settings.stopping." + k, false);
        }
        if (rounds < 1) throw DataFormatException.atPath(file, "$.settings.queries", "expected a number of queries of at least 0");
        optionalDataset(root.get("dataset"), "$.dataset");
        JsonNode live = root.get("exploration");
        if (live != null && !live.isNull()) {
            if (!live.isObject()) throw DataFormatException.atPath(file, "$.exploration", "expected an object or null");
            optionalDataset(live.get("testSet"), "$.exploration.testSet");
            optionalDataset(live.get("poolFile"), "$.exploration.poolFile");
        }
        JsonNode names = root.get("featureNames");
        if (names != null && !names.isNull()) {
            if (!names.isArray()) throw DataFormatException.atPath(file, "$.featureNames", "expected a list of names");
            for (int i = 0; i < names.size(); i++) text(names.get(i), "$.featureNames[" + i + "]");
        }
        if (root.has("wallSeconds")) number(root.get("wallSeconds"), "$.wallSeconds", true);
    }

    private void run(JsonNode run, String at, int rounds) throws DataFormatException {
        if (run == null || !run.isObject()) throw DataFormatException.atPath(file, at, "expected a run object");
        integer(run.get("seed"), at + ".seed");
        text(run.get("strategy"), at + ".strategy");
        JsonNode rs = run.get("rounds");
        if (rs == null || !rs.isArray() || rs.isEmpty())
            throw DataFormatException.atPath(file, at + ".rounds", "expected at least one round, found " + kind(rs));
        if (rounds > 0 && rs.size() != rounds)
            throw DataFormatException.atPath(file, at + ".rounds", "expected " + rounds + " rounds (settings.queries + 1), found " + rs.size());
        for (int r = 0; r < rs.size(); r++) {
            String rp = at + ".rounds[" + r + "]";
            JsonNode round = rs.get(r);
            if (!round.isObject()) throw DataFormatException.atPath(file, rp, "expected a round object");
            integer(round.get("round"), rp + ".round");
            integer(round.get("labelled"), rp + ".labelled");
            JsonNode m = object(round, "metrics", rp);
            for (String k : List.of("mae", "rmse", "r2")) number(m.get(k), rp + ".metrics." + k, true);
            for (String k : List.of("addedIds", "reasons")) {
                JsonNode ids = array(round, k, rp, 0);
                for (int i = 0; i < ids.size(); i++) text(ids.get(i), rp + "." + k + "[" + i + "]");
            }
            estimates(round.get("estimates"), rp + ".estimates");
        }
        String pp = at + ".testPredictions";
        JsonNode p = object(run, "testPredictions", at);
        JsonNode ids = array(p, "ids", pp, 0);
        for (int i = 0; i < ids.size(); i++) text(ids.get(i), pp + ".ids[" + i + "]");
        for (String k : List.of("truth", "mean", "std")) {
            JsonNode v = array(p, k, pp, 0);
            if (v.size() != ids.size())
                throw DataFormatException.atPath(file, pp + "." + k, "expected " + ids.size() + " values (one per test id), found " + v.size());
            for (int i = 0; i < v.size(); i++) number(v.get(i), pp + "." + k + "[" + i + "]", !k.equals("truth"));
        }
        if (run.has("seconds")) number(run.get("seconds"), at + ".seconds", true);
    }

    /** A round's held-out estimates: absent or null in files written before they were recorded. */
    private void estimates(JsonNode e, String at) throws DataFormatException {
        if (e == null || e.isNull()) return;
        if (!e.isObject()) throw DataFormatException.atPath(file, at, "expected the round's held-out estimates (an object) or null");
        integer(e.get("heldOut"), at + ".heldOut");
        for (String k : List.of("heldOutMae", "poolSigma", "poolSigmaCalibrated", "labelStd")) number(e.get(k), at + "." + k, true);
        JsonNode c = e.get("calibration");
        if (c == null || c.isNull()) return;
        String cp = at + ".calibration";
        if (!c.isObject()) throw DataFormatException.atPath(file, cp, "expected a spread calibration (an object) or null");
        text(c.get("kind"), cp + ".kind");
        String kind = c.get("kind").asText();
        if (!kind.equals(SpreadCalibration.SCALE) && !kind.equals(SpreadCalibration.ISOTONIC))
            throw DataFormatException.atPath(file, cp + ".kind", "expected \"scale\" or \"isotonic\", found \"" + kind + "\"");
        number(c.get("scale"), cp + ".scale", false);
        integer(c.get("residuals"), cp + ".residuals");
        if (!kind.equals(SpreadCalibration.ISOTONIC)) return;
        JsonNode xs = array(c, "knotSigma", cp, 1), ys = array(c, "knotError", cp, 1);
        if (xs.size() != ys.size())
            throw DataFormatException.atPath(file, cp + ".knotError", "expected " + xs.size() + " values (one per knot), found " + ys.size());
        for (int i = 0; i < xs.size(); i++) {
            number(xs.get(i), cp + ".knotSigma[" + i + "]", false);
            number(ys.get(i), cp + ".knotError[" + i + "]", false);
            if (i > 0 && (xs.get(i).asDouble() < xs.get(i - 1).asDouble() || ys.get(i).asDouble() < ys.get(i - 1).asDouble()))
                throw DataFormatException.atPath(file, cp + ".knotSigma[" + i + "]", "expected knots in increasing order (an isotonic fit)");
        }
    }

    private void optionalDataset(JsonNode d, String at) throws DataFormatException {
        if (d == null || d.isNull()) return;
        if (!d.isObject()) throw DataFormatException.atPath(file, at, "expected a dataset object or null");
        JsonNode f = d.get("file");
        if (f == null || f.isNull()) return;
        text(f, at + ".file");
        try {
            Path.of(f.asText());
        } catch (InvalidPathException e) {
            throw DataFormatException.atPath(file, at + ".file", "expected a file path, found '" + f.asText() + "'");
        }
    }

    private JsonNode object(JsonNode parent, String key, String at) throws DataFormatException {
        JsonNode n = parent.get(key);
        if (n == null || !n.isObject()) throw DataFormatException.atPath(file, at + "." + key, "expected an object, found " + kind(n));
        return n;
    }

    private JsonNode array(JsonNode parent, String key, String at, int min) throws DataFormatException {
        JsonNode n = parent.get(key);
        if (n == null || !n.isArray() || n.size() < min)
            throw DataFormatException.atPath(file, at + "." + key, "expected a list" + (min > 0 ? " of at least " + min : "") + ", found " + kind(n));
        return n;
    }

    private void text(JsonNode n, String at) throws DataFormatException {
        if (n == null || !n.isTextual() || n.asText().isEmpty())
            throw DataFormatException.atPath(file, at, "expected non-empty text, found " + kind(n));
    }

    private void integer(JsonNode n, String at) throws DataFormatException {
        if (n == null || !n.canConvertToInt() || !n.isIntegralNumber()) throw DataFormatException.atPath(file, at, "expected an integer, found " + kind(n));
    }

    /** A finite number; NaN too (written as the string "NaN") where a metric can be undefined. */
    private void number(JsonNode n, String at, boolean nanAllowed) throws DataFormatException {
        if (n != null && n.isNumber() && Double.isFinite(n.asDouble())) return;
        if (nanAllowed && n != null && ((n.isTextual() && n.asText().equals("NaN")) || (n.isNumber() && Double.isNaN(n.asDouble())))) return;
        throw DataFormatException.atPath(file, at, "expected a finite number" + (nanAllowed ? " or NaN" : "") + ", found " + kind(n));
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) return "nothing";
        if (n.isNull()) return "null";
        if (n.isObject()) return "an object";
        if (n.isArray()) return "a list of " + n.size();
        String s = n.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}

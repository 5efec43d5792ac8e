package org.activemat.engine.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings the JSON of an older results file to today's shape before it is mapped, so every schema keeps opening with one
 * set of classes. Schema 1 → 2: strategies were names with their parameters in the protocol (diversityClusters,
 * hybridAlpha); the model was Smile's MLP settings; member seeds hashed the strategy's name.
 */
final class SchemaUpgrade {
    private SchemaUpgrade() {}

    static void upgrade(ObjectNode root, int version) {
        if (version < 2 && root.get("settings") instanceof ObjectNode settings) settingsFrom1(settings);
    }

    private static void settingsFrom1(ObjectNode s) {
        JsonNode k = s.remove("diversityClusters"), alpha = s.remove("hybridAlpha");
        if (s.get("strategies") instanceof ArrayNode names) {
            ArrayNode specs = s.arrayNode();
            for (JsonNode n : names) {
                ObjectNode spec = specs.addObject();
                spec.set("name", n);
                ObjectNode params = spec.putObject("params");
                if ("diversity".equals(n.asText()) && k != null) params.set("k", k);
                if ("hybrid".equals(n.asText()) && alpha != null) params.set("alpha", alpha);
            }
            s.set("strategies", specs);
        }
        if (s.get("model") instanceof ObjectNode settings && !settings.has("backend")) {
            ObjectNode model = s.objectNode();
            model.put("backend", org.activemat.engine.model.ModelBackends.SMILE_MLP);
            model.set("settings", settings);
            s.set("model", model);
        }
        s.put("pairing", "PER_STRATEGY");
    }
}

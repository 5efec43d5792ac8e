package org.activemat.engine.io;

import java.util.Map;

/**
 * How a live experiment got its labels: pw.x on a pool of poolSize structures generated for system with poolSeed,
 * each model scored on testSet. The pool is not stored because the same three values regenerate it exactly.
 *
 * @param oracle the DFT settings, as {@code QeSettings.describe()} gives them
 */
public record ExplorationInfo(String system, int poolSize, long poolSeed, DatasetInfo testSet, Map<String, String> oracle) {
    public ExplorationInfo {
        oracle = oracle == null ? Map.of() : Map.copyOf(oracle);
    }
}

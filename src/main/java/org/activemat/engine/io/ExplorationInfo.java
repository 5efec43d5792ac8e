package org.activemat.engine.io;

import java.util.Map;

/**
 * How a live experiment got its labels: pw.x on a pool of poolSize structures, each model scored on testSet. The pool
 * is either generated for system with poolSeed, or the structures of poolFile (the user's own); it is not stored,
 * because the seed or the file gives it back exactly.
 *
 * @param oracle   the DFT settings, as {@code QeSettings.describe()} gives them
 * @param poolFile the file the pool was read from, with its fingerprint; null for a generated pool
 */
public record ExplorationInfo(String system, int poolSize, long poolSeed, DatasetInfo testSet, Map<String, String> oracle,
                              DatasetInfo poolFile) {
    public ExplorationInfo {
        oracle = oracle == null ? Map.of() : Map.copyOf(oracle);
    }

    /** A generated pool. */
    public ExplorationInfo(String system, int poolSize, long poolSeed, DatasetInfo testSet, Map<String, String> oracle) {
        this(system, poolSize, poolSeed, testSet, oracle, null);
    }
}

package org.activemat.cli;

import org.activemat.engine.descriptor.Descriptors;
import picocli.CommandLine.Option;

/** --descriptors SET, as every command that computes features takes it (choices from the descriptor-set registry). */
final class DescriptorOption {
    @Option(names = "--descriptors", defaultValue = Descriptors.DEFAULT, paramLabel = "SET",
            completionCandidates = Candidates.DescriptorSets.class, description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    String name;
}

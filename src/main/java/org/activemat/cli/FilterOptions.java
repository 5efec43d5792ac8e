package org.activemat.cli;

import org.activemat.engine.data.DatasetFilters;
import picocli.CommandLine.Option;

/** The paper's dataset filters as options shared by describe and run. */
final class FilterOptions {
    @Option(names = "--min-sites", paramLabel = "N", defaultValue = "2", description = "smallest number of sites kept (default ${DEFAULT-VALUE})")
    int minSites;

    @Option(names = "--max-sites", paramLabel = "N", defaultValue = "50", description = "largest number of sites kept (default ${DEFAULT-VALUE})")
    int maxSites;

    /** Filter settings for a target (null = no target filter); an impossible range is bad input. */
    DatasetFilters.Settings settings(String target) {
        if (minSites < 1) throw new CliErrors.BadInputException("--min-sites must be at least 1, got " + minSites);
        if (maxSites < minSites)
            throw new CliErrors.BadInputException("--max-sites (" + maxSites + ") must be at least --min-sites (" + minSites + ")");
        return new DatasetFilters.Settings(minSites, maxSites, target, true);
    }
}

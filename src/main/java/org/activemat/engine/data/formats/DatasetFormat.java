package org.activemat.engine.data.formats;

import org.activemat.engine.data.DatasetReader;
import org.activemat.engine.registry.Registry;

import java.util.List;
import java.util.function.Supplier;

/**
 * A registered dataset format: its name, what it holds, the file-name patterns it answers to (for file choosers and
 * messages; a trailing .gz is always accepted too) and its reader, which makes the final decision by name and content.
 */
public record DatasetFormat(String name, String description, List<String> patterns, Supplier<DatasetReader> reader)
        implements Registry.Entry {
    public DatasetFormat {
        patterns = List.copyOf(patterns);
    }
}

package org.activemat.engine.loop;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An immutable list of texts, each made when first read: a pick's explanation (String.format of a few numbers) is
 * formatted only if someone reads it (a results file, the UI), not in every round of a benchmark, where formatting
 * and the JIT's compiling of the formatter cost more than the training of a small round. Safe to share between
 * threads: two threads reading one entry at once may both make it, and get equal strings.
 */
final class LazyTexts extends AbstractList<String> implements RandomAccess {
    private final List<Supplier<String>> makers;
    private final String[] made;

    LazyTexts(List<Supplier<String>> makers) {
        this.makers = List.copyOf(makers);
        made = new String[this.makers.size()];
    }

    @Override public String get(int i) {
        String s = made[i];
        if (s == null) made[i] = s = makers.get(i).get();
        return s;
    }

    @Override public int size() { return made.length; }
}

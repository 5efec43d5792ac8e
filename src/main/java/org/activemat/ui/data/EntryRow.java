package org.activemat.ui.data;

/** One line of the entries table. target is NaN when the entry does not carry the chosen property. */
public record EntryRow(int index, String id, String formula, int sites, double target, String source) {
    /** Case-insensitive match of the quick filter against id, formula and source. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) return true;
        String q = query.strip().toLowerCase(java.util.Locale.ROOT);
        return id.toLowerCase(java.util.Locale.ROOT).contains(q) || formula.toLowerCase(java.util.Locale.ROOT).contains(q)
                || (source != null && source.toLowerCase(java.util.Locale.ROOT).contains(q));
    }
}

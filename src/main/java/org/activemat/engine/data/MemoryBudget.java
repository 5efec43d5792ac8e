package org.activemat.engine.data;

import java.util.Map;

/**
 * The heap a dataset's entries take, estimated as a reader makes them (a little above what they really take), so a
 * dataset too large for this heap is refused with a message, never with an out-of-memory error: in a 1 GB heap the
 * entries may take about 400 MB, the rest being left to parsing and to the program. A larger heap (-Xmx) reads more.
 */
public final class MemoryBudget {
    /** Share of the maximum heap that the entries of one dataset may take. */
    static final double SHARE_OF_HEAP = 0.4;

    private final long limit;
    private long used;

    public MemoryBudget() { this((long) (Runtime.getRuntime().maxMemory() * SHARE_OF_HEAP)); }

    MemoryBudget(long limit) { this.limit = limit; }

    /** Counts e; the problem to report once the entries read so far no longer fit, else null. */
    public String add(Entry e) { return add(estimate(e)); }

    /** Counts bytes a reader is about to need (e.g. for a row it has not made into an entry yet); as add(Entry). */
    public String add(long bytes) {
        used += bytes;
        if (used <= limit) return null;
        return String.format(java.util.Locale.ROOT, "the entries up to here need more than the %d MB this %d MB heap leaves "
                + "for a dataset; run with a larger heap (java -Xmx…) or split the file", limit >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Bytes: measured about 900 for a composition-only entry and 1300 for a one-site structure, plus per site and value. */
    static long estimate(Entry e) {
        long b = 1000 + text(e.id());
        if (e.hasStructure()) b += 400 + 64L * e.structure().size();
        b += 100L * e.properties().size();
        for (double[][] a : e.siteArrays().values()) b += 64L * a.length + 64;
        for (Map.Entry<String, String> i : e.info().entrySet()) b += 60 + text(i.getKey()) + text(i.getValue());
        return b;
    }

    private static long text(String s) { return 48 + 2L * s.length(); }
}

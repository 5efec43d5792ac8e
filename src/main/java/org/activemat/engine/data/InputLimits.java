package org.activemat.engine.data;

/**
 * Sizes past which the readers refuse input instead of reading on, so that a hostile or mistaken file (a decompression
 * bomb, a line without an end, a count of two billion atoms) gives one clear message, never an out-of-memory error:
 * with these limits every reader works in a 1 GB heap. A size a file claims is checked against them before anything is
 * allocated for it. How many entries fit is for {@link MemoryBudget} to say, by the heap they take.
 */
public final class InputLimits {
    private InputLimits() {}

    /** Bytes of a data file's content after decompression; -Dactivemat.maxInputBytes raises it for a bigger heap. */
    public static final long MAX_BYTES = Long.getLong("activemat.maxInputBytes", 256L << 20);

    /** Characters in one line (or one CSV record); the widest real lines (ASE comment lines, feature tables) are far shorter. */
    public static final int MAX_LINE_CHARS = 1 << 20;

    /** Sites of one structure; the descriptors and filters are made for crystals of a few to a few hundred sites. */
    public static final int MAX_SITES = 1_000_000;

    /** "256 MiB" for messages. */
    public static String describe(long bytes) {
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }
}

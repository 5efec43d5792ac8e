package org.activemat.engine.loop;

import java.nio.charset.StandardCharsets;

/**
 * Derives independent RNG seeds from (seed, strategy, round, member, purpose) by hashing, so every random number in a
 * run depends only on what it is for — never on shared state, thread count or scheduling order.
 */
public final class Seeds {
    private Seeds() {}

    public static long derive(long seed, Object... parts) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (Object p : parts) {
            if (p instanceof Number n) h = mix(h ^ n.longValue() * 0xBF58476D1CE4E5B9L);
            else for (byte b : String.valueOf(p).getBytes(StandardCharsets.UTF_8)) h = mix(h ^ (b & 0xff));
            h = mix(h + 0x632BE59BD9B4E019L); // separator, so ("ab","c") ≠ ("a","bc")
        }
        return h;
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

package org.activemat.engine.loop;

/**
 * How the random numbers of the runs of one seed relate across strategies. With {@link #SHARED} (common random numbers)
 * every strategy of a seed trains round r with the same member seeds, so round 0 is identical across strategies and
 * every later difference comes from the picks alone; {@link #PER_STRATEGY} also hashed the strategy's name into the
 * member seeds (results files of schema 1), which adds training noise as large as the effects under test.
 */
public enum Pairing {
    SHARED, PER_STRATEGY;

    /** The seed of ensemble member m in round r of a run. */
    public long memberSeed(int seed, String strategy, int round, int member) {
        return this == SHARED ? Seeds.derive(seed, "member", round, member) : Seeds.derive(seed, strategy, round, member);
    }
}

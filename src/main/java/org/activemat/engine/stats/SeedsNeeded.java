package org.activemat.engine.stats;

import java.util.OptionalInt;

/**
 * How many seeds a paired comparison needs to detect a true mean difference δ (in %) with 80 % power at two-sided
 * α = 0.05, given the std s_d of the paired differences (in %):
 * <pre>  n = ⌈((z_{0.975} + z_{0.8})·s_d/δ)²⌉, at least 2</pre>
 * the normal approximation of the paired t-test's power (it slightly underestimates below ~10 seeds, where the
 * t distribution's heavier tails cost one or two more). The floor of 2 is the least that gives an interval.
 */
public final class SeedsNeeded {
    private SeedsNeeded() {}

    /** z_{0.975} and z_{0.8} (scipy.stats.norm.ppf). */
    public static final double Z_975 = 1.959963984540054, Z_80 = 0.8416212335729143;

    /** Empty when s_d is unknown (NaN: fewer than 2 seeds); at most Integer.MAX_VALUE. */
    public static OptionalInt of(double sd, double delta) {
        if (!(delta > 0) || Double.isInfinite(delta)) throw new IllegalArgumentException("δ must be a positive finite %, got " + delta);
        if (Double.isNaN(sd)) return OptionalInt.empty();
        if (sd < 0) throw new IllegalArgumentException("a standard deviation cannot be negative: " + sd);
        double n = Math.ceil(Math.pow((Z_975 + Z_80) * sd / delta, 2));
        return OptionalInt.of((int) Math.max(2, Math.min(Integer.MAX_VALUE, n)));
    }
}

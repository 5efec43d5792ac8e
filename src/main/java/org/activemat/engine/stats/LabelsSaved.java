package org.activemat.engine.stats;

import java.util.Arrays;
import java.util.Random;

/**
 * Labels saved against the baseline, with a paired bootstrap interval over seeds.
 * <p>
 * Point: the definition of {@link StrategyComparison#labelsSavedPercent}: the smallest label count L* at which the
 * strategy's mean curve (mean MAE over seeds, per round) reaches the baseline's final mean MAE, by linear
 * interpolation between rounds; saved = 100·(L_last − L*)/L_last. NaN ("never") when the curve never reaches it:
 * the strategy would need more labels than were spent, a negative saving that cannot be measured.
 * <p>
 * Interval: B resamples of the n seeds with replacement, the same resampled seeds for both strategies (the runs
 * pair by seed); each resample recomputes both mean curves and the saving. A resample that never reaches counts
 * as −∞ (below every measurable saving, i.e. "< 0"), so the percentile interval stays defined: low and high are the
 * order statistics of rank ⌈0.025·B⌉ and ⌈0.975·B⌉. low is −∞ when at least 2.5 % of resamples never reach, high
 * too when at least 97.5 % never do; neverShare says how many did. The random generator is java.util.Random, whose
 * sequence the Java specification fixes, so a seed gives the same interval on every machine. Fewer than 2 seeds:
 * no interval (low, high, neverShare NaN, resamples 0).
 */
public record LabelsSaved(double percent, double low, double high, double neverShare, int seeds, int resamples) {

    public static final int RESAMPLES = 2000;
    public static final long SEED = 14;

    /** The point estimate: rows of mae[seed][round] paired by seed, all on the schedule labelled. */
    public static double point(int[] labelled, double[][] strategyMae, double[][] baselineMae) {
        check(labelled, strategyMae, baselineMae);
        if (strategyMae.length == 0) return Double.NaN;
        int[] all = new int[strategyMae.length];
        Arrays.setAll(all, i -> i);
        return saved(labelled, strategyMae, baselineMae, all);
    }

    /** With the default B = 2000 resamples and the fixed seed. */
    public static LabelsSaved of(int[] labelled, double[][] strategyMae, double[][] baselineMae) {
        return of(labelled, strategyMae, baselineMae, RESAMPLES, SEED);
    }

    public static LabelsSaved of(int[] labelled, double[][] strategyMae, double[][] baselineMae, int resamples, long seed) {
        if (resamples < 1) throw new IllegalArgumentException("at least one bootstrap resample is needed, got " + resamples);
        double point = point(labelled, strategyMae, baselineMae);
        int n = strategyMae.length;
        if (n < 2) return new LabelsSaved(point, Double.NaN, Double.NaN, Double.NaN, n, 0);
        Random random = new Random(seed);
        double[] boot = new double[resamples];
        int[] pick = new int[n];
        int never = 0;
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) pick[i] = random.nextInt(n);
            double s = saved(labelled, strategyMae, baselineMae, pick);
            if (Double.isNaN(s)) { s = Double.NEGATIVE_INFINITY; never++; }
            boot[b] = s;
        }
        Arrays.sort(boot);
        // ranks ⌈0.025·B⌉ and ⌈0.975·B⌉ in integers, so no rounding of 0.025·B can move them
        int lowRank = Math.max(1, (25 * resamples + 999) / 1000), highRank = Math.max(1, (975 * resamples + 999) / 1000);
        return new LabelsSaved(point, boot[lowRank - 1], boot[highRank - 1], (double) never / resamples, n, resamples);
    }

    /** False when the mean curve never reaches the baseline's final MAE (or there are no seeds). */
    public boolean reached() { return !Double.isNaN(percent); }

    public boolean hasInterval() { return resamples > 0; }

    /** E.g. "12.3 % (95 % CI < 0 … 20.0 %)", "never (95 % CI < 0 … 4.1 %)", "8.0 % (1 seed, no interval)". */
    public String describe() {
        String p = reached() ? Wording.unsigned(percent) + " %" : "never";
        if (seeds == 0) return "no paired seeds";
        if (!hasInterval()) return p + " (1 seed, no interval)";
        return p + " (95 % CI " + bound(low) + " … " + bound(high) + " %)";
    }

    private static String bound(double v) {
        return v == Double.NEGATIVE_INFINITY ? "< 0" : Wording.unsigned(v);
    }

    /** The saving of the mean curves over the seed rows in pick (with repeats). */
    private static double saved(int[] labelled, double[][] strategyMae, double[][] baselineMae, int[] pick) {
        int rounds = labelled.length;
        double[] curve = new double[rounds];
        double target = 0;
        for (int i : pick) {
            for (int r = 0; r < rounds; r++) curve[r] += strategyMae[i][r];
            target += baselineMae[i][rounds - 1];
        }
        for (int r = 0; r < rounds; r++) curve[r] /= pick.length;
        return StrategyComparison.labelsSavedPercent(labelled, curve, target / pick.length);
    }

    private static void check(int[] labelled, double[][] strategyMae, double[][] baselineMae) {
        if (labelled.length == 0) throw new IllegalArgumentException("a curve needs at least one round");
        if (strategyMae.length != baselineMae.length) throw new IllegalArgumentException("strategy and baseline have different numbers of seeds");
        for (double[][] rows : new double[][][]{strategyMae, baselineMae})
            for (double[] row : rows)
                if (row.length != labelled.length)
                    throw new IllegalArgumentException("a run has " + row.length + " rounds, the schedule " + labelled.length);
    }
}

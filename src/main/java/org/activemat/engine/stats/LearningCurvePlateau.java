package org.activemat.engine.stats;

/**
 * Stop when the learning curve, estimated without the test set, has flattened: at round r, the mean held-out error of
 * the last {@code window} rounds that have one is compared with the mean of the {@code window} before them; stop when
 * it improved by less than {@code minImprovement} (relative). Means over a window smooth the noise of a batch of a few
 * labels; two disjoint windows compare errors measured on different labels. Needs 2 × window estimates, so it can first
 * fire at round 2·window (prequential errors start at round 1).
 */
public record LearningCurvePlateau(int window, double minImprovement) implements StoppingRule {
    public LearningCurvePlateau {
        if (window < 1) throw new IllegalArgumentException("the plateau window must be at least 1 round (got " + window + ")");
    }

    @Override public String name() { return "plateau"; }

    @Override public String describe(String unit) {
        return String.format(java.util.Locale.ROOT, "held-out MAE improves < %.0f %% over %d round%s", 100 * minImprovement, window,
                window == 1 ? "" : "s");
    }

    @Override public boolean applies(Signals run) { return StoppingRule.anyFinite(run.heldOutError()); }

    @Override public int stopRound(Signals run) {
        double[] e = run.heldOutError();
        int[] known = new int[e.length];   // the rounds that have an estimate, in order
        int n = 0;
        for (int r = 0; r < e.length; r++) {
            if (!Double.isFinite(e[r])) continue;
            known[n++] = r;
            if (n < 2 * window) continue;
            double now = 0, before = 0;
            for (int k = 0; k < window; k++) {
                now += e[known[n - 1 - k]];
                before += e[known[n - 1 - window - k]];
            }
            if (before > 0 && (before - now) / before < minImprovement) return r;
        }
        return -1;
    }
}

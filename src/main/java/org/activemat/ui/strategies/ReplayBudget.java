package org.activemat.ui.strategies;

import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.TrainingCost;
import org.activemat.ui.common.EtaEstimator;

import java.time.Duration;

/**
 * What a replayed experiment will use and roughly cost, as the form says it before Run: the split, the labels per run,
 * the runs, and, as a live run gets its pw.x time, an "≈" training time from the engine's estimate.
 */
final class ReplayBudget {
    private ReplayBudget() {}

    /** plan: the form's plan when it can run (null: no estimate of a plan that cannot). */
    static String text(int entries, int pool, int needed, int rounds, int runs, ExperimentPlan plan) {
        return String.format("%d entries → test set %d, training pool %d; labels used per run: %d (%d rounds of training); "
                        + "%d runs in total%s.", entries, entries - pool, pool, needed,
                rounds, runs, plan == null ? "" : trainingTime(plan));
    }

    /** "; training ≈ 2 min on 2 threads (…)": rough, from the backend's measured cost per sample-epoch. */
    static String trainingTime(ExperimentPlan plan) {
        var s = TrainingCost.seconds(plan, TrainingCost.DEFAULT_FEATURES);
        if (s.isEmpty()) return "";
        double sec = s.getAsDouble();
        String t = sec < 60 ? Math.max(1, Math.round(sec)) + " s" : EtaEstimator.formatRough(Duration.ofSeconds(Math.round(sec)));
        return String.format("; training ≈ %s on %d threads (estimate from %s's measured cost per sample-epoch)",
                t, plan.threads(), plan.model().backend());
    }
}

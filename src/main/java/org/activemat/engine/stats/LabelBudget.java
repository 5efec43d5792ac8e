package org.activemat.engine.stats;

/** Stop once the labels reach a budget: the baseline every other rule is compared with (and what a grant dictates). */
public record LabelBudget(int budget) implements StoppingRule {
    @Override public String name() { return "budget"; }

    @Override public String describe(String unit) { return "stop at " + budget + " labels"; }

    @Override public int stopRound(Signals run) {
        for (int r = 0; r < run.rounds(); r++) if (run.labels()[r] >= budget) return r;
        return -1;
    }
}

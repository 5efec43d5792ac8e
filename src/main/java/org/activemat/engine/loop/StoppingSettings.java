package org.activemat.engine.loop;

import org.activemat.engine.stats.LabelBudget;
import org.activemat.engine.stats.LearningCurvePlateau;
import org.activemat.engine.stats.PredictedErrorThreshold;
import org.activemat.engine.stats.StoppingRule;

import java.util.ArrayList;
import java.util.List;

/**
 * The stopping rules a run is judged by (after the fact: the loop always runs its whole schedule, and the summary says
 * where each rule would have stopped).
 *
 * @param budget         labels of the budget rule; 0 = the schedule's last count
 * @param window         rounds per window of the plateau rule
 * @param minImprovement relative improvement of the held-out error below which the plateau rule stops (0.05 = 5 %)
 * @param maxSigma       predicted-error threshold in the target's unit; 0 = automatic (see PredictedErrorThreshold)
 */
public record StoppingSettings(int budget, int window, double minImprovement, double maxSigma) {
    public static final StoppingSettings DEFAULT = new StoppingSettings(0, 2, 0.05, 0);

    public StoppingSettings {
        if (window == 0) window = DEFAULT.window;   // files written before the setting existed
        if (minImprovement == 0) minImprovement = DEFAULT.minImprovement;
    }

    /** The three rules, the budget resolved against the plan's schedule. */
    public List<StoppingRule> rules(ExperimentPlan plan) {
        return List.of(new LabelBudget(budget > 0 ? budget : plan.labelsNeeded()), new LearningCurvePlateau(window, minImprovement),
                new PredictedErrorThreshold(maxSigma));
    }

    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (budget < 0) p.add("the label budget must not be negative (got " + budget + ")");
        if (window < 1) p.add("the plateau window must be at least 1 round (got " + window + ")");
        if (!(minImprovement > 0 && minImprovement < 1)) p.add("the plateau threshold must be between 0 and 1 (got " + minImprovement + ")");
        if (maxSigma < 0 || Double.isNaN(maxSigma)) p.add("the predicted-error threshold must be 0 (automatic) or positive (got " + maxSigma + ")");
        return p;
    }
}

package org.activemat.cli;

import org.activemat.engine.loop.ExperimentPlan;
import org.activemat.engine.loop.Recalibration;
import org.activemat.engine.loop.StoppingSettings;
import picocli.CommandLine.Option;

import java.util.Locale;

/** How the spread is recalibrated without the test set, and the stopping rules the summary judges the runs by. */
final class CalibrationOptions {
    @Option(names = "--recalibration", paramLabel = "METHOD",
            description = "recalibrate the ensemble's σ without the test set: off, scale (σ × s with held-out z-scores' RMS = 1), "
                    + "isotonic (|residual| on σ) (default scale)")
    String method;

    @Option(names = "--calibration-residuals", paramLabel = "SOURCE",
            description = "held-out residuals for recalibration and the plateau rule: prequential (the previous round's "
                    + "predictions of each new batch; no extra training) or cv (k-fold on the labelled set; k more trainings "
                    + "per round) (default prequential)")
    String residuals;

    @Option(names = "--cv-folds", paramLabel = "K", description = "folds of --calibration-residuals cv (default 5)")
    Integer folds;

    @Option(names = "--stop-budget", paramLabel = "N", description = "label budget of the budget stopping rule (default: the schedule's total)")
    Integer budget;

    @Option(names = "--stop-window", paramLabel = "W", description = "rounds per window of the plateau stopping rule (default 2)")
    Integer window;

    @Option(names = "--stop-improvement", paramLabel = "F",
            description = "plateau rule: stop when the held-out MAE of the last W rounds improved on the W before by less than F (default 0.05)")
    Double improvement;

    @Option(names = "--stop-sigma", paramLabel = "X",
            description = "predicted-error rule: stop when the mean calibrated σ of the pool falls below X, in the target's unit "
                    + "(default: 0.3 × the std of the initial labels)")
    Double sigma;

    ExperimentPlan apply(ExperimentPlan p) {
        // the settings read 0 as "the default"; typed on the command line it is a mistake, not a request for the default
        if (folds != null && folds < 2) throw new CliErrors.BadInputException("--cv-folds must be at least 2, got " + folds);
        if (window != null && window < 1) throw new CliErrors.BadInputException("--stop-window must be at least 1, got " + window);
        Recalibration r = p.recalibration();
        Recalibration.Method m = method == null ? r.method() : parse(Recalibration.Method.class, method, "--recalibration", "off, scale, isotonic");
        Recalibration.Residuals res = residuals == null ? r.residuals()
                : parse(Recalibration.Residuals.class, residuals.equalsIgnoreCase("cv") ? "cross_validation" : residuals,
                "--calibration-residuals", "prequential, cv");
        p = p.withRecalibration(new Recalibration(m, res, folds == null ? r.folds() : folds));
        StoppingSettings s = p.stopping();
        return p.withStopping(new StoppingSettings(budget == null ? s.budget() : budget, window == null ? s.window() : window,
                improvement == null ? s.minImprovement() : improvement, sigma == null ? s.maxSigma() : sigma));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String option, String choices) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CliErrors.BadInputException(option + " " + value + ": expected one of " + choices);
        }
    }
}

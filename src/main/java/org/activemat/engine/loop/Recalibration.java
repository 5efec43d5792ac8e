package org.activemat.engine.loop;

import java.util.ArrayList;
import java.util.List;

/**
 * How a run recalibrates its ensemble's spread without the test set, and where the held-out residuals come from.
 *
 * <p>{@link Residuals#PREQUENTIAL} (the default) uses what the loop has anyway: before a batch is trained on, the
 * previous round's model predicted it (mean and σ); once labelled, those are honest held-out residuals. They cost no
 * training at all, and pooled over the rounds so far they give tens of residuals. Their bias: the batch is the
 * strategy's pick, not a random draw (uncertainty sampling picks where σ is large), and the model that predicted it had
 * one batch fewer. {@link Residuals#CROSS_VALIDATION} trains {@code folds} extra ensembles per round on the labelled set
 * minus one fold each and predicts the fold: residuals on every label, from models like this round's, at
 * {@code folds}× the training cost (see README for the measured cost).
 *
 * @param method    off, a scale factor on σ, or isotonic regression of |residual| on σ (see SpreadCalibration)
 * @param residuals prequential (free) or k-fold cross-validation on the labelled set
 * @param folds     k for cross-validation (ignored for prequential)
 */
public record Recalibration(Method method, Residuals residuals, int folds) {
    public enum Method { OFF, SCALE, ISOTONIC }

    public enum Residuals { PREQUENTIAL, CROSS_VALIDATION }

    public static final Recalibration DEFAULT = new Recalibration(Method.SCALE, Residuals.PREQUENTIAL, 5);

    public Recalibration {
        if (method == null) method = DEFAULT.method;
        if (residuals == null) residuals = DEFAULT.residuals;
        if (folds == 0) folds = DEFAULT.folds;   // files written before the setting existed
    }

    /** The choices a form offers: the default first, then off, scale or isotonic on either kind of residuals. */
    public static List<Recalibration> choices() {
        List<Recalibration> all = new ArrayList<>(List.of(DEFAULT));
        for (Residuals r : Residuals.values())
            for (Method m : Method.values()) {
                Recalibration c = new Recalibration(m, r, DEFAULT.folds);
                if (!all.contains(c) && (m != Method.OFF || r == Residuals.PREQUENTIAL)) all.add(c);
            }
        return all;
    }

    public boolean crossValidated() { return residuals == Residuals.CROSS_VALIDATION; }

    /** Extra ensembles trained per round: folds with cross-validation, none otherwise. */
    public int extraEnsemblesPerRound() { return crossValidated() ? folds : 0; }

    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (crossValidated() && folds < 2) p.add("cross-validation needs at least 2 folds (got " + folds + ")");
        return p;
    }

    /** Where the held-out MAE of the plateau rule comes from, in words. */
    public String heldOutInWords() {
        return crossValidated() ? folds + "-fold cross-validation on each round's labels"
                : "each new batch as the previous round's model predicted it, before training on it (prequential)";
    }

    /** "scale, prequential residuals" / "isotonic, 5-fold cross-validation" / "off". */
    public String describe() {
        if (method == Method.OFF && !crossValidated()) return "off";
        String how = crossValidated() ? folds + "-fold cross-validation" : "prequential residuals";
        return method.name().toLowerCase(java.util.Locale.ROOT) + ", " + how;
    }
}

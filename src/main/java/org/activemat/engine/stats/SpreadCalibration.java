package org.activemat.engine.stats;

/**
 * A map from an ensemble's raw spread σ to a calibrated one, fitted on residuals the model did not train on (never on
 * the test set). Two kinds:
 * <ul>
 * <li>{@code scale}: σ' = s·σ with s = √(mean z²), z = residual/σ — the s that makes the held-out z-scores' RMS 1,
 * which is also the maximum-likelihood s for Gaussian errors. Chosen over the alternative "95 % quantile" rule
 * (s = q₀.₉₅(|z|)/2) because a mean of squares over the few dozen held-out residuals of a round is far steadier than
 * their 95th percentile (two or three points); for heavy-tailed errors it widens the spread a little more.</li>
 * <li>{@code isotonic}: a non-decreasing fit of |residual| on σ by pool-adjacent-violators ({@link Isotonic}), which
 * estimates E|error| for a given σ; σ' = fit(σ)·√(π/2), the σ of a Gaussian with that mean absolute error. It can
 * bend where the committee is overconfident only at small or only at large σ, but needs more residuals.</li>
 * </ul>
 * Both maps are monotone in σ, so they never reorder candidates by uncertainty (a scale factor keeps every top-k).
 *
 * @param kind      "scale" or "isotonic"
 * @param scale     s for "scale"; for "isotonic", the RMS-z scale of the same residuals (for comparison)
 * @param knotSigma isotonic knots (raw σ), empty for "scale"
 * @param knotError isotonic fitted E|error| at the knots, empty for "scale"
 * @param residuals how many held-out residuals it was fitted on
 */
public record SpreadCalibration(String kind, double scale, double[] knotSigma, double[] knotError, int residuals) {
    public static final String SCALE = "scale", ISOTONIC = "isotonic";
    private static final double GAUSSIAN_MEAN_ABS_TO_SIGMA = Math.sqrt(Math.PI / 2);

    public SpreadCalibration {
        if (knotSigma == null) knotSigma = new double[0];
        if (knotError == null) knotError = new double[0];
    }

    /** s = √(mean (r/σ)²) over the pairs with σ > 0 and both finite; null when there are none. */
    public static SpreadCalibration scale(double[] residual, double[] sigma) {
        double[] z2 = usable(residual, sigma);
        if (z2.length == 0) return null;
        double sum = 0;
        for (double v : z2) sum += v;   // fixed order: the same bits on every machine
        return new SpreadCalibration(SCALE, Math.sqrt(sum / z2.length), null, null, z2.length);
    }

    /** Isotonic |r| on σ over the same pairs as scale(); null when there are none. */
    public static SpreadCalibration isotonic(double[] residual, double[] sigma) {
        SpreadCalibration s = scale(residual, sigma);
        if (s == null) return null;
        double[] x = new double[s.residuals()], y = new double[s.residuals()];
        for (int i = 0, k = 0; i < residual.length; i++)
            if (usable(residual[i], sigma[i])) { x[k] = sigma[i]; y[k++] = Math.abs(residual[i]); }
        Isotonic fit = Isotonic.fit(x, y);
        return new SpreadCalibration(ISOTONIC, s.scale(), fit.x(), fit.y(), s.residuals());
    }

    /** The calibrated σ of one raw σ. */
    public double sigma(double raw) {
        if (!ISOTONIC.equals(kind)) return scale * raw;
        return new Isotonic(knotSigma, knotError).at(raw) * GAUSSIAN_MEAN_ABS_TO_SIGMA;
    }

    /** The calibrated σ of every raw σ. */
    public double[] apply(double[] raw) {
        double[] out = new double[raw.length];
        if (ISOTONIC.equals(kind)) {
            Isotonic fit = new Isotonic(knotSigma, knotError);
            for (int i = 0; i < raw.length; i++) out[i] = fit.at(raw[i]) * GAUSSIAN_MEAN_ABS_TO_SIGMA;
        } else for (int i = 0; i < raw.length; i++) out[i] = scale * raw[i];
        return out;
    }

    /** "×6.1 (75 residuals)" or "isotonic (75 residuals; RMS-z scale ×6.1)". */
    public String describe() {
        String s = String.format(java.util.Locale.ROOT, "×%.2g", scale);
        return ISOTONIC.equals(kind) ? "isotonic (" + residuals + " residuals; RMS-z scale " + s + ")" : s + " (" + residuals + " residuals)";
    }

    private static boolean usable(double r, double sigma) {
        return Double.isFinite(r) && Double.isFinite(sigma) && sigma > 0;
    }

    private static double[] usable(double[] residual, double[] sigma) {
        if (residual.length != sigma.length) throw new IllegalArgumentException("residuals and sigmas differ in length");
        int n = 0;
        for (int i = 0; i < residual.length; i++) if (usable(residual[i], sigma[i])) n++;
        double[] z2 = new double[n];
        for (int i = 0, k = 0; i < residual.length; i++)
            if (usable(residual[i], sigma[i])) { double z = residual[i] / sigma[i]; z2[k++] = z * z; }
        return z2;
    }
}

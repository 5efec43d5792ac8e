package org.activemat.ui.run;

/** The test metric a learning-curve chart shows: every round stores all three (engine Metrics). */
public enum CurveMetric {
    MAE("MAE", true), RMSE("RMSE", true), R2("R²", false);

    private final String label;
    private final boolean hasUnit;

    CurveMetric(String label, boolean hasUnit) {
        this.label = label;
        this.hasUnit = hasUnit;
    }

    public String label() { return label; }

    /** MAE and RMSE are in the target's unit; R² has none. */
    public boolean hasUnit() { return hasUnit; }

    /** A log axis shows errors (always > 0); R² can be ≤ 0, so it stays linear. */
    public boolean allowsLog() { return this != R2; }

    public double[] mean(CurveSeries c) {
        return switch (this) { case MAE -> c.maeMean(); case RMSE -> c.rmseMean(); case R2 -> c.r2Mean(); };
    }

    public double[] std(CurveSeries c) {
        return switch (this) { case MAE -> c.maeStd(); case RMSE -> c.rmseStd(); case R2 -> c.r2Std(); };
    }

    @Override public String toString() { return label; }
}

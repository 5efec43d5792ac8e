package org.activemat.ui.results;

import org.activemat.engine.loop.LabelCost;

/**
 * One line of the results table: how a strategy did, and how it compares with random, paired by seed (vsBaseline and
 * labelsSaved in words, "—" for random itself; NaN where undefined); cost is the DFT time of its labels, null when the
 * data does not record it. The calibration figures come twice: for the raw spread and recalibrated without the test set
 * (NaN when the runs recorded no recalibration).
 */
public record StrategyRow(String strategy, double finalMae, double finalMaeStd, double finalRmse, double finalR2,
                          String vsBaseline, double holmP, double dz, String labelsSaved, double spearman, double within2Sigma,
                          double widening95, double within2SigmaRecalibrated, double widening95Recalibrated, int seeds, LabelCost cost) {
    /** "0.0745 ± 0.0082", or the mean alone for one seed (no spread to show). */
    public String finalMaeText() {
        return seeds > 1 ? String.format(java.util.Locale.ROOT, "%.4g ± %.2g", finalMae, finalMaeStd)
                : String.format(java.util.Locale.ROOT, "%.4g", finalMae);
    }

    /** "30→95": the share of test errors within 2σ, in %, raw and recalibrated ("—" where absent). */
    public String within2SigmaText() {
        return percent(within2Sigma) + "→" + percent(within2SigmaRecalibrated);
    }

    /** "×6.3→×0.9": how much wider σ must be for 95 % of the test errors, raw and recalibrated. */
    public String widening95Text() {
        return factor(widening95) + "→" + factor(widening95Recalibrated);
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "—" : String.format(java.util.Locale.ROOT, "%.0f", 100 * v);
    }

    static String factor(double v) {
        return Double.isNaN(v) ? "—" : Double.isInfinite(v) ? "∞" : String.format(java.util.Locale.ROOT, "×%.1f", v);
    }
}

package org.activemat.ui.results;

import org.activemat.engine.loop.LabelCost;

/**
 * One line of the results table: how a strategy did, and how it compares with random, paired by seed (vsBaseline and
 * labelsSaved in words, "—" for random itself; NaN where undefined); cost is the DFT time of its labels, null when the
 * data does not record it.
 */
public record StrategyRow(String strategy, double finalMae, double finalMaeStd, double finalRmse, double finalR2,
                          String vsBaseline, double holmP, double dz, String labelsSaved, double spearman, double within2Sigma,
                          double widening95, int seeds, LabelCost cost) {
    /** "0.0745 ± 0.0082", or the mean alone for one seed (no spread to show). */
    public String finalMaeText() {
        return seeds > 1 ? String.format(java.util.Locale.ROOT, "%.4g ± %.2g", finalMae, finalMaeStd)
                : String.format(java.util.Locale.ROOT, "%.4g", finalMae);
    }
}

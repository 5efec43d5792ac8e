package org.activemat.ui.results;

import org.activemat.engine.loop.LabelCost;

/**
 * One line of the results table: how a strategy did, and how it compares with random (NaN where undefined); cost is
 * the DFT time of its labels, null when the data does not record it.
 */
public record StrategyRow(String strategy, double finalMae, double finalMaeStd, double finalRmse, double finalR2,
                          double improvementPercent, double pValue, double labelsSavedPercent, double spearman, double within2Sigma, double widening95, int seeds,
                          LabelCost cost) {}

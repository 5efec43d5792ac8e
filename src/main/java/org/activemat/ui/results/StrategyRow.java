package org.activemat.ui.results;

/** One line of the results table: how a strategy did, and how it compares with random (NaN where undefined). */
public record StrategyRow(String strategy, double finalMae, double finalMaeStd, double finalRmse, double finalR2,
                          double improvementPercent, double pValue, double labelsSavedPercent, double spearman, int seeds) {}

package org.activemat.engine.loop;

import org.activemat.engine.stats.SpreadCalibration;

/**
 * What one round knew about its model's error without the test set, recorded so the summary can judge stopping rules
 * and recalibration from the results file alone.
 *
 * @param heldOut         residuals behind heldOutMae: this round's new batch (prequential) or every label (CV)
 * @param heldOutMae      prequential: the MAE of the previous round's model on the batch labelled for this round,
 *                        before it was trained on; cross-validation: the k-fold MAE on this round's labels. NaN at
 *                        round 0 with prequential residuals (nothing predicted yet)
 * @param poolSigma       mean raw ensemble σ over the unlabelled pool
 * @param poolSigmaCalibrated mean calibrated σ over the unlabelled pool; NaN without a calibration
 * @param labelStd        std of the labels this round trained on (the target's scale)
 * @param calibration     the spread map fitted on the residuals known at this round; null when off or none yet
 */
public record RoundEstimates(int heldOut, double heldOutMae, double poolSigma, double poolSigmaCalibrated, double labelStd,
                             SpreadCalibration calibration) {}

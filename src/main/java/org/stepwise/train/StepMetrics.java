package org.stepwise.train;

/**
 * What one training step measured. Made on the training thread, read anywhere.
 *
 * @param step the step's index from 0; step 374 is the last of section 1 at 375 steps per section
 * @param section the section the step belongs to, from 1
 * @param learningRate the rate the step used
 * @param batchLoss the mean loss over the step's mini-batch, before the update
 * @param trainAccuracy the share of training images read right so far in this
 *     section (restarts at each section), 0..1
 * @param testAccuracy the share of the step's random test sample (50 images by
 *     default) read right after the update, 0..1; NaN when the sample size is 0
 * @param testLoss the mean loss over that test sample; NaN when the sample size is 0
 * @param fullTestAccuracy the share of the whole test set read right, measured
 *     only at the last step of a section; NaN at every other step
 */
public record StepMetrics(int step, int section, double learningRate, double batchLoss,
        double trainAccuracy, double testAccuracy, double testLoss, double fullTestAccuracy) {

    /** True at a section's last step, where the whole test set was measured. */
    public boolean hasFullTestAccuracy() {
        return !Double.isNaN(fullTestAccuracy);
    }
}

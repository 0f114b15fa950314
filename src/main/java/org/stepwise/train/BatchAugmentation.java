package org.stepwise.train;

import org.stepwise.network.DenseMatrix;

/**
 * Changes a training mini-batch's images in place, after they are copied from
 * the training set and before the forward pass: the seam for data
 * augmentation. Test images are never augmented.
 *
 * <p>Called by the {@link Trainer} once per step, on the training thread. An
 * implementation draws its randomness from its own seeded stream, so that a
 * run still repeats exactly.
 */
@FunctionalInterface
public interface BatchAugmentation {

    /** Leaves every image as it is: the trainer's default. */
    BatchAugmentation NONE = (images, labels) -> { };

    /**
     * @param images the batch as the trainer lays it out, batchSize x inputs
     *               (B x 784 for MNIST), one row per image, pixels 0..1;
     *               changed in place
     * @param labels the digit of each row; must not change
     */
    void augment(DenseMatrix images, int[] labels);
}

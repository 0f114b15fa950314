package org.stepwise.train;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.stepwise.data.DigitAugmenter;
import org.stepwise.data.MnistDataset;
import org.stepwise.network.DenseMatrix;

/**
 * Replaces each training image, with a set probability, by a fresh varied
 * copy from {@link DigitAugmenter}: new copies every step, none stored. The
 * rest stay as MNIST drew them, which keeps the network sharp on MNIST's own
 * test set.
 *
 * <p>Randomness comes from one stream seeded in the constructor: each step
 * draws, in column order, whether each image is copied and a seed for its
 * copy, so a run with the same seeds repeats exactly. The copies of one batch
 * are then made on all cores, since making them costs about as much as the
 * training step itself. Not thread-safe: one trainer uses it.
 */
public final class DigitAugmentation implements BatchAugmentation {

    private final DigitAugmenter augmenter;
    private final double originalShare;
    private final long seed;
    private final SplittableRandom random;

    /**
     * @param settings      how far copies may stray
     * @param originalShare the probability, 0..1, that an image is left as it is
     * @param seed          the seed of the augmentation's random stream
     * @throws IllegalArgumentException if the share is outside 0..1
     */
    public DigitAugmentation(DigitAugmenter.Settings settings, double originalShare, long seed) {
        if (!(originalShare >= 0.0 && originalShare <= 1.0)) {
            throw new IllegalArgumentException("the share of original images must be in 0..1, got "
                    + originalShare);
        }
        this.augmenter = new DigitAugmenter(settings);
        this.originalShare = originalShare;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void augment(DenseMatrix images, int[] labels) {
        if (images.getColumnDimension() != MnistDataset.PIXEL_COUNT) {
            throw new IllegalArgumentException("augmentation needs 28x28 images, one per row of "
                    + MnistDataset.PIXEL_COUNT + " pixels, but the batch's rows have "
                    + images.getColumnDimension());
        }
        double[] batch = images.data();
        int rows = images.getRowDimension();
        long[] copySeeds = new long[rows];
        boolean[] copied = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            copied[r] = random.nextDouble() >= originalShare;
            copySeeds[r] = random.nextLong();
        }

        IntStream.range(0, rows).parallel().filter(r -> copied[r])
                .forEach(r -> replaceRow(batch, r, new SplittableRandom(copySeeds[r])));
    }

    /** Row r of the batch becomes a copy of itself; rows are disjoint, so threads never meet. */
    private void replaceRow(double[] batch, int r, SplittableRandom copyRandom) {
        int start = r * MnistDataset.PIXEL_COUNT;
        double[] image = java.util.Arrays.copyOfRange(batch, start, start + MnistDataset.PIXEL_COUNT);
        double[] copy = augmenter.augment(image, copyRandom);
        System.arraycopy(copy, 0, batch, start, MnistDataset.PIXEL_COUNT);
    }

    /** The settings, the share of originals and the seed, for logs and a saved model's history. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "augmentation: %s; %.0f%% of images left original; seed %d",
                augmenter.settings(), 100 * originalShare, seed);
    }
}

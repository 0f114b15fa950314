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
        if (images.getRowDimension() != MnistDataset.PIXEL_COUNT) {
            throw new IllegalArgumentException("augmentation needs 28x28 images, "
                    + MnistDataset.PIXEL_COUNT + " rows, but the batch has " + images.getRowDimension());
        }
        double[] batch = images.data();
        int columns = images.getColumnDimension();
        long[] copySeeds = new long[columns];
        boolean[] copied = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            copied[c] = random.nextDouble() >= originalShare;
            copySeeds[c] = random.nextLong();
        }

        IntStream.range(0, columns).parallel().filter(c -> copied[c])
                .forEach(c -> replaceColumn(batch, columns, c, new SplittableRandom(copySeeds[c])));
    }

    /** Column c of the batch becomes a copy of itself; columns are disjoint, so threads never meet. */
    private void replaceColumn(double[] batch, int columns, int c, SplittableRandom copyRandom) {
        double[] image = new double[MnistDataset.PIXEL_COUNT];
        for (int p = 0; p < image.length; p++) {
            image[p] = batch[p * columns + c];
        }
        double[] copy = augmenter.augment(image, copyRandom);
        for (int p = 0; p < image.length; p++) {
            batch[p * columns + c] = copy[p];
        }
    }

    /** The settings, the share of originals and the seed, for logs and a saved model's history. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "augmentation: %s; %.0f%% of images left original; seed %d",
                augmenter.settings(), 100 * originalShare, seed);
    }
}

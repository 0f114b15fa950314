package org.stepwise.train;

import java.util.SplittableRandom;

/**
 * Draws the training images of each mini-batch, with or without replacement,
 * from one random stream.
 */
final class BatchSampler {

    private final int datasetSize;
    private final Sampling sampling;
    private final SplittableRandom random;
    private final int[] order;
    private int position;

    BatchSampler(int datasetSize, Sampling sampling, SplittableRandom random) {
        this.datasetSize = datasetSize;
        this.sampling = sampling;
        this.random = random;
        if (sampling == Sampling.WITHOUT_REPLACEMENT) {
            order = new int[datasetSize];
            for (int i = 0; i < datasetSize; i++) {
                order[i] = i;
            }
            shuffle();
        } else {
            order = null;
        }
    }

    /** Fills {@code indices} with the next batch's image indices. */
    void next(int[] indices) {
        for (int i = 0; i < indices.length; i++) {
            indices[i] = sampling == Sampling.WITH_REPLACEMENT ? random.nextInt(datasetSize) : nextInOrder();
        }
    }

    private int nextInOrder() {
        if (position == datasetSize) {
            shuffle();
        }
        return order[position++];
    }

    private void shuffle() {
        // Fisher-Yates.
        for (int i = datasetSize - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        position = 0;
    }
}

package org.stepwise.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stepwise.data.Datasets;
import org.stepwise.data.DigitAugmenter;
import org.stepwise.data.ShippedData;
import org.stepwise.network.DenseMatrix;

class DigitAugmentationTest {

    private static Datasets mnist;

    @BeforeAll
    static void loadMnist() throws IOException {
        mnist = ShippedData.loadMnist();
    }

    /** Eight training images as the rows of an 8 x 784 batch, as the trainer lays them out. */
    private static DenseMatrix batch() {
        DenseMatrix batch = new DenseMatrix(8, 784);
        for (int r = 0; r < 8; r++) {
            mnist.training().copyImage(r, batch.data(), r * 784, 1);
        }
        return batch;
    }

    private static boolean rowChanged(DenseMatrix before, DenseMatrix after, int row) {
        for (int p = 0; p < 784; p++) {
            if (before.getEntry(row, p) != after.getEntry(row, p)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void shareOfOneLeavesEveryImageAsItIs() {
        DenseMatrix images = batch();
        DenseMatrix before = images.copy();

        new DigitAugmentation(DigitAugmenter.Settings.forDrawing(), 1.0, 3).augment(images, new int[8]);

        assertArrayEquals(before.data(), images.data(), 0.0);
    }

    @Test
    void shareOfZeroReplacesEveryImage() {
        DenseMatrix images = batch();
        DenseMatrix before = images.copy();

        new DigitAugmentation(DigitAugmenter.Settings.forDrawing(), 0.0, 3).augment(images, new int[8]);

        for (int r = 0; r < 8; r++) {
            assertTrue(rowChanged(before, images, r), "row " + r);
        }
    }

    @Test
    void sameSeedGivesTheSameBatchOnAnyNumberOfThreads() {
        DenseMatrix first = batch();
        DenseMatrix second = batch();

        new DigitAugmentation(DigitAugmenter.Settings.forDrawing(), 0.25, 9).augment(first, new int[8]);
        new DigitAugmentation(DigitAugmenter.Settings.forDrawing(), 0.25, 9).augment(second, new int[8]);

        assertArrayEquals(first.data(), second.data(), 0.0);
    }

    @Test
    void shareOutsideZeroToOneIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DigitAugmentation(DigitAugmenter.Settings.forDrawing(), 1.5, 1));

        assertEquals("the share of original images must be in 0..1, got 1.5", e.getMessage());
    }

    @Test
    void trainerPassesEveryTrainingBatchThroughTheAugmentation() {
        TrainingConfig config = TrainingConfig.thesis().toBuilder().sections(2).stepsPerSection(5).build();
        List<Integer> batchSizes = new ArrayList<>();
        BatchAugmentation counting = (images, labels) -> batchSizes.add(images.getRowDimension());

        new Trainer(config, mnist, null, counting).run(new TrainingListener() { }, new RunControl());

        assertEquals(10, batchSizes.size());
        assertTrue(batchSizes.stream().allMatch(size -> size == 16));
    }

    @Test
    void augmentedRunDiffersFromThePlainRunWithTheSameSeed() {
        TrainingConfig config = TrainingConfig.everyday().toBuilder().sections(1).stepsPerSection(20).build();

        RunResult plain = new Trainer(config, mnist).run(new TrainingListener() { }, new RunControl());
        RunResult augmented = new Trainer(config, mnist, null,
                new DigitAugmentation(DigitAugmenter.Settings.forDrawing(), 0.25, 1))
                .run(new TrainingListener() { }, new RunControl());

        assertFalse(java.util.Arrays.equals(plain.network().layers().get(0).weights().data(),
                augmented.network().layers().get(0).weights().data()));
    }
}

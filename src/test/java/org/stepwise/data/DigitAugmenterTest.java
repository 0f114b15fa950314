package org.stepwise.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.testing.Fields;

class DigitAugmenterTest {

    private static MnistDataset training;

    private final DigitAugmenter augmenter = new DigitAugmenter(DigitAugmenter.Settings.forDrawing());

    @BeforeAll
    static void loadMnist() throws IOException {
        training = ShippedData.loadMnist().training();
    }

    private static double[] digit(int index) {
        double[] pixels = new double[MnistDataset.PIXEL_COUNT];
        training.copyImage(index, pixels, 0, 1);
        return pixels;
    }

    @Test
    void sameSeedGivesTheSameCopy() {
        double[] five = digit(0);

        double[] first = augmenter.augment(five, new SplittableRandom(7));
        double[] second = augmenter.augment(five, new SplittableRandom(7));

        assertArrayEquals(first, second, 0.0);
    }

    @Test
    void copiesDifferFromTheOriginalAndFromEachOther() {
        double[] five = digit(0);
        SplittableRandom random = new SplittableRandom(7);

        double[] first = augmenter.augment(five, random);
        double[] second = augmenter.augment(five, random);

        assertFalse(Arrays.equals(first, five));
        assertFalse(Arrays.equals(first, second));
    }

    @Test
    void copiesLookPreparedInkInZeroToOneNearTheCentre() {
        SplittableRandom random = new SplittableRandom(11);

        for (int i = 0; i < 200; i++) {
            double[] copy = augmenter.augment(digit(i), random);

            assertEquals(1.0, Arrays.stream(copy).max().orElseThrow(), 1e-12);
            assertTrue(Arrays.stream(copy).min().orElseThrow() >= 0.0);
            double[] center = Fields.centerOfMass(copy);
            // Prepared on (14, 14) within half a pixel, then shifted by up to one.
            assertEquals(14.0, center[0], 1.5, "image " + i);
            assertEquals(14.0, center[1], 1.5, "image " + i);
        }
    }

    @Test
    void leavesTheOriginalUnchanged() {
        double[] five = digit(0);
        double[] before = five.clone();

        augmenter.augment(five, new SplittableRandom(1));

        assertArrayEquals(before, five, 0.0);
    }

    @Test
    void noChangeAtAllGivesThePreparedOriginal() {
        DigitAugmenter still = new DigitAugmenter(new DigitAugmenter.Settings(0, 0, 0, 0, 0, 0));
        double[] five = digit(0);

        double[] copy = still.augment(five, new SplittableRandom(1));

        assertTrue(Fields.bestShift(five, copy, 1).meanDifference() < 0.03);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"rotation, 50, 0, 0, 0, 0, 0", "shear, 0, 1.5, 0, 0, 0, 0", "stretch, 0, 0, -0.1, 0, 0, 0",
        "thickening, 0, 0, 0, 3, 0, 0", "thinning, 0, 0, 0, 0, 1.2, 0", "shift, 0, 0, 0, 0, 0, 4"})
    void limitOutOfRangeIsRejectedByName(String name, double rotation, double shear, double stretch,
            double thicken, double thin, int shift) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DigitAugmenter.Settings(rotation, shear, stretch, thicken, thin, shift));

        assertTrue(e.getMessage().startsWith("the " + name + " limit must be in 0.."), e.getMessage());
    }

    @Test
    void digitOfTheWrongSizeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> augmenter.augment(new double[100], new SplittableRandom(1)));

        assertEquals("expected 784 pixels but found 100", e.getMessage());
    }
}

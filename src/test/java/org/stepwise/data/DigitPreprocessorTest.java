package org.stepwise.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.data.PreparedDigit.Polarity;
import org.stepwise.testing.DrawnDigits;
import org.stepwise.testing.Fields;

class DigitPreprocessorTest {

    private static final int CANVAS = 280;

    private final DigitPreprocessor preprocessor = new DigitPreprocessor();

    /** A "7" 160 pixels tall with a 16-pixel brush, its box's corner at (left, top). */
    private PreparedDigit sevenAt(double left, double top) {
        return preprocessor.prepare(DrawnDigits.darkOnWhite(CANVAS, CANVAS, DrawnDigits.SEVEN, left, top, 160, 16));
    }

    @Nested
    class Placement {

        @ParameterizedTest(name = "corner at ({0}, {1})")
        @CsvSource({"5, 5", "110, 5", "5, 110", "110, 110", "60, 57"})
        void strokeInAnyCornerGivesTheSameInput(int left, int top) {
            double[] reference = sevenAt(20, 20).pixels();

            double[] moved = sevenAt(left, top).pixels();

            // Equal up to the test's own rounding when it draws at another offset.
            assertArrayEquals(reference, moved, 1e-9);
        }

        @Test
        void strokeAtHalfTheSizeAgreesWithinOnePixel() {
            GrayImage large = DrawnDigits.darkOnWhite(CANVAS, CANVAS, DrawnDigits.SEVEN, 10, 100, 160, 16);
            GrayImage small = DrawnDigits.darkOnWhite(CANVAS, CANVAS, DrawnDigits.SEVEN, 190, 10, 80, 8);

            double[] a = preprocessor.prepare(large).pixels();
            double[] b = preprocessor.prepare(small).pixels();

            // Within one pixel: every pixel of at least half ink in either has
            // one in the other at most one pixel away, and after the best shift
            // of at most a pixel the values differ by under 0.05 on average.
            // Pixel by pixel they may differ more, where an edge falls on
            // another part of a pixel at the other scale.
            assertTrue(Fields.strokeDistance(a, b, 0.5) <= 1, "strokes more than a pixel apart");
            Fields.Comparison comparison = Fields.bestShift(a, b, 1);
            assertTrue(comparison.meanDifference() < 0.05, comparison.toString());
        }

        @Test
        void longerSideOfTheInkBecomesTwentyPixels() {
            PreparedDigit seven = sevenAt(20, 20);

            int[] box = Fields.inkBounds(seven.pixels());

            assertEquals(DigitPreprocessor.BOX, Math.max(box[2], box[3]));
        }

        @Test
        void keepsTheAspectRatioOfANarrowDigit() {
            GrayImage one = DrawnDigits.darkOnWhite(CANVAS, CANVAS, DrawnDigits.ONE, 60, 40, 200, 14);

            int[] box = Fields.inkBounds(preprocessor.prepare(one).pixels());

            // 34 x 214 pixels of ink become 20 tall and about 3 wide.
            assertEquals(20, box[3]);
            assertTrue(box[2] >= 3 && box[2] <= 5, "width " + box[2]);
        }

        @Test
        void centreOfMassLandsOnPixelFourteenWithinHalfAPixel() {
            double[] pixels = sevenAt(33, 71).pixels();

            double[] center = Fields.centerOfMass(pixels);

            assertEquals(14.0, center[0], 0.5);
            assertEquals(14.0, center[1], 0.5);
        }

        @Test
        void valuesRunFromZeroToOneWhiteOnBlack() {
            double[] pixels = sevenAt(20, 20).pixels();

            double min = java.util.Arrays.stream(pixels).min().orElseThrow();
            double max = java.util.Arrays.stream(pixels).max().orElseThrow();

            assertEquals(0.0, min, 0.0);
            assertEquals(1.0, max, 0.0);
            assertEquals(0.0, pixels[0], 0.0);
        }
    }

    @Nested
    class Polarities {

        @Test
        void lightOnDarkGivesTheSameInputAsDarkOnLight() {
            GrayImage dark = DrawnDigits.darkOnWhite(CANVAS, CANVAS, DrawnDigits.TWO, 40, 70, 150, 18);

            PreparedDigit fromDark = preprocessor.prepare(dark);
            PreparedDigit fromLight = preprocessor.prepare(dark.inverted());

            assertEquals(Polarity.DARK_ON_LIGHT, fromDark.polarity());
            assertEquals(Polarity.LIGHT_ON_DARK, fromLight.polarity());
            assertArrayEquals(fromDark.pixels(), fromLight.pixels(), 1e-12);
        }

        @Test
        void greyInkOnGreyPaperIsReadLikeBlackOnWhite() {
            double[][] grey = DrawnDigits.canvas(CANVAS, CANVAS, 0.8);
            DrawnDigits.stroke(grey, DrawnDigits.TWO, 40, 70, 150, 18, 0.35);
            GrayImage black = DrawnDigits.darkOnWhite(CANVAS, CANVAS, DrawnDigits.TWO, 40, 70, 150, 18);

            double[] fromGrey = preprocessor.prepare(GrayImage.of(grey)).pixels();
            double[] fromBlack = preprocessor.prepare(black).pixels();

            assertArrayEquals(fromBlack, fromGrey, 0.02);
        }
    }

    @Nested
    class EmptyPictures {

        @ParameterizedTest(name = "tone {0}")
        @CsvSource({"1.0", "0.0", "0.5"})
        void uniformCanvasIsEmptyWithAHint(double tone) {
            GrayImage blank = GrayImage.of(DrawnDigits.canvas(CANVAS, CANVAS, tone));

            PreparedDigit result = preprocessor.prepare(blank);

            assertTrue(result.isEmpty());
            assertTrue(result.hint().contains("blank"), result.hint());
            assertThrows(IllegalStateException.class, result::pixels);
        }

        @Test
        void faintNoiseAloneIsEmpty() {
            double[][] paper = DrawnDigits.canvas(CANVAS, CANVAS, 0.9);
            SplittableRandom random = new SplittableRandom(3);
            for (double[] row : paper) {
                for (int x = 0; x < row.length; x++) {
                    row[x] += random.nextDouble(-0.04, 0.04);
                }
            }

            PreparedDigit result = preprocessor.prepare(GrayImage.of(paper));

            assertTrue(result.isEmpty());
        }

        @Test
        void onePixelPictureIsEmpty() {
            PreparedDigit result = preprocessor.prepare(new GrayImage(1, 1, new double[] {0.3}));

            assertTrue(result.isEmpty());
        }
    }

    @Nested
    class NoiseAndLight {

        @Test
        void lonePixelsOfNoiseDoNotWidenTheBox() {
            double[][] noisy = DrawnDigits.canvas(CANVAS, CANVAS, 1.0);
            DrawnDigits.stroke(noisy, DrawnDigits.SEVEN, 20, 20, 160, 16, 0.0);
            noisy[270][270] = 0.6;
            noisy[5][260] = 0.7;
            double[] clean = sevenAt(20, 20).pixels();

            double[] result = preprocessor.prepare(GrayImage.of(noisy)).pixels();

            assertArrayEquals(clean, result, 1e-9);
        }

        @Test
        void unevenLightingIsNotMistakenForInk() {
            double[][] lit = DrawnDigits.canvas(CANVAS, CANVAS, 1.0);
            for (int y = 0; y < CANVAS; y++) {
                for (int x = 0; x < CANVAS; x++) {
                    lit[y][x] = 0.95 - 0.3 * (x + y) / (2.0 * CANVAS);
                }
            }
            DrawnDigits.stroke(lit, DrawnDigits.SEVEN, 20, 20, 160, 16, 0.15);
            double[] even = sevenAt(20, 20).pixels();

            double[] result = preprocessor.prepare(GrayImage.of(lit)).pixels();

            Fields.Comparison comparison = Fields.bestShift(even, result, 1);
            assertTrue(comparison.meanDifference() < 0.03, comparison.toString());
        }

        @Test
        void digitTouchingTheEdgeComesWithAHint() {
            PreparedDigit inside = sevenAt(20, 20);
            PreparedDigit cut = preprocessor.prepare(
                    DrawnDigits.darkOnWhite(CANVAS, CANVAS, DrawnDigits.SEVEN, 150, 20, 160, 16));

            assertEquals("", inside.hint());
            assertEquals(DigitPreprocessor.EDGE_HINT, cut.hint());
        }
    }

    @Nested
    class Strokes {

        @Test
        void hairlineIsGrownToAtLeastTheMinimumStroke() {
            GrayImage hairline = DrawnDigits.darkOnWhite(CANVAS, CANVAS, DrawnDigits.SEVEN, 20, 20, 240, 2);

            double[] pixels = preprocessor.prepare(hairline).pixels();

            double width = DigitPreprocessor.strokeWidth(new DigitPreprocessor.Plane(28, 28, pixels));
            assertTrue(width >= DigitPreprocessor.MIN_STROKE - 0.3, "stroke width " + width);
        }

        @Test
        void areaAveragingKeepsAThinStrokeUnbroken() {
            // Straight to the scaling step: a 1-pixel diagonal across 400 pixels.
            double[] line = new double[400 * 400];
            for (int i = 0; i < 400; i++) {
                line[i * 400 + i] = 1.0;
            }

            DigitPreprocessor.Plane box = DigitPreprocessor.fitIntoBox(new DigitPreprocessor.Plane(400, 400, line));

            for (int i = 0; i < 20; i++) {
                assertEquals(0.05, box.values[i * 20 + i], 1e-9, "pixel " + i + " of the diagonal");
            }
        }

        @Test
        void strokeWidthOfAStraightBarIsItsWidth() {
            double[] bar = new double[4 * 100];
            java.util.Arrays.fill(bar, 1.0);

            double width = DigitPreprocessor.strokeWidth(new DigitPreprocessor.Plane(4, 100, bar));

            assertEquals(4.0, width, 0.2);
        }

        @Test
        void thickStrokesAreLeftAsDrawn() {
            double[] bar = new double[4 * 30];
            java.util.Arrays.fill(bar, 1.0);
            DigitPreprocessor.Plane thick = new DigitPreprocessor.Plane(4, 30, bar);

            DigitPreprocessor.Plane result = DigitPreprocessor.thickenThinStrokes(thick);

            assertTrue(result == thick, "a bar 4/30 of its length wide is 2.7 pixels in the box");
        }
    }

    @Nested
    class OnMnist {

        private static MnistDataset test;

        @BeforeAll
        static void loadMnist() throws IOException {
            test = ShippedData.loadMnist().test();
        }

        @Test
        void mnistDigitsComeBackNearlyUnchanged() {
            double total = 0.0;
            int count = 1000;

            for (int i = 0; i < count; i++) {
                double[] digit = new double[MnistDataset.PIXEL_COUNT];
                test.copyImage(i, digit, 0, 1);
                double[] prepared = preprocessor.prepare(new GrayImage(28, 28, digit)).pixels();
                total += Fields.bestShift(digit, prepared, 0).meanDifference();
            }

            assertTrue(total / count < 0.03, "mean difference " + total / count);
        }
    }

    @Nested
    class Settings {

        @ParameterizedTest(name = "threshold {0}")
        @CsvSource({"-0.1", "1.0", "NaN"})
        void inkThresholdOutsideZeroToOneIsRejected(double threshold) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new DigitPreprocessor(threshold));

            assertTrue(e.getMessage().contains(String.valueOf(threshold)), e.getMessage());
        }

        @Test
        void everyPictureSizeIsAccepted() {
            GrayImage wide = DrawnDigits.darkOnWhite(900, 60, DrawnDigits.SEVEN, 400, 5, 50, 6);

            PreparedDigit result = preprocessor.prepare(wide);

            assertFalse(result.isEmpty());
        }
    }
}

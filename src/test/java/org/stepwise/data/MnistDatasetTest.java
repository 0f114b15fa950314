package org.stepwise.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.data.IdxFixtures.assertMessageNames;
import static org.stepwise.data.IdxFixtures.imagesFile;
import static org.stepwise.data.IdxFixtures.labelsFile;
import static org.stepwise.data.IdxFixtures.pixelValue;
import static org.stepwise.data.IdxFixtures.pixels;
import static org.stepwise.data.IdxFixtures.write;

class MnistDatasetTest {

    private static final int PIXELS = MnistDataset.PIXEL_COUNT;

    @TempDir
    Path directory;

    private static MnistDataset threeImages() {
        return MnistDataset.of("three", pixels(3, 28, 28), new byte[] {4, 0, 9});
    }

    @Nested
    class ReadingFiles {

        @Test
        void pairsImagesWithLabels() throws IOException {
            Path images = write(directory, "images", imagesFile(3, 28, 28));
            Path labels = write(directory, "labels", labelsFile(4, 0, 9));

            MnistDataset dataset = MnistDataset.of(images, labels);

            assertEquals(3, dataset.size());
            assertEquals(9, dataset.label(2));
            assertEquals(pixelValue(1, 100), dataset.rawPixel(1, 100));
            assertEquals("images + labels", dataset.name());
        }

        @Test
        void countMismatchNamesBothFilesAndCounts() {
            Path images = write(directory, "images", imagesFile(3, 28, 28));
            Path labels = write(directory, "labels", labelsFile(4, 0));

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> MnistDataset.of(images, labels));

            assertMessageNames(thrown, images.toString(), labels.toString(),
                    "has labels (2)", "found 3 images");
        }

        @Test
        void imagesOtherThan28By28AreRejected() {
            Path images = write(directory, "images", imagesFile(2, 32, 32));
            Path labels = write(directory, "labels", labelsFile(4, 0));

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> MnistDataset.of(images, labels));

            assertMessageNames(thrown, images.toString(),
                    "expected images of 28 x 28", "784 inputs", "found 32 x 32");
        }

        @Test
        void emptyFilesAreRejected() {
            Path images = write(directory, "images", imagesFile(0, 28, 28));
            Path labels = write(directory, "labels", labelsFile());

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> MnistDataset.of(images, labels));

            assertMessageNames(thrown, images.toString(),
                    "expected at least one image", "found none");
        }
    }

    @Nested
    class Pixels {

        @ParameterizedTest
        @CsvSource({
            "0,   0.0",
            "51,  0.2",
            "255, 1.0",
        })
        void pixelScalesStoredValueToUnitRange(int stored, double scaled) {
            byte[] pixels = new byte[PIXELS];
            pixels[5] = (byte) stored;
            MnistDataset dataset = MnistDataset.of("one", pixels, new byte[] {1});

            double value = dataset.pixel(0, 5);

            assertEquals(scaled, value, 1e-15);
        }

        @Test
        void shapeIs28By28() {
            MnistDataset dataset = threeImages();

            assertEquals(28, dataset.rows());
            assertEquals(28, dataset.columns());
            assertEquals(784, dataset.pixelCount());
        }

        @Test
        void indicesOutsideTheSetAreRejected() {
            MnistDataset dataset = threeImages();

            assertThrows(IndexOutOfBoundsException.class, () -> dataset.label(3));
            assertThrows(IndexOutOfBoundsException.class, () -> dataset.pixel(-1, 0));
            assertThrows(IndexOutOfBoundsException.class, () -> dataset.pixel(0, 784));
        }

        @Test
        void arraysAreCopiedSoTheSetCannotChange() {
            byte[] pixels = pixels(1, 28, 28);
            byte[] labels = {7};
            MnistDataset dataset = MnistDataset.of("one", pixels, labels);

            pixels[0] = 0;
            labels[0] = 2;

            assertEquals(pixelValue(0, 0), dataset.rawPixel(0, 0));
            assertEquals(7, dataset.label(0));
        }

        @Test
        void labelAboveNineInMemoryIsRejected() {
            byte[] pixels = new byte[2 * PIXELS];

            IllegalArgumentException thrown = assertThrows(
                    IllegalArgumentException.class,
                    () -> MnistDataset.of("pair", pixels, new byte[] {1, 12}));

            assertMessageNames(thrown, "pair", "expected labels 0..9",
                    "found 12 at index 1");
        }

        @Test
        void pixelCountThatDoesNotFitTheLabelsIsRejected() {
            byte[] pixels = new byte[PIXELS + 1];

            IllegalArgumentException thrown = assertThrows(
                    IllegalArgumentException.class,
                    () -> MnistDataset.of("odd", pixels, new byte[] {1}));

            assertMessageNames(thrown, "odd", "expected 784", "found 785");
        }
    }

    @Nested
    class CopyImage {

        @Test
        void fillsOneColumnOfARowMajorMatrix() {
            MnistDataset dataset = threeImages();
            int batch = 5;
            int column = 3;
            double[] matrix = new double[PIXELS * batch];
            Arrays.fill(matrix, Double.NaN);

            dataset.copyImage(2, matrix, column, batch);

            for (int row = 0; row < PIXELS; row++) {
                for (int c = 0; c < batch; c++) {
                    double value = matrix[row * batch + c];
                    if (c == column) {
                        assertEquals(pixelValue(2, row) / 255.0, value, 1e-15);
                    } else {
                        assertTrue(Double.isNaN(value), "column " + c + " touched");
                    }
                }
            }
        }

        @Test
        void strideOneWritesPixelsSideBySideAfterTheOffset() {
            MnistDataset dataset = threeImages();
            double[] destination = new double[10 + PIXELS];

            dataset.copyImage(1, destination, 10, 1);

            for (int p = 0; p < PIXELS; p++) {
                assertEquals(dataset.pixel(1, p), destination[10 + p], 0.0);
            }
            assertEquals(0.0, destination[9], 0.0);
        }

        @Test
        void destinationTooShortForTheLastPixelIsRejected() {
            MnistDataset dataset = threeImages();
            double[] destination = new double[PIXELS * 4];

            IllegalArgumentException thrown = assertThrows(
                    IllegalArgumentException.class,
                    () -> dataset.copyImage(0, destination, 1, 5));

            assertMessageNames(thrown, "expected a length of at least 3917",
                    "found 3136");
        }

        @ParameterizedTest
        @CsvSource({
            "-1, 1",
            "0,  0",
        })
        void negativeOffsetOrNonPositiveStrideIsRejected(int offset, int stride) {
            MnistDataset dataset = threeImages();
            double[] destination = new double[PIXELS * 2];

            IllegalArgumentException thrown = assertThrows(
                    IllegalArgumentException.class,
                    () -> dataset.copyImage(0, destination, offset, stride));

            assertMessageNames(thrown, "offset " + offset, "stride " + stride);
        }
    }
}

package org.stepwise.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.stepwise.data.IdxFixtures.assertMessageNames;
import static org.stepwise.data.IdxFixtures.firstBytes;
import static org.stepwise.data.IdxFixtures.gzip;
import static org.stepwise.data.IdxFixtures.idx;
import static org.stepwise.data.IdxFixtures.imagesFile;
import static org.stepwise.data.IdxFixtures.labelsFile;
import static org.stepwise.data.IdxFixtures.pixels;
import static org.stepwise.data.IdxFixtures.write;

class IdxReaderTest {

    @TempDir
    Path directory;

    @Nested
    class WellFormedFiles {

        @Test
        void readsImageSizesAndPixelsInFileOrder() throws IOException {
            Path file = write(directory, "images", imagesFile(3, 2, 5));

            IdxReader.Images images = IdxReader.readImages(file);

            assertEquals(3, images.count());
            assertEquals(2, images.rows());
            assertEquals(5, images.columns());
            assertArrayEquals(pixels(3, 2, 5), images.pixels());
            assertEquals(file.toString(), images.name());
        }

        @Test
        void readsLabelsInFileOrder() throws IOException {
            Path file = write(directory, "labels", labelsFile(5, 0, 4, 1, 9));

            IdxReader.Labels labels = IdxReader.readLabels(file);

            assertArrayEquals(new byte[] {5, 0, 4, 1, 9}, labels.labels());
            assertEquals(5, labels.count());
        }

        @Test
        void readsImagesOfAnySize() throws IOException {
            Path file = write(directory, "images", imagesFile(2, 32, 32));

            IdxReader.Images images = IdxReader.readImages(file);

            assertEquals(32, images.rows());
            assertEquals(32, images.columns());
        }

        @Test
        void readsAnEmptySet() throws IOException {
            Path file = write(directory, "labels", labelsFile());

            IdxReader.Labels labels = IdxReader.readLabels(file);

            assertEquals(0, labels.count());
        }

        @Test
        void readsTheShippedTrainingLabels() throws IOException {
            Path file = Path.of("assets", "mnist", "train-labels-idx1-ubyte.gz");

            IdxReader.Labels labels = IdxReader.readLabels(file);

            assertEquals(60_000, labels.count());
            assertArrayEquals(new byte[] {5, 0, 4, 1, 9},
                    Arrays.copyOf(labels.labels(), 5));
        }
    }

    @Nested
    class Compression {

        @Test
        void rawAndGzippedImagesReadIdentically() throws IOException {
            byte[] content = imagesFile(4, 28, 28);
            Path raw = write(directory, "images", content);
            Path gzipped = write(directory, "images.gz", gzip(content));

            IdxReader.Images fromRaw = IdxReader.readImages(raw);
            IdxReader.Images fromGzip = IdxReader.readImages(gzipped);

            assertEquals(fromRaw.count(), fromGzip.count());
            assertEquals(fromRaw.rows(), fromGzip.rows());
            assertEquals(fromRaw.columns(), fromGzip.columns());
            assertArrayEquals(fromRaw.pixels(), fromGzip.pixels());
        }

        @Test
        void rawAndGzippedLabelsReadIdentically() throws IOException {
            byte[] content = labelsFile(7, 2, 1, 0, 4);
            Path raw = write(directory, "labels", content);
            Path gzipped = write(directory, "labels.gz", gzip(content));

            IdxReader.Labels fromRaw = IdxReader.readLabels(raw);
            IdxReader.Labels fromGzip = IdxReader.readLabels(gzipped);

            assertArrayEquals(fromRaw.labels(), fromGzip.labels());
        }

        @ParameterizedTest
        @CsvSource({
            "true,  plain-name",
            "false, misleading-name.gz",
        })
        void detectsCompressionFromContentNotName(boolean compress,
                String name) throws IOException {
            byte[] content = labelsFile(3, 1, 4);
            Path file = write(directory, name, compress ? gzip(content) : content);

            IdxReader.Labels labels = IdxReader.readLabels(file);

            assertArrayEquals(new byte[] {3, 1, 4}, labels.labels());
        }

        @ParameterizedTest
        @ValueSource(booleans = {false, true})
        void streamVariantReadsLikeThePathVariant(boolean compress)
                throws IOException {
            byte[] content = imagesFile(2, 3, 3);
            byte[] bytes = compress ? gzip(content) : content;

            IdxReader.Images images = IdxReader.readImages(
                    new ByteArrayInputStream(bytes), "in-memory images");

            assertArrayEquals(pixels(2, 3, 3), images.pixels());
            assertEquals("in-memory images", images.name());
        }
    }

    @Nested
    class BrokenFiles {

        @Test
        void missingFileNamesThePath() {
            Path file = directory.resolve("train-images-idx3-ubyte.gz");

            NoSuchFileException thrown = assertThrows(NoSuchFileException.class,
                    () -> IdxReader.readImages(file));

            assertMessageNames(thrown, file.toString(), "expected an IDX images file");
        }

        @Test
        void directoryInsteadOfFileIsRejected() {
            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> IdxReader.readLabels(directory));

            assertMessageNames(thrown, directory.toString(),
                    "expected an IDX labels file", "found a directory");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 3, 4, 9, 15})
        void truncatedHeaderSaysHowManyBytesArrived(int length) {
            byte[] content = firstBytes(imagesFile(2, 28, 28), length);
            Path file = write(directory, "images", content);

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> IdxReader.readImages(file));

            assertMessageNames(thrown, file.toString(), "header is truncated",
                    "expected 16 bytes", "found " + length);
        }

        @Test
        void truncatedImageDataSaysExpectedAndFoundBytes() {
            byte[] content = firstBytes(imagesFile(4, 28, 28), 16 + 3000);
            Path file = write(directory, "images", content);

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> IdxReader.readImages(file));

            assertMessageNames(thrown, file.toString(), "truncated",
                    "expected 3136 bytes", "4 images of 28 x 28", "found 3000");
        }

        @Test
        void truncatedGzippedLabelsSayExpectedAndFoundBytes() {
            byte[] content = firstBytes(labelsFile(1, 2, 3, 4, 5, 6), 8 + 4);
            Path file = write(directory, "labels.gz", gzip(content));

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> IdxReader.readLabels(file));

            assertMessageNames(thrown, file.toString(), "expected 6 bytes",
                    "6 labels", "found 4");
        }

        @Test
        void bytesBeyondTheDimensionsAreRejected() {
            byte[] content = Arrays.copyOf(labelsFile(1, 2, 3), 8 + 3 + 2);
            Path file = write(directory, "labels", content);

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> IdxReader.readLabels(file));

            assertMessageNames(thrown, file.toString(), "expected 3 bytes",
                    "found 5", "2 more");
        }

        @Test
        void labelsFileReadAsImagesNamesBothMagicNumbers() {
            Path file = write(directory, "labels", labelsFile(1, 2, 3));

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> IdxReader.readImages(file));

            assertMessageNames(thrown, file.toString(),
                    "expected magic 0x00000803 (unsigned-byte images, 3 dimensions)",
                    "found 0x00000801", "looks like a labels file");
        }

        @Test
        void imagesFileReadAsLabelsNamesBothMagicNumbers() {
            Path file = write(directory, "images", imagesFile(1, 2, 2));

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> IdxReader.readLabels(file));

            assertMessageNames(thrown, file.toString(),
                    "expected magic 0x00000801 (unsigned-byte labels, 1 dimension)",
                    "found 0x00000803");
        }

        @Test
        void floatTypeIsRejectedByName() {
            byte[] content = idx(0x00000D03, new int[] {1, 1, 1}, new byte[4]);
            Path file = write(directory, "floats", content);

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> IdxReader.readImages(file));

            assertMessageNames(thrown, file.toString(), "expected magic 0x00000803",
                    "found 0x00000D03", "32-bit float", "only unsigned-byte");
        }

        @Test
        void foreignContentIsNotAnIdxFile() {
            byte[] content = "%PDF-1.4 and more text".getBytes();
            Path file = write(directory, "document.pdf", content);

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> IdxReader.readImages(file));

            assertMessageNames(thrown, file.toString(), "expected magic 0x00000803",
                    "found 0x25504446", "not an IDX file");
        }

        @Test
        void littleEndianHeaderIsReportedAsSuch() {
            byte[] content = idx(IdxFixtures.IMAGES_MAGIC, new int[] {1, 2, 2},
                    new byte[4], ByteOrder.LITTLE_ENDIAN);
            Path file = write(directory, "images", content);

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> IdxReader.readImages(file));

            assertMessageNames(thrown, file.toString(), "expected magic 0x00000803",
                    "found 0x03080000", "little-endian");
        }

        @Test
        void sizeOfTwoToTheThirtyOneOrMoreIsRejected() {
            byte[] content = idx(IdxFixtures.LABELS_MAGIC, new int[] {-1},
                    new byte[0]);
            Path file = write(directory, "labels", content);

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> IdxReader.readLabels(file));

            assertMessageNames(thrown, file.toString(),
                    "expected dimension sizes below 2^31",
                    "found 4294967295");
        }

        @Test
        void sizesTooLargeForOneArrayAreRejected() {
            int[] sizes = {100_000, 1_000, 1_000};
            byte[] content = idx(IdxFixtures.IMAGES_MAGIC, sizes, new byte[0]);
            Path file = write(directory, "images", content);

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> IdxReader.readImages(file));

            assertMessageNames(thrown, file.toString(), "expected at most",
                    "100000 x 1000 x 1000");
        }

        @Test
        void labelAboveNineIsRejectedWithItsIndex() {
            Path file = write(directory, "labels", labelsFile(3, 9, 12, 0));

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> IdxReader.readLabels(file));

            assertMessageNames(thrown, file.toString(), "expected labels 0..9",
                    "found 12 at index 2");
        }

        @Test
        void corruptGzipStreamIsReported() {
            byte[] compressed = gzip(imagesFile(8, 28, 28));
            for (int i = 20; i < 60; i++) {
                compressed[i] ^= 0x5A;
            }
            Path file = write(directory, "images.gz", compressed);

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> IdxReader.readImages(file));

            assertMessageNames(thrown, file.toString(),
                    "expected a valid gzip stream", "corrupt");
        }

        @Test
        void gzipStreamCutShortIsReported() {
            byte[] compressed = gzip(imagesFile(8, 28, 28));
            byte[] cut = firstBytes(compressed, compressed.length / 2);
            Path file = write(directory, "images.gz", cut);

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> IdxReader.readImages(file));

            assertMessageNames(thrown, file.toString(),
                    "expected a valid gzip stream", "cut short");
        }

        @Test
        void gzipChecksumFailureIsReported() {
            byte[] compressed = gzip(labelsFile(1, 2, 3));
            compressed[compressed.length - 8] ^= 0x01;
            Path file = write(directory, "labels.gz", compressed);

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> IdxReader.readLabels(file));

            assertMessageNames(thrown, file.toString(),
                    "expected a valid gzip stream");
        }
    }
}

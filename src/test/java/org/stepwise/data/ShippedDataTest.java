package org.stepwise.data;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.data.IdxFixtures.assertMessageNames;
import static org.stepwise.data.IdxFixtures.gzip;
import static org.stepwise.data.IdxFixtures.imagesFile;
import static org.stepwise.data.IdxFixtures.labelsFile;
import static org.stepwise.data.IdxFixtures.write;

class ShippedDataTest {

    private static final String TRAINING_IMAGES = "train-images-idx3-ubyte.gz";
    private static final String TRAINING_LABELS = "train-labels-idx1-ubyte.gz";
    private static final String TEST_IMAGES = "t10k-images-idx3-ubyte.gz";
    private static final String TEST_LABELS = "t10k-labels-idx1-ubyte.gz";

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RealShippedMnist {

        private Datasets mnist;

        @BeforeAll
        void loadOnce() throws IOException {
            mnist = ShippedData.loadMnist();
        }

        @Test
        void holdsSixtyThousandTrainingAndTenThousandTestImages() {
            int training = mnist.training().size();
            int test = mnist.test().size();

            assertEquals(60_000, training);
            assertEquals(10_000, test);
        }

        @Test
        void imagesAre28By28() {
            MnistDataset training = mnist.training();

            assertEquals(28, training.rows());
            assertEquals(28, training.columns());
            assertEquals(784, training.pixelCount());
        }

        @Test
        void firstTrainingLabelsAreFiveZeroFourOneNine() {
            int[] first = firstLabels(mnist.training(), 5);

            assertArrayEquals(new int[] {5, 0, 4, 1, 9}, first);
        }

        @Test
        void firstTestLabelsAreSevenTwoOneZeroFour() {
            int[] first = firstLabels(mnist.test(), 5);

            assertArrayEquals(new int[] {7, 2, 1, 0, 4}, first);
        }

        @Test
        void firstTrainingImageHasItsKnownInk() {
            MnistDataset training = mnist.training();

            double blank = training.pixel(0, 0);
            double ink = training.pixel(0, 5 * 28 + 16);

            assertEquals(0.0, blank, 0.0);
            assertEquals(126 / 255.0, ink, 1e-15);
        }

        @Test
        void sourceSaysTheChecksumsWereVerified() {
            String source = mnist.sourceDescription();

            assertTrue(source.contains("SHA-256 verified"), source);
        }

        private int[] firstLabels(MnistDataset dataset, int count) {
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = dataset.label(i);
            }
            return labels;
        }
    }

    @Nested
    class TinyShippedCopy {

        @TempDir
        Path root;

        private Path assets;

        @BeforeEach
        void writeTinyCopy() throws IOException {
            assets = Files.createDirectories(root.resolve("assets/mnist"));
            write(assets, TRAINING_IMAGES, gzip(imagesFile(3, 28, 28)));
            write(assets, TRAINING_LABELS, gzip(labelsFile(5, 0, 4)));
            write(assets, TEST_IMAGES, gzip(imagesFile(2, 28, 28)));
            write(assets, TEST_LABELS, gzip(labelsFile(7, 2)));
            writeChecksums(" ");
        }

        /** Writes SHA256SUMS as sha256sum does; "*" instead of " " marks binary mode. */
        private void writeChecksums(String mode) throws IOException {
            StringBuilder sums = new StringBuilder();
            for (String file : List.of(TEST_IMAGES, TEST_LABELS, TRAINING_IMAGES,
                    TRAINING_LABELS)) {
                sums.append(sha256(assets.resolve(file))).append(' ')
                        .append(mode).append(file).append('\n');
            }
            Files.writeString(assets.resolve("SHA256SUMS"), sums);
        }

        @Test
        void loadsAVerifiedDirectory() throws IOException {
            Path directory = assets;

            Datasets datasets = ShippedData.loadMnist(directory);

            assertEquals(3, datasets.training().size());
            assertEquals(2, datasets.test().size());
            assertEquals(4, datasets.training().label(2));
            assertTrue(datasets.sourceDescription().contains(assets.toString()));
        }

        @Test
        void acceptsBinaryModeChecksumLines() throws IOException {
            writeChecksums("*");

            Datasets datasets = ShippedData.loadMnist(assets);

            assertEquals(2, datasets.test().size());
        }

        @Test
        void loadsFromClasspathResources() throws IOException {
            URL[] classpath = {root.toUri().toURL()};

            try (URLClassLoader loader = new URLClassLoader(classpath, null)) {
                Datasets datasets = ShippedData.loadFromClasspath(loader);

                assertEquals(3, datasets.training().size());
                assertTrue(datasets.sourceDescription().contains("classpath"));
            }
        }

        @Test
        void checksumMismatchNamesFileAndBothSumsAndGivesAdvice()
                throws IOException {
            String expected = sha256(assets.resolve(TEST_LABELS));
            Path damaged = write(assets, TEST_LABELS, gzip(labelsFile(7, 3)));
            String found = sha256(damaged);

            ChecksumMismatchException thrown = assertThrows(
                    ChecksumMismatchException.class,
                    () -> ShippedData.loadMnist(assets));

            assertMessageNames(thrown, damaged.toString(), "expected " + expected,
                    "found " + found, "fresh clone");
            assertEquals(expected, thrown.expected());
            assertEquals(found, thrown.found());
        }

        @Test
        void missingDataFileIsNamed() throws IOException {
            Path missing = assets.resolve(TRAINING_LABELS);
            Files.delete(missing);

            NoSuchFileException thrown = assertThrows(NoSuchFileException.class,
                    () -> ShippedData.loadMnist(assets));

            assertMessageNames(thrown, missing.toString(), "fresh clone");
        }

        @Test
        void missingClasspathResourceIsNamed() throws IOException {
            Files.delete(assets.resolve(TEST_IMAGES));
            URL[] classpath = {root.toUri().toURL()};

            try (URLClassLoader loader = new URLClassLoader(classpath, null)) {
                NoSuchFileException thrown = assertThrows(NoSuchFileException.class,
                        () -> ShippedData.loadFromClasspath(loader));

                assertMessageNames(thrown, "classpath:/assets/mnist/" + TEST_IMAGES);
            }
        }

        @Test
        void fileWithoutAListedSumIsRejected() throws IOException {
            Path sums = assets.resolve("SHA256SUMS");
            List<String> lines = Files.readAllLines(sums);
            Files.write(sums, lines.subList(0, 3));

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> ShippedData.loadMnist(assets));

            assertMessageNames(thrown, sums.toString(),
                    "expected a SHA-256 sum for " + TRAINING_LABELS, "found none");
        }

        @Test
        void malformedChecksumLineIsQuotedWithItsNumber() throws IOException {
            Path sums = assets.resolve("SHA256SUMS");
            Files.writeString(sums, "\nnot a checksum line\n");

            IdxFormatException thrown = assertThrows(IdxFormatException.class,
                    () -> ShippedData.loadMnist(assets));

            assertMessageNames(thrown, sums.toString(), "line 2",
                    "expected '<64 hex digits>  <file name>'",
                    "found 'not a checksum line'");
        }
    }

    @Test
    void searchStartsUnderTheWorkingDirectory() {
        Path expected = Path.of("").toAbsolutePath().resolve("assets/mnist");

        List<Path> directories = ShippedData.searchDirectories();

        assertEquals(expected, directories.get(0));
    }

    @Test
    void searchClimbsFromTheCodeLocationToTheRoot() throws Exception {
        // Under Maven the classes sit in target/classes; from a jar, in target.
        Path code = Path.of(ShippedData.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());

        List<Path> directories = ShippedData.searchDirectories();

        for (Path p = code; p != null; p = p.getParent()) {
            Path candidate = p.resolve("assets/mnist");
            assertTrue(directories.contains(candidate),
                    () -> candidate + " not in " + directories);
        }
        assertEquals(code.getRoot().resolve("assets/mnist"),
                directories.get(directories.size() - 1));
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.stepwise.data;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A training set and a test set, with a line saying where they came from.
 *
 * @param training          the images to learn from (60,000 for MNIST)
 * @param test              the held-out images to measure accuracy on
 *                          (10,000 for MNIST)
 * @param sourceDescription where the data was read from, for the window
 *                          title, logs and CSV headers
 */
public record Datasets(MnistDataset training, MnistDataset test,
        String sourceDescription) {

    /** The four standard MNIST file names, without {@code .gz}. */
    static final String TRAINING_IMAGES = "train-images-idx3-ubyte";
    static final String TRAINING_LABELS = "train-labels-idx1-ubyte";
    static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

    private static final Logger LOG = System.getLogger(Datasets.class.getName());

    /** Rejects missing parts. */
    public Datasets {
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(sourceDescription, "sourceDescription");
    }

    /**
     * Loads the four standard IDX files from a directory: MNIST,
     * Fashion-MNIST (Debian's {@code dataset-fashion-mnist} puts them in
     * {@code /usr/share/datasets/fashion-mnist}) or any set in the same form.
     *
     * <p>Each file may be called {@code train-images-idx3-ubyte},
     * {@code train-images.idx3-ubyte} (a common variant), or either name with
     * {@code .gz}; the first that exists, in that order with the raw name
     * before the gzipped one, is read. The same goes for
     * {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte} and
     * {@code t10k-labels-idx1-ubyte}. Whether a file is compressed is decided
     * from its content, not its name.
     *
     * @param directory the directory holding the four files
     * @return the training and test sets; no checksums are checked
     * @throws NoSuchFileException if the directory or any of the four files is
     *                             missing; the message names the directory
     *                             and every file name looked for
     * @throws IdxFormatException  if a file is malformed or the images are not
     *                             28 x 28
     * @throws IOException         if a file cannot be read
     */
    public static Datasets fromDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new NoSuchFileException(directory.toString(), null,
                    "expected a directory holding the four IDX files"
                            + " but there is none");
        }
        long start = System.nanoTime();

        List<String> missing = new ArrayList<>();
        Path trainingImages = find(directory, TRAINING_IMAGES, missing);
        Path trainingLabels = find(directory, TRAINING_LABELS, missing);
        Path testImages = find(directory, TEST_IMAGES, missing);
        Path testLabels = find(directory, TEST_LABELS, missing);
        if (!missing.isEmpty()) {
            throw new NoSuchFileException(directory.toString(), null,
                    "expected the four IDX files but found no "
                            + String.join("; no ", missing));
        }

        MnistDataset training = MnistDataset.of(trainingImages, trainingLabels);
        MnistDataset test = MnistDataset.of(testImages, testLabels);
        LOG.log(Level.INFO, () -> String.format(
                "loaded %d training and %d test images from %s in %d ms",
                training.size(), test.size(), directory,
                (System.nanoTime() - start) / 1_000_000));
        return new Datasets(training, test, "IDX files in " + directory);
    }

    private static Path find(Path directory, String standardName,
            List<String> missing) {
        List<String> candidates = candidateNames(standardName);
        Optional<Path> found = candidates.stream()
                .map(directory::resolve)
                .filter(Files::isRegularFile)
                .findFirst();
        if (found.isEmpty()) {
            missing.add(standardName + " (looked for "
                    + String.join(", ", candidates) + ")");
        }
        return found.orElse(null);
    }

    /** The names a standard file goes by, in the order they are tried. */
    static List<String> candidateNames(String standardName) {
        String dotted = standardName.replace("-idx", ".idx");
        return List.of(standardName, standardName + ".gz", dotted,
                dotted + ".gz");
    }
}

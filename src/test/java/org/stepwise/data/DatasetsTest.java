package org.stepwise.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.data.IdxFixtures.assertMessageNames;
import static org.stepwise.data.IdxFixtures.gzip;
import static org.stepwise.data.IdxFixtures.imagesFile;
import static org.stepwise.data.IdxFixtures.labelsFile;
import static org.stepwise.data.IdxFixtures.write;

class DatasetsTest {

    private static final Path FASHION_MNIST =
            Path.of("/usr/share/datasets/fashion-mnist");

    @TempDir
    Path directory;

    /** Writes the four files under a naming style, two training and one test image. */
    private void writeFourFiles(boolean dotted, boolean compressed) {
        writeFile(Datasets.TRAINING_IMAGES, imagesFile(2, 28, 28), dotted, compressed);
        writeFile(Datasets.TRAINING_LABELS, labelsFile(5, 0), dotted, compressed);
        writeFile(Datasets.TEST_IMAGES, imagesFile(1, 28, 28), dotted, compressed);
        writeFile(Datasets.TEST_LABELS, labelsFile(7), dotted, compressed);
    }

    private void writeFile(String standardName, byte[] content, boolean dotted,
            boolean compressed) {
        String name = dotted ? standardName.replace("-idx", ".idx") : standardName;
        if (compressed) {
            write(directory, name + ".gz", gzip(content));
        } else {
            write(directory, name, content);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "false, false",
        "false, true",
        "true,  false",
        "true,  true",
    })
    void loadsEachNamingStyle(boolean dotted, boolean compressed)
            throws IOException {
        writeFourFiles(dotted, compressed);

        Datasets datasets = Datasets.fromDirectory(directory);

        assertEquals(2, datasets.training().size());
        assertEquals(1, datasets.test().size());
        assertEquals(0, datasets.training().label(1));
        assertEquals(7, datasets.test().label(0));
        assertTrue(datasets.sourceDescription().contains(directory.toString()));
    }

    @Test
    void missingFilesNameTheDirectoryAndEveryNameTried() throws IOException {
        writeFourFiles(false, true);
        Files.delete(directory.resolve("t10k-labels-idx1-ubyte.gz"));

        NoSuchFileException thrown = assertThrows(NoSuchFileException.class,
                () -> Datasets.fromDirectory(directory));

        assertMessageNames(thrown, directory.toString(),
                "expected the four IDX files", "found no t10k-labels-idx1-ubyte",
                "t10k-labels-idx1-ubyte.gz", "t10k-labels.idx1-ubyte",
                "t10k-labels.idx1-ubyte.gz");
    }

    @Test
    void missingDirectoryIsNamed() {
        Path absent = directory.resolve("no-such-dataset");

        NoSuchFileException thrown = assertThrows(NoSuchFileException.class,
                () -> Datasets.fromDirectory(absent));

        assertMessageNames(thrown, absent.toString(), "expected a directory");
    }

    @Test
    void malformedFileInTheDirectoryIsNamed() throws IOException {
        writeFourFiles(false, false);
        Path labels = write(directory, Datasets.TRAINING_LABELS, labelsFile(5, 12));

        IdxFormatException thrown = assertThrows(IdxFormatException.class,
                () -> Datasets.fromDirectory(directory));

        assertMessageNames(thrown, labels.toString(), "found 12");
    }

    static boolean fashionMnistInstalled() {
        return Files.isDirectory(FASHION_MNIST);
    }

    @Test
    @EnabledIf("fashionMnistInstalled")
    void loadsDebiansFashionMnist() throws IOException {
        Path fashion = FASHION_MNIST;

        Datasets datasets = Datasets.fromDirectory(fashion);

        assertEquals(60_000, datasets.training().size());
        assertEquals(10_000, datasets.test().size());
        assertEquals(9, datasets.training().label(0));
        assertEquals(9, datasets.test().label(0));
    }
}

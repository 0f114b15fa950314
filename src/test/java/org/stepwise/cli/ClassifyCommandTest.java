package org.stepwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.data.GrayImage;
import org.stepwise.model.ModelFile;
import org.stepwise.model.SavedModel;
import org.stepwise.model.TrainingHistory;
import org.stepwise.network.Network;
import org.stepwise.network.WeightInitializer;
import org.stepwise.testing.DrawnDigits;
import org.stepwise.train.TrainingConfig;

class ClassifyCommandTest {

    @TempDir
    Path folder;

    private static CommandRuns run(String... args) {
        return CommandRuns.run(args);
    }

    /** Writes a picture as a PNG, in 8-bit grey. */
    private Path png(String name, GrayImage picture) throws IOException {
        BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < picture.height(); y++) {
            for (int x = 0; x < picture.width(); x++) {
                image.getRaster().setSample(x, y, 0, (int) Math.round(255 * picture.brightness(x, y)));
            }
        }
        Path file = folder.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private Path seven(String name, boolean darkOnLight) throws IOException {
        GrayImage dark = DrawnDigits.darkOnWhite(300, 240, DrawnDigits.SEVEN, 100, 30, 170, 18);
        return png(name, darkOnLight ? dark : dark.inverted());
    }

    @Nested
    class Reading {

        @Test
        void drawnSevenIsReadInBothPolarities() throws IOException {
            Path dark = seven("dark.png", true);
            Path light = seven("light.png", false);

            CommandRuns run = run("classify", dark.toString(), light.toString());

            assertEquals(0, run.exitCode(), run.err());
            assertEquals(2, run.outLines().size(), run.out());
            assertTrue(run.outLines().get(0).matches(Pattern.quote(dark.toString()) + ": 7 \\(p=\\d\\.\\d\\d\\)"),
                    run.out());
            assertTrue(run.outLines().get(1).startsWith(light + ": 7 (p="), run.out());
        }

        @Test
        void topThreeListsThreeDigitsLikeliestFirst() throws IOException {
            Path dark = seven("dark.png", true);

            CommandRuns run = run("classify", "--top", "3", dark.toString());

            String line = run.outLines().get(0);
            assertTrue(line.matches(Pattern.quote(dark.toString())
                    + ": 7 \\(p=\\d\\.\\d\\d\\), \\d \\(p=\\d\\.\\d\\d\\), \\d \\(p=\\d\\.\\d\\d\\)"), line);
            String[] p = line.replaceAll("[^=]*=(\\d\\.\\d\\d)\\)", "$1 ").trim().split(" ");
            assertTrue(Double.parseDouble(p[0]) >= Double.parseDouble(p[1]), line);
            assertTrue(Double.parseDouble(p[1]) >= Double.parseDouble(p[2]), line);
        }

        @ParameterizedTest(name = "paper-{0}.jpg")
        @ValueSource(ints = {2, 3, 4, 7, 9})
        void photoOfADigitWrittenOnPaperIsReadRight(int digit) throws URISyntaxException {
            Path photo = Path.of(ClassifyCommandTest.class.getResource("photos/paper-" + digit + ".jpg").toURI());

            CommandRuns run = run("classify", photo.toString());

            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().startsWith(photo + ": " + digit + " (p="), run.out());
        }

        @Test
        void modelWithoutSoftmaxSaysOutputInsteadOfP() throws IOException {
            TrainingConfig thesis = TrainingConfig.thesis();
            Network network = Network.create(thesis.layerSizes(784, 10), thesis.hiddenActivation(),
                    thesis.outputActivation(), WeightInitializer.GLOROT_UNIFORM_THESIS, new SplittableRandom(1));
            Path model = folder.resolve("thesis.json");
            ModelFile.save(model, new SavedModel(network, thesis,
                    new TrainingHistory(List.of(), 0, Double.NaN, Double.NaN, 0, "none", "untrained")));
            Path dark = seven("dark.png", true);

            CommandRuns run = run("classify", "--model", model.toString(), "--top", "2", dark.toString());

            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().matches("(?s).*: \\d \\(output=-?\\d+\\.\\d\\d\\), \\d \\(output=.*"), run.out());
        }
    }

    @Nested
    class BadFiles {

        @Test
        void eachBadFileGetsOneLineAndTheRestAreStillRead() throws IOException {
            Path missing = folder.resolve("missing.png");
            Path text = folder.resolve("notes.png");
            Files.writeString(text, "not a picture", StandardCharsets.UTF_8);
            Path blank = png("blank.png", GrayImage.of(DrawnDigits.canvas(200, 200, 1.0)));
            Path good = seven("good.png", true);

            CommandRuns run = run("classify", missing.toString(), text.toString(), blank.toString(), good.toString());

            assertEquals(1, run.exitCode());
            assertEquals(1, run.outLines().size(), run.out());
            assertTrue(run.outLines().get(0).startsWith(good + ": 7 (p="), run.out());
            assertEquals(3, run.errLines().size(), run.err());
            assertTrue(run.errLines().get(0).contains(missing + ": no such file"), run.err());
            assertTrue(run.errLines().get(1).contains(text + ": not an image"), run.err());
            assertTrue(run.errLines().get(2).contains(blank + ": No digit found: the picture is blank"), run.err());
        }

        @Test
        void modelFileThatIsNotAModelStopsWithOneLine() throws IOException {
            Path notAModel = seven("model.png", true);
            Path dark = seven("dark.png", true);

            CommandRuns run = run("classify", "--model", notAModel.toString(), dark.toString());

            assertEquals(1, run.exitCode());
            assertEquals(List.of("stepwise: " + notAModel + ": expected a Stepwise model (JSON) but found a PNG image"),
                    run.errLines());
        }
    }

    @Nested
    class BadOptions {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"--top 0", "--top 11", "--top three", "--colour red"})
        void badOptionExitsTwoWithOneLine(String option) throws IOException {
            Path dark = seven("dark.png", true);
            String[] parts = option.split(" ");

            CommandRuns run = run("classify", parts[0], parts[1], dark.toString());

            assertEquals(2, run.exitCode(), run.err());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().startsWith("stepwise: "), run.err());
        }

        @Test
        void noImageExitsTwo() {
            CommandRuns run = run("classify");

            assertEquals(2, run.exitCode());
            assertTrue(run.err().contains("IMAGE"), run.err());
        }
    }
}

package org.stepwise.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.data.ShippedData;
import org.stepwise.network.Activation;
import org.stepwise.network.DenseLayer;
import org.stepwise.network.Network;
import org.stepwise.optimize.AdamSettings;
import org.stepwise.optimize.PolynomialDecay;
import org.stepwise.train.RunControl;
import org.stepwise.train.RunResult;
import org.stepwise.train.Trainer;
import org.stepwise.train.TrainingConfig;
import org.stepwise.train.TrainingListener;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ModelFileTest {

    @TempDir
    Path folder;

    private final ObjectMapper json = new ObjectMapper();
    private SavedModel model;
    private Path file;

    @BeforeEach
    void saveASmallModel() throws IOException {
        TrainingConfig config = TrainingConfig.everyday().toBuilder().hiddenSizes(List.of(12, 7))
                .optimizer(new AdamSettings(0.8, 0.99, 1e-7, true))
                .schedule(new PolynomialDecay(0.004, 2.5, 0.0001)).seed(-42).build();
        Network network = Network.create(config.layerSizes(784, 10), config.hiddenActivation(),
                config.outputActivation(), config.initializer(), new SplittableRandom(9));
        randomizeBiases(network, new SplittableRandom(10));
        TrainingHistory history = new TrainingHistory(List.of(0.91, 0.935), 750, 0.935, Double.NaN, 12.5,
                "MNIST shipped with Stepwise", "a test model");
        model = new SavedModel(network, config, history);
        file = folder.resolve("small.json");
        ModelFile.save(file, model);
    }

    private static void randomizeBiases(Network network, SplittableRandom random) {
        for (DenseLayer layer : network.layers()) {
            double[] biases = layer.biases().data();
            for (int i = 0; i < biases.length; i++) {
                biases[i] = random.nextGaussian();
            }
        }
    }

    private ObjectNode tree() throws IOException {
        return (ObjectNode) json.readTree(file.toFile());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path path = folder.resolve(name);
        Files.write(path, bytes);
        return path;
    }

    private Path write(String name, JsonNode root) throws IOException {
        return write(name, json.writeValueAsBytes(root));
    }

    private static ModelFormatException refused(Path path) {
        return assertThrows(ModelFormatException.class, () -> ModelFile.load(path));
    }

    private static void assertMessageNames(ModelFormatException e, Path path, String... parts) {
        assertTrue(e.getMessage().startsWith(path.toString() + ": "), e.getMessage());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' missing from: " + e.getMessage());
        }
    }

    @Nested
    class RoundTrip {

        @Test
        void loadedNetworkGivesBitEqualOutputs() throws IOException {
            double[] pixels = new SplittableRandom(5).doubles(784, 0, 1).toArray();

            Network loaded = ModelFile.load(file).network();

            assertArrayEquals(model.network().output(pixels), loaded.output(pixels), 0.0);
        }

        @Test
        void everyWeightAndBiasComesBackBitForBit() throws IOException {
            Network loaded = ModelFile.load(file).network();

            for (int l = 0; l < loaded.layers().size(); l++) {
                DenseLayer before = model.network().layers().get(l);
                DenseLayer after = loaded.layers().get(l);
                assertEquals(before.activation(), after.activation());
                for (int i = 0; i < before.weights().data().length; i++) {
                    assertEquals(Double.doubleToRawLongBits(before.weights().data()[i]),
                            Double.doubleToRawLongBits(after.weights().data()[i]));
                }
                assertArrayEquals(before.biases().data(), after.biases().data(), 0.0);
            }
        }

        @Test
        void configurationAndHistoryComeBackEqual() throws IOException {
            SavedModel loaded = ModelFile.load(file);

            assertEquals(model.config(), loaded.config());
            assertEquals(model.history(), loaded.history());
        }

        @Test
        void fileStartsWithFormatAndVersionAsDocumented() throws IOException {
            ObjectNode root = tree();
            List<String> names = new ArrayList<>();
            root.fieldNames().forEachRemaining(names::add);

            assertEquals(List.of("format", "version", "network", "training", "history"), names);
            assertEquals("stepwise-model", root.get("format").asText());
            assertEquals(1, root.get("version").asInt());
            assertEquals("relu", root.at("/network/layers/0/activation").asText());
            assertTrue(root.at("/history/finalLoss").isNull(), "NaN is written as null");
        }

        @Test
        void weightsAreLittleEndianDoublesRowByRow() throws IOException {
            byte[] bytes = Base64.getDecoder().decode(tree().at("/network/layers/0/weights").asText());

            double first = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getDouble(0);
            double secondRow = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getDouble(784 * 8);

            assertEquals(model.network().layers().get(0).weights().getEntry(0, 0), first, 0.0);
            assertEquals(model.network().layers().get(0).weights().getEntry(1, 0), secondRow, 0.0);
        }

        @Test
        void readsFromAStreamAsFromAFile() throws IOException {
            byte[] bytes = Files.readAllBytes(file);

            SavedModel loaded = ModelFile.read(new ByteArrayInputStream(bytes), "in memory");

            assertEquals(model.config(), loaded.config());
        }
    }

    @Nested
    class Refusals {

        @Test
        void truncatedFileIsRefusedAsTruncated() throws IOException {
            byte[] whole = Files.readAllBytes(file);
            Path truncated = write("truncated.json", java.util.Arrays.copyOf(whole, whole.length / 2));

            ModelFormatException e = refused(truncated);

            assertMessageNames(e, truncated, "truncated");
        }

        @Test
        void pngBytesAreRefusedAsAnImage() throws IOException {
            Path png = write("digit.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});

            ModelFormatException e = refused(png);

            assertMessageNames(e, png, "PNG image");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "{}                                  | no \"format\" field",
            "{\"format\": \"keras\"}             | \"format\": \"keras\"",
            "[1, 2, 3]                           | JSON array",
            "{\"format\": \"stepwise-model\"}    | \"version\"",
            "{\"format\": \"stepwise-model\", \"version\": \"1\"} | whole-number \"version\"",
            "hello                               | not JSON"})
        void foreignJsonIsRefusedSayingWhatIsMissing(String content, String expected) throws IOException {
            Path foreign = write("foreign.json", content.getBytes(StandardCharsets.UTF_8));

            ModelFormatException e = refused(foreign);

            assertMessageNames(e, foreign, expected);
        }

        @Test
        void emptyFileIsRefused() throws IOException {
            Path empty = write("empty.json", new byte[0]);

            ModelFormatException e = refused(empty);

            assertMessageNames(e, empty, "empty");
        }

        @Test
        void newerVersionIsRefusedWithAClearMessage() throws IOException {
            ObjectNode root = tree();
            root.put("version", 2);
            Path newer = write("newer.json", root);

            ModelFormatException e = refused(newer);

            assertMessageNames(e, newer, "version 2", "newer than this Stepwise can open", "versions 1 to 1");
        }

        @Test
        void versionZeroIsRefused() throws IOException {
            ObjectNode root = tree();
            root.put("version", 0);
            Path zero = write("zero.json", root);

            ModelFormatException e = refused(zero);

            assertMessageNames(e, zero, "expected a version from 1 to 1 but found 0");
        }

        @Test
        void weightsShortOfTheirCountAreRefusedWithBothCounts() throws IOException {
            ObjectNode root = tree();
            ObjectNode layer = (ObjectNode) root.at("/network/layers/1");
            layer.put("weights", Base64.getEncoder().encodeToString(new byte[8 * 10]));
            Path shortFile = write("short.json", root);

            ModelFormatException e = refused(shortFile);

            assertMessageNames(e, shortFile, "network.layers[1].weights", "expected 84 values (7 x 12",
                    "found 80 bytes");
        }

        @Test
        void aNaNWeightIsRefusedWithItsPlace() throws IOException {
            ObjectNode root = tree();
            ObjectNode layer = (ObjectNode) root.at("/network/layers/2");
            double[] biases = new double[10];
            biases[3] = Double.NaN;
            layer.put("biases", ModelJsonV1.encode(biases));
            Path nan = write("nan.json", root);

            ModelFormatException e = refused(nan);

            assertMessageNames(e, nan, "network.layers[2].biases", "finite", "NaN at row 3");
        }

        @Test
        void sizesThatDoNotChainAreRefused() throws IOException {
            ObjectNode root = tree();
            ((ObjectNode) root.at("/network/layers/1")).put("inputs", 13);
            Path broken = write("broken.json", root);

            ModelFormatException e = refused(broken);

            assertMessageNames(e, broken, "network.layers[1]", "expected 12 inputs and 7 outputs",
                    "found 13 and 7");
        }

        @Test
        void softmaxOnAHiddenLayerIsRefused() throws IOException {
            ObjectNode root = tree();
            ((ObjectNode) root.at("/network/layers/0")).put("activation", "softmax");
            Path broken = write("softmax.json", root);

            ModelFormatException e = refused(broken);

            assertMessageNames(e, broken, "network.layers[0].activation", "only be the output layer");
        }

        @Test
        void configurationThatDisagreesWithTheNetworkIsRefused() throws IOException {
            ObjectNode root = tree();
            ((ObjectNode) root.get("training")).putArray("hiddenSizes").add(32);
            Path broken = write("mismatch.json", root);

            ModelFormatException e = refused(broken);

            assertMessageNames(e, broken, "training", "784-32-10", "[784, 12, 7, 10]");
        }

        @Test
        void unknownActivationNameListsTheKnownOnes() throws IOException {
            ObjectNode root = tree();
            ((ObjectNode) root.at("/network/layers/0")).put("activation", "tanh");
            Path broken = write("tanh.json", root);

            ModelFormatException e = refused(broken);

            assertMessageNames(e, broken, "sigmoid|relu|thesis-relu|softmax", "\"tanh\"");
        }

        @Test
        void badConfigurationValueIsRefusedWithTheRecordsMessage() throws IOException {
            ObjectNode root = tree();
            ((ObjectNode) root.get("training")).put("batchSize", 0);
            Path broken = write("batch.json", root);

            ModelFormatException e = refused(broken);

            assertMessageNames(e, broken, "training: the batch size must be at least 1, got 0");
        }

        @Test
        void missingFileIsReportedAsMissing() {
            Path missing = folder.resolve("nothing-here.json");

            NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> ModelFile.load(missing));

            assertTrue(e.getMessage().contains("nothing-here.json"), e.getMessage());
        }
    }

    @Nested
    class Saving {

        @Test
        void divergedNetworkIsNotSavedAndTheOldFileStays() throws IOException {
            byte[] before = Files.readAllBytes(file);
            Network diverged = model.network().copy();
            diverged.layers().get(0).weights().setEntry(0, 0, Double.POSITIVE_INFINITY);

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ModelFile.save(file, new SavedModel(diverged, model.config(), model.history())));

            assertTrue(e.getMessage().contains("diverged"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file));
            try (var files = Files.list(folder)) {
                assertEquals(List.of(file), files.toList(), "no temporary file left behind");
            }
        }

        @Test
        void networkThatDisagreesWithItsConfigurationIsNotSaved() {
            TrainingConfig other = model.config().toBuilder().hiddenActivation(Activation.SIGMOID).build();

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ModelFile.save(folder.resolve("other.json"),
                            new SavedModel(model.network(), other, model.history())));

            assertTrue(e.getMessage().contains("hidden activation is sigmoid but layer 1's is relu"), e.getMessage());
            assertFalse(Files.exists(folder.resolve("other.json")));
        }

        @Test
        void savingCreatesMissingFolders() throws IOException {
            Path nested = folder.resolve("a/b/model.json");

            ModelFile.save(nested, model);

            assertEquals(model.config(), ModelFile.load(nested).config());
        }
    }

    @Nested
    class ContinuedTraining {

        @Test
        void loadedNetworkTrainsOnWhereItStopped() throws IOException {
            SavedModel loaded = ModelFile.load(file);
            TrainingConfig shortRun = loaded.config().toBuilder().sections(1).stepsPerSection(30).build();
            double[] before = loaded.network().layers().get(0).weights().data().clone();

            RunResult result = new Trainer(shortRun, ShippedData.loadMnist(), loaded.network())
                    .run(new TrainingListener() { }, new RunControl());

            assertEquals(30, result.completedSteps());
            assertFalse(java.util.Arrays.equals(before, loaded.network().layers().get(0).weights().data()),
                    "the loaded network's own weights were trained");
        }
    }
}

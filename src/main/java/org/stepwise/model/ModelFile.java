package org.stepwise.model;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Saves and opens model files: a network, the configuration that trained it
 * and that run's history, in one JSON file. Not Java serialization: the
 * format is documented, versioned and readable by any JSON tool.
 *
 * <h2>Format, version 1</h2>
 * One JSON object (UTF-8), documented in full in
 * {@code assets/models/README.md}:
 * <pre>{@code
 * {
 *   "format": "stepwise-model",
 *   "version": 1,
 *   "network": {
 *     "sizes": [784, 256, 128, 10],
 *     "layers": [
 *       { "inputs": 784, "outputs": 256, "activation": "relu",
 *         "weights": "<base64>", "biases": "<base64>" }, ...
 *     ]
 *   },
 *   "training": { "hiddenSizes": [256, 128], "hiddenActivation": "relu", ... },
 *   "history": { "sectionAccuracies": [0.97, ...], "completedSteps": 11725, ... }
 * }
 * }</pre>
 * {@code weights} is a layer's outputs x inputs matrix row by row and
 * {@code biases} its outputs values, each as the base64 (RFC 4648, with
 * padding) of little-endian IEEE 754 doubles, so a network comes back
 * bit for bit. Names are lower case with dashes ({@code thesis-relu},
 * {@code cross-entropy}). Unknown fields are ignored.
 *
 * <h2>Checks on opening</h2>
 * A file is opened whole or not at all: the format name, the version (older
 * versions are read through their own code; a newer one is refused with a
 * message saying so), that the layer sizes chain and match the
 * configuration, that every base64 text holds exactly the values its sizes
 * call for, and that each one is finite. A PNG, a random JSON document, a
 * truncated file or any other failure gives a {@link ModelFormatException}
 * whose message names the file and what is wrong.
 *
 * <p>Saving writes a temporary file beside the target and moves it into
 * place, so a failed save leaves any earlier file untouched.
 */
public final class ModelFile {

    /** The value of the {@code "format"} field of every Stepwise model file. */
    public static final String FORMAT = "stepwise-model";

    /** The version this Stepwise writes, and the newest it opens. */
    public static final int VERSION = 1;

    private static final Logger LOG = System.getLogger(ModelFile.class.getName());

    // Jackson's default limit (20 million characters) would refuse the base64
    // of one 2000 x 2000 layer; the largest layer TrainingConfig allows needs more.
    private static final int MAX_TEXT_LENGTH = Integer.MAX_VALUE;

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_TEXT_LENGTH).build())
            .build()).build();

    private ModelFile() {
    }

    /**
     * Writes a model to a file, replacing any file of that name only once the
     * new one is complete. Missing parent folders are created.
     *
     * @throws IllegalArgumentException if the network's weights are not all
     *                                  finite (a diverged run), or its layers
     *                                  differ from the configuration's
     * @throws IOException              naming the file, if it cannot be written
     */
    public static void save(Path file, SavedModel model) throws IOException {
        JsonNode root = ModelJsonV1.write(model);
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        Files.createDirectories(directory);

        // Not Files.createTempFile, whose owner-only permissions the move would keep.
        Path temporary = directory.resolve(target.getFileName() + "." + System.nanoTime() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
            }
            moveIntoPlace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
        LOG.log(Level.INFO, () -> String.format(Locale.ROOT, "saved %s, %d parameters, to %s",
                label(model), model.network().parameterCount(), target));
    }

    /**
     * Opens a model file.
     *
     * @return the network, its configuration and history
     * @throws NoSuchFileException  if there is no such file
     * @throws ModelFormatException naming the file and the problem, if it is
     *                              not a Stepwise model this version can open
     * @throws IOException          if the file cannot be read
     */
    public static SavedModel load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null,
                    Files.isDirectory(file) ? "expected a model file but found a folder" : "no such model file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a model from a stream, such as a resource inside the jar. The
     * stream is read to the end of the JSON object but not closed.
     *
     * @param name the file's path or display name, for messages
     * @throws ModelFormatException as for {@link #load}
     * @throws IOException          if the stream cannot be read
     */
    public static SavedModel read(InputStream in, String name) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        String foreign = ForeignFiles.recognize(buffered);
        if (foreign != null) {
            throw new ModelFormatException(name, "expected a Stepwise model (JSON) but found " + foreign);
        }

        JsonNode root;
        try {
            root = JSON.readTree(buffered);
        } catch (JsonEOFException e) {
            throw new ModelFormatException(name, "the JSON ends too early; the file is truncated", e);
        } catch (JsonProcessingException e) {
            throw new ModelFormatException(name, "expected a Stepwise model in JSON but the content is not JSON ("
                    + e.getOriginalMessage() + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ModelFormatException(name, "expected a Stepwise model in JSON but the file is empty");
        }

        SavedModel model = readAnyVersion(root, name);
        LOG.log(Level.DEBUG, () -> "opened " + label(model) + " from " + name);
        return model;
    }

    /**
     * Checks the format name and hands the tree to the reader of its version.
     * A future version 2 adds {@code case 2} with its own reader and turns
     * {@code case 1} into a migration to version 2's form, so that old files
     * keep opening.
     */
    private static SavedModel readAnyVersion(JsonNode root, String name) throws ModelFormatException {
        if (!root.isObject()) {
            throw new ModelFormatException(name, "expected a JSON object with \"format\": \"" + FORMAT
                    + "\" but found a JSON " + root.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.asText().equals(FORMAT)) {
            throw new ModelFormatException(name, "expected \"format\": \"" + FORMAT + "\" but found "
                    + (format == null ? "no \"format\" field" : "\"format\": " + format)
                    + "; this is not a Stepwise model file");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
            throw new ModelFormatException(name, "expected a whole-number \"version\" but found "
                    + (version == null ? "none" : version.toString()));
        }

        int number = version.asInt();
        switch (number) {
            case 1:
                return ModelJsonV1.read(root, name);
            default:
                throw new ModelFormatException(name, number > VERSION
                        ? "the file is version " + number + " of the " + FORMAT + " format, newer than this"
                                + " Stepwise can open (versions 1 to " + VERSION + "); open it with a newer"
                                + " Stepwise"
                        : "expected a version from 1 to " + VERSION + " but found " + number);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String label(SavedModel model) {
        return model.config().networkLabel(model.network().inputSize(), model.network().outputSize());
    }
}

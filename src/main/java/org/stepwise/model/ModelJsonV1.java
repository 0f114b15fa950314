package org.stepwise.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.stepwise.network.Activation;
import org.stepwise.network.DenseLayer;
import org.stepwise.network.DenseMatrix;
import org.stepwise.network.Network;
import org.stepwise.train.TrainingConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Version 1 of the model format, both ways: a {@link SavedModel} to a JSON
 * tree and back, with every check {@link ModelFile} promises.
 */
final class ModelJsonV1 {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ModelJsonV1() {
    }

    /** The whole file's tree. */
    static ObjectNode write(SavedModel model) {
        Network network = model.network();
        requireSaveable(network, model.config());

        ObjectNode root = NODES.objectNode();
        root.put("format", ModelFile.FORMAT);
        root.put("version", 1);
        root.set("network", writeNetwork(network));
        root.set("training", ConfigJson.write(model.config()));
        root.set("history", writeHistory(model.history()));
        return root;
    }

    /** The model in a version 1 tree whose format and version are already checked. */
    static SavedModel read(JsonNode root, String name) throws ModelFormatException {
        JsonFields fields = new JsonFields(name);
        Network network = readNetwork(fields.object(root, "network", ""), fields);
        TrainingConfig config = ConfigJson.read(fields.object(root, "training", ""), fields);
        TrainingHistory history = readHistory(fields.object(root, "history", ""), fields);

        requireMatches(network, config, fields);
        return new SavedModel(network, config, history);
    }

    private static ObjectNode writeNetwork(Network network) {
        ObjectNode node = NODES.objectNode();
        ArrayNode sizes = node.putArray("sizes");
        for (int size : network.sizes()) {
            sizes.add(size);
        }
        ArrayNode layers = node.putArray("layers");
        for (DenseLayer layer : network.layers()) {
            ObjectNode entry = layers.addObject();
            entry.put("inputs", layer.inputs());
            entry.put("outputs", layer.outputs());
            entry.put("activation", Spelling.of(layer.activation()));
            entry.put("weights", encode(layer.weights().data()));
            entry.put("biases", encode(layer.biases().data()));
        }
        return node;
    }

    private static Network readNetwork(JsonNode node, JsonFields fields) throws ModelFormatException {
        int[] sizes = fields.intArray(node, "sizes", "network");
        if (sizes.length < 2) {
            throw fields.problem("network.sizes", "expected at least an input and an output size but found "
                    + sizes.length + " sizes");
        }
        JsonNode layersNode = fields.array(node, "layers", "network");
        if (layersNode.size() != sizes.length - 1) {
            throw fields.problem("network.layers", "expected " + (sizes.length - 1) + (sizes.length == 2
                    ? " layer" : " layers") + " for sizes "
                    + Arrays.toString(sizes) + " but found " + layersNode.size());
        }

        List<DenseLayer> layers = new ArrayList<>();
        for (int l = 0; l < layersNode.size(); l++) {
            boolean output = l == layersNode.size() - 1;
            layers.add(readLayer(layersNode.get(l), "network.layers[" + l + "]", sizes[l], sizes[l + 1],
                    output,
                    fields));
        }
        return Network.of(layers);
    }

    private static DenseLayer readLayer(JsonNode node, String path, int inputs, int outputs, boolean output,
            JsonFields fields) throws ModelFormatException {
        int declaredInputs = fields.integer(node, "inputs", path);
        int declaredOutputs = fields.integer(node, "outputs", path);
        if (declaredInputs != inputs || declaredOutputs != outputs) {
            throw fields.problem(path, String.format(Locale.ROOT,
                    "expected %d inputs and %d outputs, as network.sizes says, but found %d and %d",
                    inputs, outputs, declaredInputs, declaredOutputs));
        }
        if (inputs < 1 || outputs < 1 || inputs > TrainingConfig.MAX_LAYER_SIZE
                || outputs > TrainingConfig.MAX_LAYER_SIZE) {
            throw fields.problem(path, "expected layer sizes from 1 to " + TrainingConfig.MAX_LAYER_SIZE
                    + " but found " + inputs + " inputs and " + outputs + " outputs");
        }
        Activation activation = Spelling.parse(Activation.class, fields.text(node, "activation", path),
                path + ".activation", fields);
        if (!output && !activation.isElementwise()) {
            throw fields.problem(path + ".activation", Spelling.of(activation)
                    + " normalizes a whole layer and can only be the output layer's activation");
        }

        DenseLayer layer = new DenseLayer(inputs, outputs, activation);
        decode(fields.text(node, "weights", path), layer.weights(), path + ".weights", fields);
        decode(fields.text(node, "biases", path), layer.biases(), path + ".biases", fields);
        return layer;
    }

    /** Base64 of the values as little-endian IEEE 754 doubles. */
    static String encode(double[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asDoubleBuffer().put(values);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    /** Fills a matrix, row by row, from base64 text that must hold exactly its values, all finite. */
    private static void decode(String text, DenseMatrix matrix, String path, JsonFields fields)
            throws ModelFormatException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw fields.problem(path, "expected base64 text but found something else (" + e.getMessage()
                    + ")");
        }
        double[] values = matrix.data();
        if (bytes.length != (long) values.length * Double.BYTES) {
            throw fields.problem(path, String.format(Locale.ROOT,
                    "expected %d values (%d x %d, %d bytes) but found %d bytes", values.length,
                    matrix.getRowDimension(), matrix.getColumnDimension(),
                    (long) values.length * Double.BYTES, bytes.length));
        }

        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                int columns = matrix.getColumnDimension();
                throw fields.problem(path, String.format(Locale.ROOT,
                        "expected finite numbers but found %s at row %d, column %d", values[i],
                        i / columns, i % columns));
            }
        }
    }

    private static ObjectNode writeHistory(TrainingHistory history) {
        ObjectNode node = NODES.objectNode();
        ArrayNode accuracies = node.putArray("sectionAccuracies");
        history.sectionAccuracies().forEach(accuracies::add);
        node.put("completedSteps", history.completedSteps());
        putNumberOrNull(node, "fullTestAccuracy", history.fullTestAccuracy());
        putNumberOrNull(node, "finalLoss", history.finalLoss());
        node.put("seconds", history.seconds());
        node.put("data", history.data());
        node.put("notes", history.notes());
        return node;
    }

    private static TrainingHistory readHistory(JsonNode node, JsonFields fields) throws ModelFormatException {
        String path = "history";
        JsonNode accuraciesNode = fields.array(node, "sectionAccuracies", path);
        List<Double> accuracies = new ArrayList<>();
        for (int i = 0; i < accuraciesNode.size(); i++) {
            accuracies.add(fields.number(accuraciesNode.get(i), path + ".sectionAccuracies[" + i + "]"));
        }
        try {
            return new TrainingHistory(accuracies, fields.integer(node, "completedSteps", path),
                    fields.numberOrNaN(node, "fullTestAccuracy", path), fields.numberOrNaN(node, "finalLoss",
                    path),
                    fields.number(node, "seconds", path), fields.text(node, "data", path),
                    fields.text(node, "notes", path));
        } catch (IllegalArgumentException e) {
            throw fields.problem(path, e.getMessage());
        }
    }

    // JSON has no NaN: a figure that was never measured is written as null.
    private static void putNumberOrNull(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    /** A file must describe one network; a diverged one could never be opened again. */
    private static void requireSaveable(Network network, TrainingConfig config) {
        if (!network.isFinite()) {
            throw new IllegalArgumentException("the network holds NaN or infinite weights (its training"
                    + " diverged), so it cannot be saved; lower the learning rate and train again");
        }
        String mismatch = mismatch(network, config);
        if (mismatch != null) {
            throw new IllegalArgumentException(mismatch);
        }
    }

    private static void requireMatches(Network network, TrainingConfig config, JsonFields fields)
            throws ModelFormatException {
        String mismatch = mismatch(network, config);
        if (mismatch != null) {
            throw fields.problem("training", mismatch);
        }
    }

    /** What differs between a network's layers and its configuration's, or null if nothing. */
    private static String mismatch(Network network, TrainingConfig config) {
        int[] sizes = network.sizes();
        int[] configured = config.layerSizes(network.inputSize(), network.outputSize());
        if (!Arrays.equals(sizes, configured)) {
            return "the configuration's layers " + config.networkLabel(network.inputSize(),
                    network.outputSize())
                    + " differ from the network's " + Arrays.toString(sizes);
        }
        List<DenseLayer> layers = network.layers();
        for (int l = 0; l < layers.size(); l++) {
            boolean output = l == layers.size() - 1;
            Activation expected = output ? config.outputActivation() : config.hiddenActivation();
            if (layers.get(l).activation() != expected) {
                return String.format(Locale.ROOT,
                        "the configuration's %s activation is %s but layer %d's is %s",
                        output ? "output" : "hidden", Spelling.of(expected), l + 1,
                        Spelling.of(layers.get(l).activation()));
            }
        }
        return null;
    }
}

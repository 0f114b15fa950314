package org.stepwise.model;

import java.io.BufferedInputStream;
import java.io.IOException;

import org.stepwise.train.TrainingConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code "training"} object that model files use for a
 * {@link TrainingConfig}, opened to other files that hold settings (lessons,
 * the window's saved settings), so that every file spells a configuration
 * the same way and is checked by the same code.
 */
public final class TrainingSettingsJson {

    private TrainingSettingsJson() {
    }

    /** The configuration as a JSON object, one field per setting. */
    public static ObjectNode write(TrainingConfig config) {
        return ConfigJson.write(config);
    }

    /**
     * Reads a configuration written by {@link #write}.
     *
     * @param source the file's name, which starts every message
     * @throws ModelFormatException naming the file and the field that is
     *                              missing, mistyped or out of range
     */
    public static TrainingConfig read(JsonNode node, String source) throws ModelFormatException {
        if (node == null || !node.isObject()) {
            throw new ModelFormatException(source,
                    "expected a \"training\" object with the settings but found "
                    + (node == null ? "none" : "a JSON " + node.getNodeType().toString().toLowerCase(
                            java.util.Locale.ROOT)));
        }
        return ConfigJson.read(node, new JsonFields(source));
    }

    /**
     * Names a picture, archive or other non-JSON file from its first bytes
     * (and resets the stream), or returns null when it could be JSON.
     */
    public static String foreignKind(BufferedInputStream in) throws IOException {
        return ForeignFiles.recognize(in);
    }
}

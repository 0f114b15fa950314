package org.stepwise.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed reads of a model file's JSON fields, each failure a
 * {@link ModelFormatException} naming the file and the field's path
 * ({@code network.layers[1].weights}).
 */
final class JsonFields {

    private final String source;

    JsonFields(String source) {
        this.source = source;
    }

    ModelFormatException problem(String path, String message) {
        return new ModelFormatException(source, path.isEmpty() ? message : path + ": " + message);
    }

    JsonNode object(JsonNode parent, String field, String path) throws ModelFormatException {
        JsonNode node = require(parent, field, path);
        if (!node.isObject()) {
            throw problem(join(path, field), "expected an object but found " + describe(node));
        }
        return node;
    }

    JsonNode array(JsonNode parent, String field, String path) throws ModelFormatException {
        JsonNode node = require(parent, field, path);
        if (!node.isArray()) {
            throw problem(join(path, field), "expected an array but found " + describe(node));
        }
        return node;
    }

    String text(JsonNode parent, String field, String path) throws ModelFormatException {
        JsonNode node = require(parent, field, path);
        if (!node.isTextual()) {
            throw problem(join(path, field), "expected text but found " + describe(node));
        }
        return node.asText();
    }

    int integer(JsonNode parent, String field, String path) throws ModelFormatException {
        JsonNode node = require(parent, field, path);
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw problem(join(path, field), "expected a whole number but found " + describe(node));
        }
        return node.asInt();
    }

    long longInteger(JsonNode parent, String field, String path) throws ModelFormatException {
        JsonNode node = require(parent, field, path);
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw problem(join(path, field), "expected a whole number but found " + describe(node));
        }
        return node.asLong();
    }

    boolean bool(JsonNode parent, String field, String path) throws ModelFormatException {
        JsonNode node = require(parent, field, path);
        if (!node.isBoolean()) {
            throw problem(join(path, field), "expected true or false but found " + describe(node));
        }
        return node.asBoolean();
    }

    double number(JsonNode parent, String field, String path) throws ModelFormatException {
        return number(require(parent, field, path), join(path, field));
    }

    /** A number, or NaN where the file holds null (a figure never measured). */
    double numberOrNaN(JsonNode parent, String field, String path) throws ModelFormatException {
        JsonNode node = require(parent, field, path);
        return node.isNull() ? Double.NaN : number(node, join(path, field));
    }

    double number(JsonNode node, String path) throws ModelFormatException {
        if (!node.isNumber()) {
            throw problem(path, "expected a number but found " + describe(node));
        }
        return node.asDouble();
    }

    int[] intArray(JsonNode parent, String field, String path) throws ModelFormatException {
        JsonNode node = array(parent, field, path);
        int[] values = new int[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode element = node.get(i);
            if (!element.isIntegralNumber() || !element.canConvertToInt()) {
                throw problem(join(path, field) + "[" + i + "]", "expected a whole number but found "
                        + describe(element));
            }
            values[i] = element.asInt();
        }
        return values;
    }

    private JsonNode require(JsonNode parent, String field, String path) throws ModelFormatException {
        JsonNode node = parent.get(field);
        if (node == null) {
            throw problem(path, "expected a \"" + field + "\" field but found none");
        }
        return node;
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** A short description of a node for messages: its type, and its value if small. */
    private static String describe(JsonNode node) {
        String type = node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        if (node.isValueNode()) {
            String value = node.toString();
            return type + " " + (value.length() > 40 ? value.substring(0, 40) + "..." : value);
        }
        return "an " + type;
    }
}

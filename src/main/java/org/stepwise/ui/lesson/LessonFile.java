package org.stepwise.ui.lesson;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.stepwise.model.ModelFile;
import org.stepwise.model.ModelFormatException;
import org.stepwise.model.TrainingSettingsJson;
import org.stepwise.train.TrainingConfig;
import org.stepwise.ui.classroom.ShownControl;
import org.stepwise.ui.classroom.Theme;
import org.stepwise.model.AtomicFiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes lesson files: one readable JSON object (UTF-8).
 *
 * <pre>{@code
 * {
 *   "format": "stepwise-lesson",
 *   "version": 1,
 *   "title": "The noise ball",
 *   "text": "A rate that is too high ...",
 *   "training": { ... the same object a model file holds, seed included ... },
 *   "shownControls": ["learning-rate", "schedule"],
 *   "theme": "dark",          (optional)
 *   "presenter": true,        (optional)
 *   "pace": 5                 (optional, steps per second)
 * }
 * }</pre>
 *
 * A file is taken whole or refused whole: every problem is a
 * {@link LessonFormatException} naming the file and the field.
 */
public final class LessonFile {

    /** The {@code "format"} of every lesson file. */
    public static final String FORMAT = "stepwise-lesson";

    /** The version written, and the newest read. */
    public static final int VERSION = 1;

    /** A lesson file larger than this is not a lesson (the shipped ones are about 2 kB). */
    static final int MAX_BYTES = 256 * 1024;

    private static final String MODEL_FILE = "this is a saved network (a Stepwise model file), not a lesson;"
            + " open it with File > Open network";

    private static final ObjectMapper JSON = new ObjectMapper();

    private LessonFile() {
    }

    /** Opens a lesson file, checking all of it. */
    public static Lesson load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null,
                    Files.isDirectory(file)
                    ? "expected a lesson file but found a folder" : "there is no such file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new LessonFormatException(file.toString(), looksLikeModel(file) ? MODEL_FILE
                    : "the file has " + Files.size(file) + " bytes, far more than a lesson (at most "
                    + MAX_BYTES
                            + "); is it a lesson file?");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** True when a large file's start names the model format, as saved networks do. */
    private static boolean looksLikeModel(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return start.matches("(?s)\\s*\\{\\s*\"format\"\\s*:\\s*\"" + ModelFile.FORMAT + "\".*");
        }
    }

    /** Reads a lesson from a stream (a file or a resource in the jar); {@code name} starts every message. */
    public static Lesson read(InputStream in, String name) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        String foreign = TrainingSettingsJson.foreignKind(buffered);
        if (foreign != null) {
            throw new LessonFormatException(name, "expected a Stepwise lesson (JSON) but found " + foreign);
        }
        JsonNode root;
        try {
            root = JSON.readTree(buffered);
        } catch (JsonEOFException e) {
            throw new LessonFormatException(name + ": the JSON ends too early; the file is truncated", e);
        } catch (JsonProcessingException e) {
            if (String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
                throw new LessonFormatException(name + ": the JSON ends too early; the file is truncated", e);
            }
            throw new LessonFormatException(name + ": expected a lesson in JSON but the content is not JSON ("
                    + e.getOriginalMessage() + ")", e);
        }
        if (root == null || root.isMissingNode()) {
            throw new LessonFormatException(name, "the file is empty; expected a lesson in JSON");
        }
        return fromJson(root, name);
    }

    /** The lesson as its JSON tree. */
    public static ObjectNode toJson(Lesson lesson) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("title", lesson.title());
        root.put("text", lesson.text());
        root.set("training", TrainingSettingsJson.write(lesson.training()));
        ArrayNode shown = root.putArray("shownControls");
        for (ShownControl control : ShownControl.values()) {
            if (lesson.shownControls().contains(control)) {
                shown.add(control.id());
            }
        }
        if (lesson.theme() != null) {
            root.put("theme", lesson.theme().id());
        }
        if (lesson.presenter() != null) {
            root.put("presenter", lesson.presenter());
        }
        if (lesson.pace() != null) {
            root.put("pace", lesson.pace());
        }
        return root;
    }

    /**
     * Writes a lesson, replacing an existing file only once the new one is
     * complete. The window asks before it replaces a file.
     */
    public static void save(Path file, Lesson lesson) throws IOException {
        AtomicFiles.write(file, out -> JSON.writerWithDefaultPrettyPrinter().writeValue(out, toJson(lesson)));
    }

    static Lesson fromJson(JsonNode root, String name) throws LessonFormatException {
        if (!root.isObject()) {
            throw new LessonFormatException(name, "expected a JSON object with \"format\": \"" + FORMAT
                    + "\" but found a JSON " + root.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        JsonNode format = root.get("format");
        if (format != null && ModelFile.FORMAT.equals(format.asText())) {
            throw new LessonFormatException(name, MODEL_FILE);
        }
        if (format == null || !FORMAT.equals(format.asText())) {
            throw new LessonFormatException(name, "expected \"format\": \"" + FORMAT + "\" but found "
                    + (format == null ? "no \"format\" field" : "\"format\": " + format)
                    + "; this is not a Stepwise lesson");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber()) {
            throw new LessonFormatException(name, "expected a whole-number \"version\" but found "
                    + (version == null ? "none" : version.toString()));
        }
        if (version.asLong() != VERSION) {
            throw new LessonFormatException(name, version.asLong() > VERSION
                    ? "the lesson is version " + version.asLong()
                    + ", newer than this Stepwise opens (version "
                            + VERSION + "); open it with a newer Stepwise"
                    : "expected version " + VERSION + " but found " + version.asLong());
        }

        String title = text(root, "title", name, true);
        String text = text(root, "text", name, true);
        TrainingConfig training;
        try {
            training = TrainingSettingsJson.read(root.get("training"), name);
        } catch (ModelFormatException e) {
            throw new LessonFormatException(e.getMessage(), e);
        }
        Set<ShownControl> shown = shownControls(root.get("shownControls"), name);
        Theme theme = null;
        String themeId = text(root, "theme", name, false);
        if (themeId != null) {
            theme = Theme.fromId(themeId);
            if (theme == null) {
                throw new LessonFormatException(name, "theme: expected \"light\" or \"dark\" but found \""
                        + themeId + "\"");
            }
        }
        Boolean presenter = null;
        JsonNode presenterNode = root.get("presenter");
        if (presenterNode != null && !presenterNode.isNull()) {
            if (!presenterNode.isBoolean()) {
                throw new LessonFormatException(name, "presenter: expected true or false but found "
                        + presenterNode);
            }
            presenter = presenterNode.asBoolean();
        }
        Double pace = null;
        JsonNode paceNode = root.get("pace");
        if (paceNode != null && !paceNode.isNull()) {
            if (!paceNode.isNumber()) {
                throw new LessonFormatException(name, "pace: expected steps per second as a number but found "
                        + paceNode);
            }
            pace = paceNode.asDouble();
        }
        try {
            return new Lesson(title, text, training, shown, theme, presenter, pace);
        } catch (IllegalArgumentException e) {
            throw new LessonFormatException(name, e.getMessage());
        }
    }

    private static String text(JsonNode root, String field, String name, boolean required)
            throws LessonFormatException {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new LessonFormatException(name, "expected a \"" + field + "\" field but found none");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw new LessonFormatException(name, field + ": expected text but found " + node);
        }
        return node.asText();
    }

    private static Set<ShownControl> shownControls(JsonNode node, String name) throws LessonFormatException {
        if (node == null) {
            throw new LessonFormatException(name,
                    "expected a \"shownControls\" list such as [\"learning-rate\","
                    + " \"schedule\"] but found none");
        }
        if (!node.isArray()) {
            throw new LessonFormatException(name, "shownControls: expected a list of control names but found "
                    + node);
        }
        Set<ShownControl> shown = EnumSet.noneOf(ShownControl.class);
        for (JsonNode element : node) {
            ShownControl control = element.isTextual() ? ShownControl.fromId(element.asText()) : null;
            if (control == null) {
                throw new LessonFormatException(name, "shownControls: " + element + " is not a control; the"
                        + " controls are " + knownIds());
            }
            shown.add(control);
        }
        return shown;
    }

    private static String knownIds() {
        StringBuilder ids = new StringBuilder();
        for (ShownControl control : ShownControl.values()) {
            ids.append(ids.length() == 0 ? "" : ", ").append(control.id());
        }
        return ids.toString();
    }
}

package org.stepwise.ui.persist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.stepwise.model.AtomicFiles;
import org.stepwise.model.ModelFormatException;
import org.stepwise.model.TrainingSettingsJson;
import org.stepwise.train.TrainingConfig;
import org.stepwise.ui.classroom.ShownControl;
import org.stepwise.ui.classroom.Theme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The window's settings file, {@value #FILE_NAME} in {@link StepwiseHome}:
 * readable JSON with the training settings (the same object lessons and
 * model files hold), theme, shown controls, window place and selected tab.
 *
 * <p>Reading never fails: a file that is not JSON, empty, of another format
 * or version gives {@link SavedSettings#none()} with one problem; within a
 * good file each part is read on its own, so one hand-edited wrong value
 * costs only its own part, and the problem names it.
 */
public final class SettingsFile {

    public static final String FILE_NAME = "settings.json";
    public static final String FORMAT = "stepwise-settings";
    public static final int VERSION = 1;

    /** The smallest and largest window sides taken from a file, in pixels. */
    static final double MIN_SIDE = 200;
    static final double MAX_SIDE = 20_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SettingsFile() {
    }

    /** Reads the settings in {@code home}; never throws. */
    public static SavedSettings read(Path home) {
        Path file = home.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return SavedSettings.none();
        }
        JsonNode root;
        try {
            if (Files.size(file) > 1_000_000) {
                return refused(file, "it is larger than any settings file (" + Files.size(file) + " bytes)");
            }
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            return refused(file, "it is not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException | RuntimeException e) {
            return refused(file, "it could not be read (" + e.getMessage() + ")");
        }
        if (root == null || root.isMissingNode()) {
            return refused(file, "it is empty");
        }
        if (!root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            return refused(file, "it does not start with \"format\": \"" + FORMAT + "\"");
        }
        if (!root.path("version").isIntegralNumber() || root.path("version").asInt() != VERSION) {
            return refused(file, "it is version " + root.path("version")
                    + ", and this Stepwise reads version "
                    + VERSION);
        }

        List<String> problems = new ArrayList<>();
        TrainingConfig training = null;
        if (root.has("training")) {
            try {
                training = TrainingSettingsJson.read(root.get("training"), FILE_NAME);
            } catch (ModelFormatException e) {
                problems.add(e.getMessage());
            }
        }
        Theme theme = null;
        if (root.has("theme")) {
            theme = Theme.fromId(root.get("theme").asText(null));
            if (theme == null) {
                problems.add(FILE_NAME + ": theme: expected \"light\" or \"dark\" but found "
                        + root.get("theme"));
            }
        }
        Set<ShownControl> shown = root.has("shownControls") ? shownControls(root.get("shownControls"),
                problems)
                : null;
        SavedSettings.WindowPlace place = root.has("window") ? place(root.get("window"), problems) : null;
        String tab = null;
        if (root.has("tab")) {
            if (root.get("tab").isTextual()) {
                tab = root.get("tab").asText();
            } else {
                problems.add(FILE_NAME + ": tab: expected the name of a tab but found " + root.get("tab"));
            }
        }
        return new SavedSettings(training, theme, shown, place, tab, problems);
    }

    private static SavedSettings refused(Path file, String why) {
        return new SavedSettings(null, null, null, null, null,
                List.of(file.getFileName() + " was not used because " + why));
    }

    private static Set<ShownControl> shownControls(JsonNode node, List<String> problems) {
        if (!node.isArray()) {
            problems.add(FILE_NAME + ": shownControls: expected a list of control names but found " + node);
            return null;
        }
        Set<ShownControl> shown = EnumSet.noneOf(ShownControl.class);
        for (JsonNode element : node) {
            ShownControl control = ShownControl.fromId(element.asText(""));
            if (control == null) {
                problems.add(FILE_NAME + ": shownControls: " + element
                        + " is not a control, so all are shown");
                return null;
            }
            shown.add(control);
        }
        return shown;
    }

    private static SavedSettings.WindowPlace place(JsonNode node, List<String> problems) {
        double x = node.path("x").asDouble(Double.NaN);
        double y = node.path("y").asDouble(Double.NaN);
        double width = node.path("width").asDouble(Double.NaN);
        double height = node.path("height").asDouble(Double.NaN);
        boolean numbers = node.path("x").isNumber() && node.path("y").isNumber()
                && node.path("width").isNumber()
                && node.path("height").isNumber() && node.path("maximized").isBoolean();
        if (!numbers || Math.abs(x) > MAX_SIDE || Math.abs(y) > MAX_SIDE || !(width >= MIN_SIDE
                && width <= MAX_SIDE) || !(height >= MIN_SIDE && height <= MAX_SIDE)) {
            problems.add(FILE_NAME + ": window: expected x, y, width and height in pixels (sides "
                    + (int) MIN_SIDE
                    + " to " + (int) MAX_SIDE + ") and maximized true or false, but found " + node);
            return null;
        }
        return new SavedSettings.WindowPlace(x, y, width, height, node.get("maximized").asBoolean());
    }

    /**
     * Writes the settings to {@code home}, creating it; replaces the old file only once the new one is whole.
     */
    public static void write(Path home, SavedSettings settings) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        if (settings.training() != null) {
            root.set("training", TrainingSettingsJson.write(settings.training()));
        }
        if (settings.theme() != null) {
            root.put("theme", settings.theme().id());
        }
        if (settings.shownControls() != null) {
            ArrayNode shown = root.putArray("shownControls");
            for (ShownControl control : ShownControl.values()) {
                if (settings.shownControls().contains(control)) {
                    shown.add(control.id());
                }
            }
        }
        if (settings.window() != null) {
            ObjectNode window = root.putObject("window");
            window.put("x", settings.window().x());
            window.put("y", settings.window().y());
            window.put("width", settings.window().width());
            window.put("height", settings.window().height());
            window.put("maximized", settings.window().maximized());
        }
        if (settings.tab() != null) {
            root.put("tab", settings.tab());
        }
        AtomicFiles.write(home.resolve(FILE_NAME), out ->
                JSON.writerWithDefaultPrettyPrinter().writeValue(out, root));
    }
}

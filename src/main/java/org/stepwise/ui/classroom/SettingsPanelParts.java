package org.stepwise.ui.classroom;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import javafx.scene.Node;
import javafx.scene.Parent;

import org.stepwise.ui.Styles;

/**
 * Finds the settings panel's rows for each {@link ShownControl} by the ids
 * of the controls in them, so the panel itself needs no knowledge of
 * presenter mode. A row is a direct child of the panel's content; a section
 * title goes when every row under it is hidden.
 *
 * <p>Known shortcoming: a control whose id changes in ConfigView silently
 * drops out of this map; ClassroomWindowTest checks every ShownControl of
 * the panel still finds a row.
 */
public final class SettingsPanelParts {

    private static final Map<ShownControl, List<String>> IDS = Map.of(
            ShownControl.LAYERS, List.of("hiddenLayerCountSpinner", "layerSize"),
            ShownControl.ACTIVATION, List.of("hiddenActivationChoice", "outputActivationChoice"),
            ShownControl.LOSS, List.of("lossChoice"),
            ShownControl.OPTIMIZER, List.of("optimizerChoice"),
            ShownControl.LEARNING_RATE, List.of("learningRateSlider"),
            ShownControl.SCHEDULE, List.of("scheduleChoice", "exponentialDecayField",
                    "inverseTimeDecayField", "powerField", "endRateField", "scheduleFormula"),
            ShownControl.BATCH, List.of("batchSizeField", "sectionsField", "stepsPerSectionField"),
            ShownControl.SAMPLING, List.of("samplingChoice"),
            ShownControl.SEED, List.of("seedField"));

    /** The settings under each section title, in the panel's order. */
    private static final List<Set<ShownControl>> SECTIONS = List.of(
            EnumSet.of(ShownControl.LAYERS, ShownControl.ACTIVATION, ShownControl.LOSS),
            EnumSet.of(ShownControl.OPTIMIZER, ShownControl.LEARNING_RATE, ShownControl.SCHEDULE),
            EnumSet.of(ShownControl.BATCH, ShownControl.SAMPLING, ShownControl.SEED));

    private SettingsPanelParts() {
    }

    /** The controls the settings panel holds. */
    public static Set<ShownControl> controls() {
        return IDS.keySet();
    }

    /**
     * Registers the rows of {@code content} (the settings panel's column)
     * with {@code layout}, and {@code panel} to go when no setting is shown.
     */
    public static void register(ShownControlsLayout layout, Parent content, Node panel) {
        List<Node> rows = content.getChildrenUnmodifiable();
        Node previous = null;
        for (Node row : rows) {
            for (Map.Entry<ShownControl, List<String>> entry : IDS.entrySet()) {
                if (holds(row, id -> entry.getValue().stream().anyMatch(id::startsWith))) {
                    layout.add(entry.getKey(), row);
                }
            }
            // The note under the optimizer (such as Adam's rate) belongs to it.
            if (previous != null && row.getStyleClass().contains(Styles.HINT_TEXT)
                    && holds(previous, "optimizerChoice"::equals)) {
                layout.add(ShownControl.OPTIMIZER, row);
            }
            previous = row;
        }
        List<Node> titles = rows.stream()
                .filter(row -> row.getStyleClass().contains(Styles.SECTION_TITLE)).toList();
        for (int i = 0; i < Math.min(titles.size(), SECTIONS.size()); i++) {
            layout.addWhenAllHidden(SECTIONS.get(i), titles.get(i));
        }
        layout.addWhenAllHidden(controls(), panel);
    }

    private static boolean holds(Node node, Predicate<String> id) {
        if (node.getId() != null && id.test(node.getId())) {
            return true;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (holds(child, id)) {
                    return true;
                }
            }
        }
        return false;
    }
}

package org.stepwise.ui.config;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.stepwise.network.Activation;
import org.stepwise.network.Loss;
import org.stepwise.optimize.ScheduleKind;
import org.stepwise.train.Sampling;
import org.stepwise.ui.Formats;
import org.stepwise.ui.Styles;

/**
 * The settings panel: network shape, learning rate and schedule, and the
 * run's length, each with a label, a tooltip and, when the entry is not
 * valid, the reason beside it.
 */
public final class ConfigView extends ScrollPane {

    private final ConfigViewModel model;
    private final VBox content = new VBox();

    public ConfigView(ConfigViewModel model) {
        this.model = model;
        setId("settingsPanel");
        getStyleClass().add(Styles.SETTINGS_PANEL);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add(Styles.SETTINGS_CONTENT);

        content.getChildren().addAll(title("Network"));
        addNetworkSettings();
        content.getChildren().add(title("Learning"));
        addLearningSettings();
        content.getChildren().add(title("Run"));
        addRunSettings();
        setContent(content);
    }

    private void addNetworkSettings() {
        add(setting("Hidden layers", "How many layers sit between the 784 pixels and the 10"
                + " digits (1 to " + ConfigViewModel.MAX_HIDDEN_LAYERS + ").",
                layerCountSpinner(), null));
        List<TextSetting<Integer>> sizes = model.layerSizes();
        for (int i = 0; i < sizes.size(); i++) {
            add(layerSizeSetting(i, sizes.get(i)));
        }
        add(choice("Hidden activation", "hiddenActivationChoice",
                ConfigViewModel.HIDDEN_ACTIVATIONS, model.hiddenActivationProperty(),
                Activation::label, "The function each hidden unit applies. The thesis's ReLU"
                        + " passes back a slope of 0.01 below zero instead of 0."));
        add(choice("Output activation", "outputActivationChoice",
                ConfigViewModel.OUTPUT_ACTIVATIONS, model.outputActivationProperty(),
                Activation::label, "The function of the 10 output units. Softmax makes the"
                        + " outputs probabilities that add up to 1."));
        add(choice("Loss", "lossChoice", List.of(Loss.values()), model.lossProperty(),
                Loss::label, "How wrong an answer counts. The thesis's program summed the"
                        + " squared errors."));
    }

    private Spinner<Integer> layerCountSpinner() {
        Spinner<Integer> spinner = new Spinner<>(1, ConfigViewModel.MAX_HIDDEN_LAYERS,
                model.getHiddenLayerCount());
        spinner.setId("hiddenLayerCountSpinner");
        SpinnerValueFactory<Integer> values = spinner.getValueFactory();
        values.valueProperty().addListener((observable, before, now) ->
                model.setHiddenLayerCount(now));
        model.hiddenLayerCountProperty().addListener((observable, before, now) ->
                values.setValue(now.intValue()));
        spinner.setPrefWidth(90);
        return spinner;
    }

    private Node layerSizeSetting(int index, TextSetting<Integer> size) {
        Slider slider = new Slider(1, ConfigViewModel.SLIDER_MAX_LAYER_SIZE, size.getValue());
        slider.setId("layerSize" + (index + 1) + "Slider");
        TextField field = numberField("layerSize" + (index + 1) + "Field", size);
        linkLinear(slider, size);

        int layer = index + 1;
        String help = "Units in hidden layer " + layer + ": drag, or type a size from 1 to "
                + ConfigViewModel.SLIDER_MAX_LAYER_SIZE + ".";
        Node row = setting("Hidden layer " + layer + " units", help,
                sliderWithField(slider, field), size.errorProperty());
        ObservableBooleanValue used = model.hiddenLayerCountProperty().greaterThan(index);
        row.visibleProperty().bind(used);
        row.managedProperty().bind(used);
        return row;
    }

    private void addLearningSettings() {
        add(choice("Optimizer", "optimizerChoice", List.of(OptimizerChoice.values()),
                model.optimizerProperty(), OptimizerChoice::label, "SGD steps against the"
                        + " gradient; Adam adapts each weight's step. Picking Adam sets the"
                        + " rate to 0.003, its step size in the thesis."));
        add(hint(model.optimizerNoteProperty()));
        add(learningRateSetting());
        add(scheduleSetting());
        add(scheduleParameter(ScheduleKind.EXPONENTIAL, typed("Decay rate g",
                "exponentialDecayField", model.exponentialDecayRate(),
                "The factor the rate is multiplied by after each section.")));
        add(scheduleParameter(ScheduleKind.INVERSE_TIME, typed("Decay rate g",
                "inverseTimeDecayField", model.inverseTimeDecayRate(),
                "How fast the rate falls: e0 / (1 + g * k).")));
        add(scheduleParameter(ScheduleKind.POLYNOMIAL, typed("Power p", "powerField",
                model.power(), "The curve's bend: 1 falls in a straight line, below 1"
                        + " falls late, above 1 early.")));
        add(scheduleParameter(ScheduleKind.POLYNOMIAL, typed("End rate e_end", "endRateField",
                model.endRate(), "The rate the polynomial decay reaches at the end.")));
        add(formula());
        add(warning());
    }

    /** Advice that does not block Start, such as a schedule that never changes the rate. */
    private Node warning() {
        Label label = errorLabel(model.warningProperty());
        label.setId("settingsWarning");
        label.getStyleClass().setAll(Styles.WARNING_TEXT);
        return label;
    }

    private Node scheduleSetting() {
        Node row = choice("Schedule", "scheduleChoice", List.of(ScheduleKind.values()),
                model.scheduleKindProperty(), ScheduleKind::label, "");
        Label label = (Label) ((VBox) row).getChildren().get(0);
        label.getTooltip().textProperty().bind(model.scheduleTooltipProperty());
        return row;
    }

    private Node learningRateSetting() {
        TextSetting<Double> rate = model.learningRate();
        Slider slider = new Slider(LogScale.MIN_POSITION, LogScale.MAX_POSITION,
                LogScale.position(rate.getValue()));
        slider.setId("learningRateSlider");
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setLabelFormatter(new LogTickLabels());
        linkLogarithmic(slider, rate);

        TextField field = numberField("learningRateField", rate);
        String help = "The step size at the start (Adam's alpha). The slider runs from 0.001"
                + " to 1 on a log scale; type an exact value up to "
                + LogScale.text(ConfigViewModel.MAX_LEARNING_RATE) + " in the box.";
        return setting("Learning rate e0", help, sliderWithField(slider, field),
                rate.errorProperty());
    }

    /** Shows a parameter's row only while its schedule is chosen. */
    private Node scheduleParameter(ScheduleKind kind, Node row) {
        ObservableBooleanValue shown = model.scheduleKindProperty().isEqualTo(kind);
        row.visibleProperty().bind(shown);
        row.managedProperty().bind(shown);
        return row;
    }

    private Node formula() {
        Label formula = new Label();
        formula.setId("scheduleFormula");
        formula.getStyleClass().add(Styles.FORMULA);
        formula.setWrapText(true);
        formula.textProperty().bind(model.formulaProperty());
        Tooltip help = new Tooltip();
        help.textProperty().bind(model.scheduleTooltipProperty());
        help.setWrapText(true);
        help.setMaxWidth(420);
        formula.setTooltip(help);
        return formula;
    }

    private void addRunSettings() {
        add(typed("Batch size", "batchSizeField", model.batchSize(),
                "Images per step, from 1 to the number of training images; the step follows"
                        + " their mean gradient."));
        add(typed("Sections", "sectionsField", model.sections(), "The run is cut into"
                + " sections; the schedule changes the rate between them and the whole test"
                + " set is read at the end of each. At least 1."));
        add(typed("Steps per section", "stepsPerSectionField", model.stepsPerSection(),
                "Mini-batch steps in each section, at least 1 (375 x 16 = 6,000 images in the"
                        + " thesis)."));
        add(choice("Sampling", "samplingChoice", List.of(Sampling.values()),
                model.samplingProperty(), Sampling::label,
                "How each batch's images are drawn from the training set."));
        add(typed("Seed", "seedField", model.seed(), "A whole number that decides the first"
                + " weights and every random draw: the same seed repeats a run exactly."));
    }

    /** A setting typed into a text field, with the reason beside it when it is not valid. */
    private Node typed(String label, String id, TextSetting<?> setting, String help) {
        return setting(label, help, numberField(id, setting), setting.errorProperty());
    }

    /** A setting picked from a list of labelled choices. */
    private <T> Node choice(String label, String id, List<T> choices, ObjectProperty<T> value,
            Function<T, String> names, String help) {
        return setting(label, help, comboBox(id, choices, value, names), null);
    }

    private Node setting(String text, String help, Node control, ObservableStringValue error) {
        Tooltip tooltip = new Tooltip(help);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SETTING_LABEL);
        label.setLabelFor(typingTarget(control));
        label.setTooltip(tooltip);
        installTooltip(control, tooltip);

        VBox box = new VBox(label, control);
        box.getStyleClass().add(Styles.SETTING);
        if (error != null) {
            box.getChildren().add(errorLabel(error));
        }
        return box;
    }

    /** The control that takes the keyboard: the field of a slider and field pair. */
    private static Node typingTarget(Node control) {
        if (control instanceof HBox pair) {
            return pair.getChildren().get(pair.getChildren().size() - 1);
        }
        return control;
    }

    private static void installTooltip(Node node, Tooltip tooltip) {
        if (node instanceof Control control) {
            control.setTooltip(tooltip);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> installTooltip(child, tooltip));
        }
    }

    private static Label errorLabel(ObservableStringValue error) {
        Label label = new Label();
        label.getStyleClass().add(Styles.ERROR_TEXT);
        label.setWrapText(true);
        label.textProperty().bind(error);
        ObservableBooleanValue shown = Bindings.isNotEmpty(error);
        label.visibleProperty().bind(shown);
        label.managedProperty().bind(shown);
        return label;
    }

    private static Label hint(ObservableStringValue text) {
        Label label = errorLabel(text);
        label.getStyleClass().setAll(Styles.HINT_TEXT);
        return label;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }

    private void add(Node node) {
        content.getChildren().add(node);
    }

    private static HBox sliderWithField(Slider slider, TextField field) {
        HBox box = new HBox(slider, field);
        box.getStyleClass().add(Styles.SLIDER_WITH_FIELD);
        HBox.setHgrow(slider, Priority.ALWAYS);
        return box;
    }

    private static TextField numberField(String id, TextSetting<?> setting) {
        TextField field = new TextField();
        field.setId(id);
        field.getStyleClass().add(Styles.NUMBER_FIELD);
        field.setPrefColumnCount(6);
        field.textProperty().bindBidirectional(setting.textProperty());
        setting.errorProperty().addListener((observable, before, now) ->
                field.pseudoClassStateChanged(Styles.INVALID, !now.isEmpty()));
        field.pseudoClassStateChanged(Styles.INVALID, !setting.isValid());
        return field;
    }

    private static <T> ComboBox<T> comboBox(String id, List<T> choices, ObjectProperty<T> value,
            Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(choices);
        box.setConverter(new LabelConverter<>(label));
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** Dragging the slider types a whole number; typing a number moves the slider. */
    private static void linkLinear(Slider slider, TextSetting<Integer> setting) {
        boolean[] syncing = {false};
        slider.valueProperty().addListener((observable, before, now) -> {
            if (!syncing[0]) {
                syncing[0] = true;
                setting.setText(Long.toString(Math.round(now.doubleValue())));
                syncing[0] = false;
            }
        });
        setting.valueProperty().addListener((observable, before, now) -> {
            if (!syncing[0] && now != null) {
                syncing[0] = true;
                slider.setValue(now);
                syncing[0] = false;
            }
        });
    }

    /**
     * Dragging the slider types a rounded rate; typing a rate moves the
     * slider but keeps the typed value exactly.
     */
    private static void linkLogarithmic(Slider slider, TextSetting<Double> setting) {
        boolean[] syncing = {false};
        slider.valueProperty().addListener((observable, before, now) -> {
            if (!syncing[0]) {
                syncing[0] = true;
                setting.setText(LogScale.text(LogScale.rate(now.doubleValue())));
                syncing[0] = false;
            }
        });
        setting.valueProperty().addListener((observable, before, now) -> {
            if (!syncing[0] && now != null) {
                syncing[0] = true;
                slider.setValue(LogScale.position(now));
                syncing[0] = false;
            }
        });
    }

    /** Writes the log slider's ticks as rates: 0.001, 0.01, 0.1, 1. */
    private static final class LogTickLabels extends StringConverter<Double> {

        @Override
        public String toString(Double position) {
            return LogScale.text(Math.pow(10, Math.round(position)));
        }

        @Override
        public Double fromString(String text) {
            return LogScale.position(Double.parseDouble(text));
        }
    }

    /** Shows a choice by its label rather than its enum name. */
    private static final class LabelConverter<T> extends StringConverter<T> {

        private final Function<T, String> label;

        LabelConverter(Function<T, String> label) {
            this.label = label;
        }

        @Override
        public String toString(T value) {
            return value == null ? "" : label.apply(value);
        }

        @Override
        public T fromString(String text) {
            throw new UnsupportedOperationException("choices are picked, not typed");
        }
    }
}

package org.stepwise.ui.canvas;

import java.util.Locale;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.stepwise.ui.DigitImageView;
import org.stepwise.ui.Formats;
import org.stepwise.ui.Styles;

/**
 * What the network reads: the digit, big, which network reads it, and ten
 * bars with the output for each digit. Shows a hint instead while there is
 * no network or no drawing, and beside the reading when there is a warning.
 * For the drawing pad it also shows the 28 x 28 image the network is given.
 */
public final class OutputBarsView extends VBox {

    /** Screen pixels per input pixel of the image the network is given: 112 pixels a side. */
    public static final int INPUT_SCALE = 4;

    private static final int DIGITS = 10;

    private final DigitReadingViewModel model;
    private final String idPrefix;
    private final Label digit = new Label();
    private final ProgressBar[] bars = new ProgressBar[DIGITS];
    private final Label[] values = new Label[DIGITS];
    private final Label[] digitLabels = new Label[DIGITS];

    /** The drawing pad's reading, with the image the network is given and the usual ids. */
    public OutputBarsView(DigitReadingViewModel model) {
        this(model, true, "");
    }

    /**
     * @param showInput show the 28 x 28 image the network is given, beside the verdict
     * @param idPrefix  put before the ids of the parts ("test" gives "testReadDigit"), so
     *                  that two readings in one window can be told apart; empty for none
     */
    public OutputBarsView(DigitReadingViewModel model, boolean showInput, String idPrefix) {
        this.model = model;
        this.idPrefix = idPrefix;
        getStyleClass().add(Styles.READING_PANEL);

        HBox top = showInput ? new HBox(input(), verdict()) : new HBox(verdict());
        top.getStyleClass().add(Styles.READING_TOP);
        getChildren().addAll(top, source(), hint(), outputsTitle(), barGrid());
        model.outputsProperty().addListener(observable -> redraw());
        redraw();
    }

    /** The image the network is given, magnified with square pixels. */
    private VBox input() {
        DigitImageView image = new DigitImageView(INPUT_SCALE);
        image.setId(id("inputImage"));
        model.inputsProperty().addListener((observable, before, now) -> image.setPixels(now));
        image.setPixels(model.getInputs());
        Tooltip.install(image, new Tooltip("The 28 x 28 image the network is given: your drawing"
                + " cropped, fitted into 20 x 20 and centred by its mass, as MNIST's digits were."));
        StackPane frame = new StackPane(image);
        frame.getStyleClass().add(Styles.INPUT_FRAME);
        Label caption = new Label("Input");
        caption.getStyleClass().add(Styles.READS_LABEL);
        VBox input = new VBox(caption, frame);
        input.getStyleClass().add(Styles.INPUT_BOX);
        return input;
    }

    /** "Reads" and the digit, big. */
    private VBox verdict() {
        Label reads = new Label("Reads");
        reads.getStyleClass().add(Styles.READS_LABEL);
        digit.setId(id("readDigit"));
        digit.getStyleClass().add(Styles.READ_DIGIT);
        VBox verdict = new VBox(reads, digit);
        verdict.getStyleClass().add(Styles.VERDICT);
        return verdict;
    }

    /** Which network reads: "Reading with the shipped network, 98.95% on MNIST test". */
    private Label source() {
        Label source = new Label();
        source.setId(id("readingSource"));
        source.getStyleClass().add(Styles.READING_SOURCE);
        source.setWrapText(true);
        // Its full height, so the second line shows instead of "ste..." when the panel is short.
        source.setMinHeight(Region.USE_PREF_SIZE);
        source.textProperty().bind(model.sourceProperty());
        source.managedProperty().bind(source.textProperty().isNotEmpty());
        source.visibleProperty().bind(source.managedProperty());
        return source;
    }

    /** Why nothing is read, or a warning; takes no room when there is neither. */
    private Label hint() {
        Label hint = new Label();
        hint.setId(id("readingHint"));
        hint.getStyleClass().add(Styles.HINT_TEXT);
        hint.setWrapText(true);
        hint.textProperty().bind(model.hintProperty());
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.managedProperty());
        return hint;
    }

    private Label outputsTitle() {
        Label title = new Label();
        title.setId(id("outputsTitle"));
        title.getStyleClass().add(Styles.OUTPUTS_TITLE);
        title.textProperty().bind(model.outputsTitleProperty());
        return title;
    }

    private GridPane barGrid() {
        GridPane grid = new GridPane();
        grid.setId(id("outputBars"));
        grid.getStyleClass().add(Styles.OUTPUT_BARS);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), bar, value);

        for (int d = 0; d < DIGITS; d++) {
            digitLabels[d] = new Label(Integer.toString(d));
            digitLabels[d].getStyleClass().add(Styles.OUTPUT_DIGIT);
            bars[d] = new ProgressBar(0);
            bars[d].getStyleClass().add(Styles.OUTPUT_BAR);
            bars[d].setMaxWidth(Double.MAX_VALUE);
            values[d] = new Label();
            values[d].setId(id("outputValue" + d));
            values[d].getStyleClass().add(Styles.OUTPUT_VALUE);
            Tooltip.install(bars[d], new Tooltip("The output unit for the digit " + d));
            grid.addRow(d, digitLabels[d], bars[d], values[d]);
        }
        return grid;
    }

    private String id(String name) {
        if (idPrefix.isEmpty()) {
            return name;
        }
        return idPrefix + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private void redraw() {
        double[] outputs = model.getOutputs();
        int predicted = model.getDigit();
        boolean reading = predicted != DigitReadingViewModel.NO_DIGIT;
        digit.setText(reading ? Integer.toString(predicted) : "?");
        digit.pseudoClassStateChanged(Styles.NO_READING, !reading);
        double scale = outputs == null ? 1 : scale(outputs);
        for (int d = 0; d < DIGITS; d++) {
            boolean shown = outputs != null;
            bars[d].setProgress(shown ? barLength(outputs[d], scale) : 0);
            values[d].setText(shown ? Formats.output(outputs[d]) : "");
            boolean isPredicted = d == predicted;
            bars[d].pseudoClassStateChanged(Styles.PREDICTED, isPredicted);
            digitLabels[d].pseudoClassStateChanged(Styles.PREDICTED, isPredicted);
            values[d].pseudoClassStateChanged(Styles.PREDICTED, isPredicted);
        }
    }

    /** Outputs in 0..1 fill bars to their value; ReLU outputs above 1 are scaled to the largest. */
    private static double scale(double[] outputs) {
        double largest = 1;
        for (double output : outputs) {
            if (Double.isFinite(output)) {
                largest = Math.max(largest, output);
            }
        }
        return largest;
    }

    private static double barLength(double output, double scale) {
        // A negative progress would turn the bar into a busy indicator.
        return Double.isFinite(output) ? Math.max(0, output / scale) : 0;
    }
}

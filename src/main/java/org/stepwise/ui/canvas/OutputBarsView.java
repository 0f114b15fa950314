package org.stepwise.ui.canvas;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.stepwise.ui.Formats;
import org.stepwise.ui.Styles;

/**
 * What the network reads in the drawing: the digit, big, and ten bars with
 * the output for each digit. Shows a hint instead while there is no network
 * or no drawing.
 */
public final class OutputBarsView extends VBox {

    private static final int DIGITS = 10;

    private final DigitReadingViewModel model;
    private final Label digit = new Label();
    private final ProgressBar[] bars = new ProgressBar[DIGITS];
    private final Label[] values = new Label[DIGITS];
    private final Label[] digitLabels = new Label[DIGITS];

    public OutputBarsView(DigitReadingViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.READING_PANEL);

        getChildren().addAll(verdict(), hint(), outputsTitle(), barGrid());
        model.outputsProperty().addListener(observable -> redraw());
        redraw();
    }

    /** "The network reads" and the digit, big. */
    private HBox verdict() {
        Label reads = new Label("The network reads");
        reads.getStyleClass().add(Styles.READS_LABEL);
        digit.setId("readDigit");
        digit.getStyleClass().add(Styles.READ_DIGIT);
        HBox verdict = new HBox(reads, digit);
        verdict.getStyleClass().add(Styles.VERDICT);
        return verdict;
    }

    /** Why nothing is read; takes no room while a digit is. */
    private Label hint() {
        Label hint = new Label();
        hint.setId("readingHint");
        hint.getStyleClass().add(Styles.HINT_TEXT);
        hint.setWrapText(true);
        hint.textProperty().bind(model.hintProperty());
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.managedProperty());
        return hint;
    }

    private Label outputsTitle() {
        Label title = new Label();
        title.setId("outputsTitle");
        title.getStyleClass().add(Styles.OUTPUTS_TITLE);
        title.textProperty().bind(model.outputsTitleProperty());
        return title;
    }

    private GridPane barGrid() {
        GridPane grid = new GridPane();
        grid.setId("outputBars");
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
            values[d].setId("outputValue" + d);
            values[d].getStyleClass().add(Styles.OUTPUT_VALUE);
            Tooltip.install(bars[d], new Tooltip("The output unit for the digit " + d));
            grid.addRow(d, digitLabels[d], bars[d], values[d]);
        }
        return grid;
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

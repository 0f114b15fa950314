package org.stepwise.ui.inside;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.stepwise.ui.DigitImageView;
import org.stepwise.ui.Formats;
import org.stepwise.ui.Styles;
import org.stepwise.ui.canvas.DigitReadingViewModel;
import org.stepwise.ui.canvas.OutputBarsView;

/**
 * One MNIST test digit at a time, large, with its true label and the
 * network's reading and ten outputs: previous, next, random, or an index
 * typed in.
 */
public final class TestDigitBrowserView extends VBox {

    /** Screen pixels per digit pixel: 140 pixels a side. */
    public static final int SCALE = 5;

    private final InsideViewModel model;
    private final TextField indexField = new TextField();
    private final Label verdict = new Label();

    public TestDigitBrowserView(InsideViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.TEST_BROWSER);

        Label title = new Label("Test digits");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        getChildren().addAll(title, picture(), navigation(), verdictLabel(),
                new OutputBarsView(model.browsed(), false, "test"));

        model.indexProperty().addListener(observable -> showIndex());
        model.browsedLabelProperty().addListener(observable -> updateVerdict());
        model.browsed().digitProperty().addListener(observable -> updateVerdict());
        showIndex();
        updateVerdict();
    }

    private StackPane picture() {
        DigitImageView image = new DigitImageView(SCALE);
        image.setId("testImage");
        model.browsedPixelsProperty().addListener((observable, before, now) -> image.setPixels(now));
        image.setPixels(model.browsedPixelsProperty().get());
        StackPane frame = new StackPane(image);
        frame.getStyleClass().add(Styles.INPUT_FRAME);
        frame.setMaxWidth(DigitImageView.SIDE * SCALE + 2);
        return frame;
    }

    private HBox navigation() {
        Button previous = button("previousDigit", "\u25C0", "The previous test digit", model::previous);
        Button next = button("nextDigit", "\u25B6", "The next test digit", model::next);
        Button random = button("randomDigit", "Random", "A test digit picked at random",
                model::random);
        indexField.setId("testIndexField");
        indexField.getStyleClass().add(Styles.NUMBER_FIELD);
        indexField.setTooltip(new Tooltip("The test image's index, 0 to 9,999; press Enter"));
        indexField.setOnAction(event -> typedIndex());
        indexField.focusedProperty().addListener((observable, before, now) -> {
            if (!now) {
                showIndex();
            }
        });
        HBox row = new HBox(previous, indexField, next, random);
        row.getStyleClass().add(Styles.BUTTON_ROW);
        row.disableProperty().bind(Bindings.isNull(model.browsedPixelsProperty()));
        return row;
    }

    private void typedIndex() {
        String text = indexField.getText().replace(",", "").strip();
        try {
            model.show(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            // Not a number: put the shown index back rather than guess.
        }
        showIndex();
    }

    private void showIndex() {
        indexField.setText(Integer.toString(model.getIndex()));
    }

    private Label verdictLabel() {
        verdict.setId("testVerdict");
        verdict.getStyleClass().add(Styles.TEST_VERDICT);
        verdict.setWrapText(true);
        return verdict;
    }

    private void updateVerdict() {
        int label = model.browsedLabelProperty().get();
        int read = model.browsed().getDigit();
        if (label < 0) {
            verdict.setText("Loading the test images\u2026");
        } else if (read == DigitReadingViewModel.NO_DIGIT) {
            verdict.setText("Test image " + Formats.count(model.getIndex()) + ", labelled " + label);
        } else {
            verdict.setText("Test image " + Formats.count(model.getIndex()) + ", labelled " + label
                    + (read == label ? ": read right" : ": misread as " + read));
        }
        verdict.pseudoClassStateChanged(Styles.MISREAD, label >= 0 && read >= 0 && read != label);
    }

    private static Button button(String id, String text, String help, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(help));
        button.setOnAction(event -> action.run());
        return button;
    }
}

package org.stepwise.ui.inside;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.stepwise.ui.Styles;

/**
 * The "Inside the network" tab: which network is looked at and how well it
 * reads the test set along the top; the test-digit browser on the left; and
 * in the middle either the confusion matrix with its gallery of digits, or
 * the first layer's weights as pictures.
 */
public final class InsideView extends BorderPane {

    private final InsideViewModel model;

    public InsideView(InsideViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.INSIDE_VIEW);

        MistakesPage mistakes = new MistakesPage(model);
        WeightImagesView weights = new WeightImagesView(model);
        ToggleButton mistakesButton = page("mistakesPage", "Mistakes",
                "The confusion matrix and the digits behind it");
        ToggleButton weightsButton = page("weightsPage", "First-layer weights",
                "What each hidden unit of the first layer responds to");
        ToggleGroup pages = new ToggleGroup();
        mistakesButton.setToggleGroup(pages);
        weightsButton.setToggleGroup(pages);
        mistakesButton.setSelected(true);
        // A page button stays pressed: clicking the pressed one keeps its page.
        pages.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            }
        });
        mistakes.visibleProperty().bind(mistakesButton.selectedProperty());
        weights.visibleProperty().bind(weightsButton.selectedProperty());
        model.weightsShowingProperty().bind(weightsButton.selectedProperty());

        setTop(header(mistakesButton, weightsButton));
        TestDigitBrowserView browser = new TestDigitBrowserView(model);
        setLeft(browser);
        setCenter(new StackPane(mistakes, weights));
    }

    private HBox header(ToggleButton... pages) {
        Label title = new Label();
        title.setId("insideTitle");
        title.getStyleClass().add(Styles.INSIDE_TITLE);
        title.textProperty().bind(model.titleProperty());
        Label status = new Label();
        status.setId("readingStatus");
        status.getStyleClass().add(Styles.HINT_TEXT);
        status.textProperty().bind(model.readingStatusProperty());
        VBox words = new VBox(title, status);
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox switcher = new HBox(pages);
        switcher.getStyleClass().add(Styles.PAGE_SWITCHER);
        HBox header = new HBox(words, space, switcher);
        header.getStyleClass().add(Styles.INSIDE_HEADER);
        return header;
    }

    private static ToggleButton page(String id, String text, String help) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setTooltip(new Tooltip(help));
        return button;
    }

    /** The confusion matrix beside the gallery of the digits behind it. */
    private static final class MistakesPage extends HBox {

        MistakesPage(InsideViewModel model) {
            getStyleClass().add(Styles.MISTAKES_PAGE);
            Label title = new Label("Confusion matrix");
            title.getStyleClass().add(Styles.SECTION_TITLE);
            Label hint = new Label("Each row is a true digit; each column what the network read."
                    + " The diagonal is read right.");
            hint.getStyleClass().add(Styles.HINT_TEXT);
            hint.setWrapText(true);
            ConfusionMatrixView matrix = new ConfusionMatrixView(model);
            VBox left = new VBox(title, hint, matrix);
            left.getStyleClass().add(Styles.MATRIX_COLUMN);
            left.setMaxWidth(Region.USE_PREF_SIZE);
            hint.maxWidthProperty().bind(matrix.widthProperty());
            left.disableProperty().bind(Bindings.isNull(model.readingProperty()));

            DigitGalleryView gallery = new DigitGalleryView(model);
            HBox.setHgrow(gallery, Priority.ALWAYS);
            getChildren().addAll(left, gallery);
        }
    }
}

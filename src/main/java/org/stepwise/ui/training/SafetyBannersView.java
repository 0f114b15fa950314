package org.stepwise.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Train tab's two banners: the divergence guard's (why training paused,
 * with a button that goes on at a tenth of the rate) and the stall warning's
 * (a network stuck at chance, with advice). Each is shown only while its text
 * is not empty, and each can be dismissed.
 */
public final class SafetyBannersView extends VBox {

    static final String BANNER = "safety-banner";
    static final String DIVERGENCE_BANNER = "divergence-banner";
    static final String STALL_BANNER = "stall-banner";

    public SafetyBannersView(TrainingViewModel training) {
        getStyleClass().add("safety-banners");

        Button lower = new Button();
        lower.setId("lowerRateButton");
        lower.textProperty().bind(training.remedyTextProperty());
        lower.setTooltip(new Tooltip("Divide every learning rate of this run by ten and go on from"
                + " the last sane weights."));
        lower.setOnAction(event -> training.lowerRateAndResume());
        Button dismissDivergence = dismissButton("dismissDivergenceButton",
                "Hide this note; the run stays paused until Resume or Stop.");
        dismissDivergence.setOnAction(event -> training.dismissDivergence());
        VBox divergence = banner("divergenceBanner", DIVERGENCE_BANNER, training.divergenceTextProperty(),
                lower, dismissDivergence);

        Button dismissStall = dismissButton("dismissStallButton", "Hide this warning.");
        dismissStall.setOnAction(event -> training.dismissStall());
        VBox stall = banner("stallWarning", STALL_BANNER, training.stallTextProperty(), dismissStall);

        getChildren().addAll(divergence, stall);
    }

    /** The text above, wrapping to the tab's width, and the buttons in a row under it. */
    private static VBox banner(String id, String styleClass, ObservableStringValue text, Button... buttons) {
        Label label = new Label();
        label.setId(id + "Text");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        // Never squeezed to one cut-off line when the charts below want the height.
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        HBox row = new HBox(buttons);
        row.getStyleClass().add("banner-buttons");
        VBox banner = new VBox(label, row);
        banner.setId(id);
        banner.getStyleClass().addAll(BANNER, styleClass);
        ObservableBooleanValue shown = Bindings.isNotEmpty(text);
        banner.visibleProperty().bind(shown);
        banner.managedProperty().bind(shown);
        return banner;
    }

    private static Button dismissButton(String id, String help) {
        Button button = new Button("Dismiss");
        button.setId(id);
        button.setTooltip(new Tooltip(help));
        return button;
    }
}

package org.stepwise.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.stepwise.ui.training.TrainingState;

/** The bottom line: which data is loaded, what training is doing, and the newest note or error. */
public final class StatusBarView extends HBox {

    public StatusBarView(MainViewModel model) {
        getStyleClass().add(Styles.STATUS_BAR);
        getChildren().addAll(dataLabel(model), new Separator(Orientation.VERTICAL),
                stateLabel(model), new Separator(Orientation.VERTICAL), messageLabel(model));
    }

    /** The data's name and size; the tooltip says exactly where it was read from. */
    private static Label dataLabel(MainViewModel model) {
        Label data = label("statusData", Styles.STATUS_DATA);
        data.textProperty().bind(model.dataSummaryProperty());
        Tooltip source = new Tooltip();
        model.dataProperty().addListener((observable, before, now) ->
                source.setText(now == null ? "" : now.sourceDescription()));
        data.setTooltip(source);
        return data;
    }

    private static Label stateLabel(MainViewModel model) {
        Label state = label("statusState", Styles.STATUS_STATE);
        state.textProperty().bind(model.stateTextProperty());
        model.training().stateProperty().addListener((observable, before, now) -> mark(state, now));
        mark(state, model.training().getState());
        return state;
    }

    private static Label messageLabel(MainViewModel model) {
        Label message = label("statusMessage", Styles.STATUS_MESSAGE);
        message.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((observable, before, now) ->
                message.pseudoClassStateChanged(Styles.ERROR, now));
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        // A long note gives way, not the data and state beside it; the whole note is in the tooltip.
        message.setMinWidth(0);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(message.textProperty());
        message.tooltipProperty().bind(Bindings.when(message.textProperty().isEmpty())
                .then((Tooltip) null).otherwise(whole));
        return message;
    }

    private static void mark(Label label, TrainingState state) {
        for (TrainingState each : TrainingState.values()) {
            label.pseudoClassStateChanged(Styles.of(each), each == state);
        }
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }
}

package org.stepwise.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.stepwise.ui.Styles;

/**
 * Start, Pause/Resume, Stop and Reset, with the run's progress beside them
 * and, under them, why Start is disabled when settings are invalid.
 */
public final class TrainingControlsView extends VBox {

    private final TrainingViewModel training;

    /**
     * @param canStart whether Start would start a run now
     * @param start what Start does (the window checks data and settings first)
     * @param problem why the settings cannot start a run; empty when they can
     */
    public TrainingControlsView(TrainingViewModel training, ObservableBooleanValue canStart,
            Runnable start, ObservableStringValue problem) {
        this.training = training;
        getStyleClass().add(Styles.TRAINING_CONTROLS);

        Button startButton = button("startButton", "Start", "Train with the settings on the"
                + " left. After a run, Start trains the same network further unless its layers"
                + " changed.");
        startButton.getStyleClass().add(Styles.START_BUTTON);
        startButton.disableProperty().bind(Bindings.not(canStart));
        startButton.setOnAction(event -> start.run());

        HBox row = new HBox(startButton, pauseButton(), stopButton(), resetButton(), progressBar());
        row.getStyleClass().add(Styles.BUTTON_ROW);
        getChildren().addAll(row, progressText(), problemLabel(problem), new SafetyBannersView(training));
    }

    private Button pauseButton() {
        Button pause = button("pauseButton", "Pause",
                "Hold training after the current step, or go on.");
        var paused = training.stateProperty().isEqualTo(TrainingState.PAUSED);
        pause.textProperty().bind(Bindings.when(paused).then("Resume").otherwise("Pause"));
        pause.disableProperty().bind(training.activeProperty().not());
        pause.setOnAction(event -> training.togglePause());
        return pause;
    }

    private Button stopButton() {
        Button stop = button("stopButton", "Stop", "End the run after the current step; the network"
                + " keeps what it learned.");
        stop.disableProperty().bind(training.activeProperty().not());
        stop.setOnAction(event -> training.stop());
        return stop;
    }

    private Button resetButton() {
        Button reset = button("resetButton", "Reset", "Clear the charts and forget the"
                + " network, so the next Start begins from fresh weights.");
        reset.disableProperty().bind(training.activeProperty());
        reset.setOnAction(event -> training.reset());
        return reset;
    }

    private ProgressBar progressBar() {
        ProgressBar bar = new ProgressBar();
        bar.setId("progressBar");
        bar.progressProperty().bind(training.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinWidth(0);
        HBox.setHgrow(bar, Priority.ALWAYS);
        return bar;
    }

    private Label progressText() {
        Label text = new Label();
        text.setId("progressText");
        text.getStyleClass().add(Styles.PROGRESS_TEXT);
        text.textProperty().bind(training.progressTextProperty());
        return text;
    }

    private static Label problemLabel(ObservableStringValue problem) {
        Label label = new Label();
        label.setId("settingsProblem");
        label.getStyleClass().add(Styles.ERROR_TEXT);
        label.textProperty().bind(problem);
        ObservableBooleanValue shown = Bindings.isNotEmpty(problem);
        label.visibleProperty().bind(shown);
        label.managedProperty().bind(shown);
        return label;
    }

    private static Button button(String id, String text, String help) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(help));
        // Never "S..." in a small window: the progress bar beside them gives way instead.
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}

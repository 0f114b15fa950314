package org.stepwise.ui.training;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.stepwise.ui.Styles;

/**
 * Start, Pause/Resume, Step, Stop and Reset, with the run's progress beside
 * them, the pace under them and, last, why Start is disabled when settings are
 * invalid.
 */
public final class TrainingControlsView extends VBox {

    private static final int[] PACES = TrainingViewModel.PACES;

    private final TrainingViewModel training;

    /**
     * @param canStart whether Start would start a run now
     * @param start what Start does (the window checks data and settings first)
     * @param step what Step does: one mini-batch (the window checks data and settings first)
     * @param problem why the settings cannot start a run; empty when they can
     */
    public TrainingControlsView(TrainingViewModel training, ObservableBooleanValue canStart,
            Runnable start, Runnable step, ObservableStringValue problem) {
        this.training = training;
        getStyleClass().add(Styles.TRAINING_CONTROLS);

        Button startButton = button("startButton", "Start", "Train with the settings on the"
                + " left. After a run, Start trains the same network further unless its layers"
                + " changed (key Space).");
        startButton.getStyleClass().add(Styles.START_BUTTON);
        startButton.disableProperty().bind(Bindings.not(canStart));
        startButton.setOnAction(event -> start.run());

        HBox row = new HBox(startButton, pauseButton(), stepButton(step, canStart), stopButton(),
                resetButton(), progressBar());
        row.getStyleClass().add(Styles.BUTTON_ROW);
        Label progressText = progressText();
        progressText.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progressText, Priority.ALWAYS);
        HBox status = new HBox(progressText, paceBox());
        status.getStyleClass().add(Styles.BUTTON_ROW);
        getChildren().addAll(row, status, problemLabel(problem), new SafetyBannersView(training));
    }

    private Button stepButton(Runnable step, ObservableBooleanValue canStart) {
        Button button = button("stepButton", "Step", "Train exactly one mini-batch and pause"
                + " (key S): before a run this starts one, paused after its first step.");
        // A paused run can always take its next step; a new one only when Start could begin it.
        button.disableProperty().bind(training.stateProperty().isEqualTo(TrainingState.RUNNING)
                .or(training.stateProperty().isNotEqualTo(TrainingState.PAUSED)
                        .and(Bindings.createBooleanBinding(() -> !canStart.get(), canStart))));
        button.setOnAction(event -> step.run());
        return button;
    }

    private static int stopOf(int pace) {
        for (int i = 0; i < PACES.length; i++) {
            if (PACES[i] == pace) {
                return i;
            }
        }
        return 0;
    }

    /** The pace slider: full speed at the left, slower to the right; it acts during a run. */
    private HBox paceBox() {
        Slider slider = new Slider(0, PACES.length - 1, 0);
        slider.setId("paceSlider");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setBlockIncrement(1);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double position) {
                int pace = PACES[(int) Math.round(position)];
                return pace == 0 ? "full" : pace + "/s";
            }

            @Override
            public Double fromString(String text) {
                return 0.0;
            }
        });
        slider.setPrefWidth(260);
        slider.setTooltip(new Tooltip("How fast training goes: full speed, or at most 1000,"
                + " 100, 10 or 2 steps a second so a class can follow each step. Changes act at"
                + " once, also during a run."));
        slider.valueProperty().addListener((observable, before, now) ->
                training.paceProperty().set(PACES[(int) Math.round(now.doubleValue())]));
        // A lesson or the kept settings may set the pace; the slider then shows its stop.
        training.paceProperty().addListener((observable, before, now) ->
                slider.setValue(stopOf(TrainingViewModel.nearestPace(now.intValue()))));
        Label label = new Label("Pace");
        label.getStyleClass().add(Styles.SETTING_LABEL);
        label.setLabelFor(slider);
        HBox box = new HBox(label, slider);
        box.setId("paceBox");
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.getStyleClass().add(Styles.PACE_BOX);
        return box;
    }

    private Button pauseButton() {
        Button pause = button("pauseButton", "Pause",
                "Hold training after the current step, or go on (key Space).");
        var paused = training.stateProperty().isEqualTo(TrainingState.PAUSED);
        pause.textProperty().bind(Bindings.when(paused).then("Resume").otherwise("Pause"));
        pause.disableProperty().bind(training.activeProperty().not());
        pause.setOnAction(event -> training.togglePause());
        return pause;
    }

    private Button stopButton() {
        Button stop = button("stopButton", "Stop", "End the run after the current step; the network"
                + " keeps what it learned (key Esc).");
        stop.disableProperty().bind(training.activeProperty().not());
        stop.setOnAction(event -> training.stop());
        return stop;
    }

    private Button resetButton() {
        Button reset = button("resetButton", "Reset", "Clear the charts and forget the"
                + " network, so the next Start begins from fresh weights (key R).");
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

package org.stepwise.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.model.ModelFile;
import org.stepwise.model.SavedModel;
import org.stepwise.train.TrainingConfig;
import org.stepwise.ui.classroom.Theme;
import org.stepwise.ui.persist.SessionKeeper;
import org.stepwise.ui.persist.SettingsFile;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.ui.OpenWindow.fx;
import static org.stepwise.ui.OpenWindow.fxRun;

/** Settings, the last run and the close prompt, across two windows that share one stepwise.home. */
class KeptBetweenLaunchesWindowTest {

    @TempDir
    Path home;

    private OpenWindow window;

    private OpenWindow launch() throws Exception {
        window = OpenWindow.open(new StepwiseApp.StartOptions(null, false, null, home));
        return window;
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            fxRun(() -> window.model().training().shutdown());
            window.close();
        }
    }

    private static Stage stage() {
        return (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing())
                .filter(w -> ((Stage) w).getTitle().equals("Stepwise")).findFirst().orElseThrow();
    }

    /** Presses the window's close button; returns at once, since a prompt may wait for an answer. */
    private static void requestClose() {
        Platform.runLater(() -> {
            Stage stage = stage();
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
    }

    private void closeAndForget() throws Exception {
        window.close();
        window = null;
    }

    @Test
    void settingsTypedInTheWindowAreThereAfterARestart() throws Exception {
        launch();
        replaceText("#learningRateField", "0.05");
        replaceText("#seedField", "4242");
        replaceText("#batchSizeField", "32");
        window.robot.clickOn("Studies");
        fxRun(() -> window.model().classroom().themeProperty().set(Theme.DARK));
        requestClose();
        window.await(() -> Files.exists(home.resolve(SettingsFile.FILE_NAME)));
        closeAndForget();

        launch();

        TrainingConfig config = fx(() -> window.model().config().getConfig());
        assertEquals(0.05, config.learningRate());
        assertEquals(4242L, config.seed());
        assertEquals(32, config.batchSize());
        assertEquals("0.05", fx(() -> window.robot.lookup("#learningRateField")
                .queryAs(javafx.scene.control.TextField.class).getText()));
        assertEquals(Theme.DARK, fx(() -> window.model().classroom().themeProperty().get()));
        assertEquals("studiesTab", fx(() -> window.robot.lookup(".tab-pane").queryAs(TabPane.class)
                .getSelectionModel().getSelectedItem().getId()));
        assertTrue(Files.readString(home.resolve(SettingsFile.FILE_NAME)).contains("\"seed\" : 4242"));
    }

    @Test
    void corruptSettingsStartWithDefaultsAndANotice() throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve(SettingsFile.FILE_NAME),
                "{\"format\": \"stepwise-settings\", \"version\": 1,"
                + " \"training\": {\"hiddenSizes\": \"many\"}, \"theme\": \"dark\"}");

        launch();
        window.await(() -> window.model().getMessage().startsWith("Some saved settings"));

        assertEquals("Some saved settings were set back to their defaults: settings.json: training.hiddenSizes:"
                + " expected an array but found string \"many\"", window.text("#statusMessage"));
        assertTrue(fx(() -> window.model().messageIsErrorProperty().get()));
        assertEquals(TrainingConfig.thesis(), fx(() -> window.model().config().getConfig()));
        assertEquals(Theme.DARK, fx(() -> window.model().classroom().themeProperty().get()),
                "the good part of the file is still used");
    }

    @Test
    void theNoticeStaysAfterTheKeptRunComesBack() throws Exception {
        Files.createDirectories(home);
        Path shipped = Path.of("assets", "models", "stepwise-mnist.json");
        Files.copy(shipped, home.resolve(SessionKeeper.LAST_RUN));
        Files.writeString(home.resolve(SettingsFile.FILE_NAME),
                "{\"format\": \"stepwise-settings\", \"version\": 1,"
                + " \"theme\": \"purple\"}");

        launch();
        window.await(() -> window.model().network().getCurrent().description().contains(SessionKeeper.LAST_RUN));
        window.await(() -> window.model().getMessage().startsWith("Some saved settings"));
        window.settle();

        assertTrue(window.text("#statusMessage").contains("theme: expected \"light\" or \"dark\" but found"
                + " \"purple\""), window.text("#statusMessage"));
    }

    @Test
    void closingDuringTrainingAsksAndKeepBringsTheRunBack() throws Exception {
        launch();
        replaceText("#sectionsField", "200");
        window.robot.clickOn("#startButton");
        window.await(() -> window.model().training().getNetworkStep() > 20);

        requestClose();
        clickInDialog("Cancel");
        assertTrue(fx(() -> stage().isShowing() && window.model().training().isActive()),
                "Cancel leaves the window open and training");
        assertFalse(Files.exists(home.resolve(SessionKeeper.LAST_RUN)));

        requestClose();
        clickInDialog("Keep");
        window.await(() -> Files.exists(home.resolve(SessionKeeper.LAST_RUN)));
        closeAndForget();

        SavedModel kept = ModelFile.load(home.resolve(SessionKeeper.LAST_RUN));
        assertTrue(kept.history().completedSteps() > 20, "steps kept: " + kept.history().completedSteps());
        assertEquals(200, kept.config().sections());

        launch();
        window.await(() -> window.model().network().getCurrent().description().contains(SessionKeeper.LAST_RUN));
        assertTrue(fx(() -> window.model().getMessage()).isEmpty()
                || !fx(() -> window.model().messageIsErrorProperty().get()));
        assertEquals(200, fx(() -> window.model().config().getConfig().sections()));
    }

    @Test
    void discardForgetsTheRun() throws Exception {
        launch();
        replaceText("#sectionsField", "200");
        window.robot.clickOn("#startButton");
        window.await(() -> window.model().training().getNetworkStep() > 5);

        requestClose();
        clickInDialog("Discard");
        window.await(() -> Files.exists(home.resolve(SettingsFile.FILE_NAME)));

        assertFalse(Files.exists(home.resolve(SessionKeeper.LAST_RUN)));
    }

    /**
     * Types into a field the robot can see; one scrolled out of sight gets the text as typing would set it.
     */
    private void replaceText(String id, String text) throws Exception {
        javafx.scene.control.TextField field = window.robot.lookup(id).queryAs(javafx.scene.control.TextField.class);
        fxRun(() -> field.setText(""));
        if (fx(() -> field.localToScene(field.getBoundsInLocal()).getMaxY() < field.getScene().getHeight() - 40)) {
            window.robot.clickOn(field).write(text);
        } else {
            fxRun(() -> field.setText(text));
        }
        window.settle();
        assertEquals(text, fx(field::getText));
    }

    private void clickInDialog(String button) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.robot.lookup(".dialog-pane").queryAll()
                .isEmpty());
        DialogPane pane = window.robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Training is still running. Keep this run?", fx(pane::getHeaderText));
        Button target = window.robot.from(pane).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(button)).findFirst().orElseThrow();
        window.robot.clickOn(target);
        window.settle();
    }

}

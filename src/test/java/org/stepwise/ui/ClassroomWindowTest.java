package org.stepwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepwise.ui.canvas.DrawingPadView;
import org.stepwise.ui.classroom.ClassroomViewModel;
import org.stepwise.ui.classroom.SettingsPanelParts;
import org.stepwise.ui.classroom.ShownControl;
import org.stepwise.ui.classroom.Theme;
import org.stepwise.ui.training.TrainingState;
import org.stepwise.ui.training.TrainingViewModel;

/** The classroom window driven from the keyboard: keys, presenter mode, themes. */
class ClassroomWindowTest {

    // One window for all the tests: each window holds its own copy of MNIST.
    private static OpenWindow window;

    @BeforeAll
    static void openWindow() throws Exception {
        window = OpenWindow.open();
    }

    @AfterAll
    static void closeWindow() throws Exception {
        window.close();
    }

    /** Every test starts from a window as it opens, but for a slow pace. */
    @BeforeEach
    void startAfresh() throws Exception {
        OpenWindow.fxRun(() -> training().stop());
        window.await(() -> !training().isActive());
        OpenWindow.fxRun(() -> {
            training().reset();
            classroom().setPresenter(false);
            classroom().shownControls().addAll(EnumSet.allOf(ShownControl.class));
            classroom().themeProperty().set(Theme.LIGHT);
            window.node("#startButton").getScene().getRoot().requestFocus();
            // 100 steps a second: the default run lasts half a minute, time for Pause to find it running.
            training().paceProperty().set(100);
        });
        window.settle();
    }

    @AfterEach
    void stopTraining() throws Exception {
        OpenWindow.fxRun(() -> training().stop());
    }

    private static TrainingViewModel training() {
        return window.model().training();
    }

    private static ClassroomViewModel classroom() {
        return window.model().classroom();
    }

    private TrainingState state() throws Exception {
        return OpenWindow.fx(() -> training().getState());
    }

    private void press(KeyCode key) {
        window.robot.push(key);
        window.settle();
    }

    private void awaitState(TrainingState wanted) throws Exception {
        window.await(() -> training().getState() == wanted);
    }

    @Test
    void stepStartPauseStopResetAndClearFromTheKeyboardAlone() throws Exception {
        assertFalse(OpenWindow.fx(() -> org.stepwise.ui.classroom.KeyboardShortcuts.isTyping(
                window.node("#startButton").getScene().getFocusOwner())), "nothing is typed into yet");

        press(KeyCode.S);
        awaitState(TrainingState.PAUSED);
        window.await(() -> training().getNetworkStep() == 1
                && training().getProgressText().startsWith("step 1 / 3,750"));
        assertEquals(1, OpenWindow.fx(() -> training().curves().batchLoss().size()));
        double firstLoss = OpenWindow.fx(() -> training().curves().batchLoss().point(0).y());
        assertTrue(firstLoss > 0 && Double.isFinite(firstLoss), "the chart got the step's loss " + firstLoss);

        press(KeyCode.S);
        window.await(() -> training().getNetworkStep() == 2
                && training().getProgressText().startsWith("step 2 / 3,750"));
        assertEquals(TrainingState.PAUSED, state());

        press(KeyCode.SPACE);
        awaitState(TrainingState.RUNNING);
        window.await(() -> training().getNetworkStep() > 2);
        press(KeyCode.SPACE);
        awaitState(TrainingState.PAUSED);
        assertTrue(OpenWindow.fx(() -> training().getProgressText()).endsWith("paused"));

        press(KeyCode.ESCAPE);
        awaitState(TrainingState.STOPPED);
        long trained = OpenWindow.fx(() -> training().getNetworkStep());
        assertTrue(trained > 2 && trained < 3_750, "stopped after " + trained + " steps");

        press(KeyCode.R);
        awaitState(TrainingState.READY);
        assertTrue(OpenWindow.fx(() -> training().curves().isEmpty()));
        assertNull(OpenWindow.fx(() -> training().getNetwork()));

        window.drawStroke(new Point2D(140, 40), new Point2D(0, 200));
        window.await(() -> pad().strokeCount() == 1);
        press(KeyCode.C);
        assertEquals(0, OpenWindow.fx(() -> pad().strokeCount()));
        assertEquals("?", window.text("#readDigit"));

        press(KeyCode.SPACE);
        awaitState(TrainingState.RUNNING);
    }

    @Test
    void spaceStartsAndPausesEvenWhenTheFocusSitsOnTheStepButton() throws Exception {
        // Where the focus lands after a click on Start, or when a run's end disables the button it was on.
        OpenWindow.fxRun(() -> window.node("#stepButton").requestFocus());
        window.settle();

        press(KeyCode.SPACE);
        awaitState(TrainingState.RUNNING);
        window.await(() -> training().getNetworkStep() > 1);
        press(KeyCode.SPACE);
        awaitState(TrainingState.PAUSED);
    }

    @Test
    void keysTypedIntoAFieldStayText() throws Exception {
        press(KeyCode.S);
        press(KeyCode.ESCAPE);
        awaitState(TrainingState.STOPPED);
        String progress = OpenWindow.fx(() -> training().getProgressText());

        TextField seed = (TextField) window.node("#seedField");
        String seedBefore = OpenWindow.fx(seed::getText);
        OpenWindow.fxRun(() -> {
            seed.requestFocus();
            seed.clear();
        });
        window.settle();
        window.robot.write("12");
        window.robot.push(KeyCode.SPACE).push(KeyCode.S).push(KeyCode.R).push(KeyCode.C);
        window.settle();

        assertEquals(TrainingState.STOPPED, state(), "R and Space were typed, not obeyed");
        assertEquals(progress, OpenWindow.fx(() -> training().getProgressText()));
        assertEquals("12 src", OpenWindow.fx(seed::getText).toLowerCase());

        press(KeyCode.ESCAPE);
        assertEquals(TrainingState.STOPPED, state(), "Esc in a field only leaves the field");
        assertFalse(OpenWindow.fx(seed::isFocused));
        OpenWindow.fxRun(() -> seed.setText(seedBefore));
    }

    @Test
    void presenterModeShowsOnlyTheChosenControlsAndLeavingRestoresAll() throws Exception {
        Parent content = OpenWindow.fx(() ->
                (Parent) ((ScrollPane) window.node("#settingsPanel")).getContent());
        List<Node> rowsBefore = OpenWindow.fx(() -> List.copyOf(content.getChildrenUnmodifiable()));
        OpenWindow.fxRun(() -> classroom().shownControls().retainAll(
                EnumSet.of(ShownControl.LEARNING_RATE, ShownControl.PACE, ShownControl.DRAWING)));

        press(KeyCode.F);

        assertTrue(OpenWindow.fx(() -> classroom().isPresenter()));
        assertTrue(OpenWindow.fx(() -> root().getStyleClass().contains(Styles.PRESENTER)));
        assertTrue(OpenWindow.fx(() -> ((Stage) root().getScene().getWindow()).isFullScreen()));
        assertTrue(inScene("#learningRateSlider"));
        assertTrue(inScene("#paceSlider"));
        assertTrue(inScene("#drawingCanvas"));
        assertFalse(inScene("#seedField"));
        assertFalse(inScene("#optimizerChoice"));
        assertFalse(inScene("#hiddenLayerCountSpinner"));
        assertEquals(List.of("trainTab"), tabIds());
        // Of the section titles only "Learning" stays: it still has a setting under it.
        assertEquals(1, OpenWindow.fx(() -> content.getChildrenUnmodifiable().stream()
                .filter(row -> row.getStyleClass().contains(Styles.SECTION_TITLE)).count()));
        double bigText = OpenWindow.fx(() -> ((javafx.scene.control.Labeled) window.node("#startButton"))
                .getFont().getSize());
        assertTrue(bigText >= 20, "presenter type is " + bigText + " px");

        press(KeyCode.F);

        assertFalse(OpenWindow.fx(() -> classroom().isPresenter()));
        assertFalse(OpenWindow.fx(() -> root().getStyleClass().contains(Styles.PRESENTER)));
        assertEquals(rowsBefore, OpenWindow.fx(() -> List.copyOf(content.getChildrenUnmodifiable())),
                "every settings row is back in its place");
        assertTrue(inScene("#seedField"));
        assertEquals(List.of("trainTab", "studiesTab", "insideTab"), tabIds());
        assertEquals(15.0, OpenWindow.fx(() -> ((javafx.scene.control.Labeled) window.node("#startButton"))
                .getFont().getSize()), 0.01);
    }

    @Test
    void everySettingsControlHasRowsAndHidingOneKeepsTheOthers() throws Exception {
        for (ShownControl control : SettingsPanelParts.controls()) {
            OpenWindow.fxRun(() -> {
                classroom().shownControls().clear();
                classroom().shownControls().addAll(EnumSet.complementOf(EnumSet.of(control)));
                classroom().setPresenter(true);
            });
            window.settle();
            int shownSettings = OpenWindow.fx(() -> settingRowsInScene());
            OpenWindow.fxRun(() -> classroom().setPresenter(false));
            window.settle();
            int allSettings = OpenWindow.fx(() -> settingRowsInScene());
            assertTrue(shownSettings < allSettings, control + " hides at least one row");
        }
    }

    @Test
    void theDarkThemeChangesTheRootStyleAndTheColours() throws Exception {
        Region status = (Region) window.node(".status-bar");
        Color light = OpenWindow.fx(() -> (Color) status.getBackground().getFills().get(0).getFill());

        window.robot.clickOn("View").clickOn("Dark theme");
        window.settle();

        assertEquals(Theme.DARK, OpenWindow.fx(() -> classroom().themeProperty().get()));
        assertTrue(OpenWindow.fx(() -> root().getStyleClass().contains(Styles.DARK)));
        Color dark = OpenWindow.fx(() -> (Color) status.getBackground().getFills().get(0).getFill());
        assertEquals(Color.web("#eef0f3"), light);
        assertEquals(Color.web("#23272d"), dark);

        window.robot.clickOn("View").clickOn("Light theme");
        window.settle();
        assertFalse(OpenWindow.fx(() -> root().getStyleClass().contains(Styles.DARK)));
        assertEquals(light, OpenWindow.fx(() -> (Color) status.getBackground().getFills().get(0).getFill()));
    }

    private int settingRowsInScene() {
        return (int) window.robot.lookup("." + Styles.SETTING).queryAll().stream()
                .filter(node -> node.getScene() != null && node.isVisible()).count();
    }

    private Parent root() {
        return window.node("#startButton").getScene().getRoot();
    }

    private boolean inScene(String id) throws Exception {
        return OpenWindow.fx(() -> {
            Node node = window.robot.lookup(id).tryQuery().orElse(null);
            return node != null && node.getScene() != null;
        });
    }

    private List<String> tabIds() throws Exception {
        return OpenWindow.fx(() -> ((TabPane) window.node(".tab-pane")).getTabs().stream()
                .map(tab -> tab.getId()).toList());
    }

    private DrawingPadView pad() {
        return (DrawingPadView) window.node("#drawingPad");
    }
}

package org.stepwise.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepwise.ui.training.TrainingState;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window as a person uses it, headless through Monocle, with the shipped MNIST. */
class StepwiseWindowTest {

    private final FxRobot robot = new FxRobot();
    private StepwiseApp app;

    @BeforeEach
    void openWindowWithShippedData() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (StepwiseApp) FxToolkit.setupApplication(
                () -> new StepwiseApp(new StepwiseApp.StartOptions(null, false)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> fx(() -> !node("#startButton").isDisabled()));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void startingTrainingGrowsTheChartsAndDrawingChangesTheBars() throws Exception {
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> pointsIn("#lossChart") >= 50
                && pointsIn("#accuracyChart") >= 50 && hasNetwork());
        robot.clickOn("#stopButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> fx(() -> app.model().training().getState()) == TrainingState.STOPPED);
        assertEquals("?", text("#readDigit"));

        drawStroke(new Point2D(140, 40), new Point2D(0, 200));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#readDigit").matches("[0-9]"));
        List<String> afterOneStroke = barValues();
        drawStroke(new Point2D(60, 60), new Point2D(160, 0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !barValues().equals(afterOneStroke));

        assertTrue(text("#readDigit").matches("[0-9]"), "the digit shown is " + text("#readDigit"));
        assertNotEquals(afterOneStroke, barValues());
        assertTrue(barValues().stream().allMatch(value -> value.matches("-?\\d+\\.\\d\\d")),
                barValues()::toString);
        assertEquals("", text("#readingHint"));
    }

    @Test
    void anEmptyPadAsksForADigitAndTheShippedNetworkWaitsToReadIt() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> fx(() -> app.model().network().getCurrent() != null));

        String hint = text("#readingHint");

        assertEquals("Draw a digit in the black square", hint);
        assertTrue(text("#readingSource").startsWith("Reading with the shipped network, "));
        assertEquals("step 0 / 3,750", text("#progressText"));
        String data = text("#statusData");
        assertTrue(data.contains("60,000 training / 10,000 test images"), data);
    }

    @Test
    void anInvalidEntryIsExplainedAndDisablesStart() throws Exception {
        robot.doubleClickOn("#batchSizeField").write("0");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> fx(() -> node("#startButton").isDisabled()));
        assertEquals("0", fx(() -> ((TextField) node("#batchSizeField")).getText()));
        assertTrue(text("#settingsProblem").contains("the batch size"), text("#settingsProblem"));
    }

    /** Presses on the pad at {@code start} (pad coordinates) and drags by {@code offset}. */
    private void drawStroke(Point2D start, Point2D offset) {
        robot.moveTo(node("#drawingCanvas"), Pos.TOP_LEFT, start, Motion.DIRECT)
                .press(MouseButton.PRIMARY)
                .moveBy(offset.getX(), offset.getY())
                .release(MouseButton.PRIMARY);
    }

    private boolean hasNetwork() throws Exception {
        return fx(() -> app.model().training().getNetwork() != null);
    }

    private int pointsIn(String chartId) throws Exception {
        return fx(() -> {
            LineChart<?, ?> chart = (LineChart<?, ?>) node(chartId);
            return chart.getData().get(0).getData().size();
        });
    }

    private List<String> barValues() throws Exception {
        return fx(() -> {
            List<String> values = new ArrayList<>();
            for (int digit = 0; digit < 10; digit++) {
                values.add(((Label) node("#outputValue" + digit)).getText());
            }
            return values;
        });
    }

    private String text(String id) throws Exception {
        return fx(() -> ((Label) node(id)).getText());
    }

    private Node node(String id) {
        return robot.lookup(id).query();
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }
}

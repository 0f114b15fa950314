package org.stepwise.ui;

import java.util.Arrays;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepwise.ui.canvas.DigitReadingViewModel;
import org.stepwise.ui.canvas.DrawingPadView;
import org.stepwise.ui.training.TrainingState;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drawing on the pad the moment the window opens, read by the shipped network. */
class DrawingBeforeTrainingTest {

    private OpenWindow window;

    @BeforeEach
    void openWindow() throws Exception {
        window = OpenWindow.open();
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void aStrokeShowsTheImageTheNetworkIsGivenAndAReadingBeforeAnyTraining() throws Exception {
        window.drawStroke(new Point2D(140, 40), new Point2D(0, 200));
        window.await(() -> window.text("#readDigit").matches("[0-9]"));

        assertEquals(TrainingState.READY, OpenWindow.fx(() -> window.model().training().getState()));
        double[] given = inputImage();
        assertEquals(784, given.length);
        assertTrue(Arrays.stream(given).sum() > 10, "the 28 x 28 image has ink");
        assertTrue(window.text("#readingSource").startsWith("Reading with the shipped network, "),
                window.text("#readingSource"));
        assertEquals("1", window.text("#readDigit"), "a straight vertical stroke reads as a one");
    }

    @Test
    void undoTakesBackTheLastStroke() throws Exception {
        window.drawStroke(new Point2D(80, 60), new Point2D(120, 0));
        window.await(() -> inputImage() != null);
        double[] oneStroke = inputImage();
        window.drawStroke(new Point2D(200, 60), new Point2D(-60, 180));
        window.await(() -> !Arrays.equals(oneStroke, inputImage()));

        window.robot.clickOn("#undoButton");
        window.await(() -> Arrays.equals(oneStroke, inputImage()));

        assertEquals(1, OpenWindow.fx(() -> pad().strokeCount()));
        assertArrayEquals(oneStroke, inputImage());
    }

    @Test
    void controlZTakesBackTheLastStrokeToo() throws Exception {
        window.drawStroke(new Point2D(80, 60), new Point2D(120, 0));
        window.drawStroke(new Point2D(200, 60), new Point2D(-60, 180));

        window.robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        window.await(() -> pad().strokeCount() == 1);

        assertEquals(1, OpenWindow.fx(() -> pad().strokeCount()));
    }

    @Test
    void clearEmptiesThePadAndTheHintAppears() throws Exception {
        window.drawStroke(new Point2D(140, 40), new Point2D(0, 200));
        window.await(() -> window.text("#readDigit").matches("[0-9]"));

        window.robot.clickOn("#clearButton");

        window.await(() -> window.text("#readDigit").equals("?"));
        assertNull(inputImage());
        assertEquals(DigitReadingViewModel.EMPTY_PAD_HINT, window.text("#readingHint"));
        assertEquals(0, OpenWindow.fx(() -> pad().strokeCount()));
    }

    private double[] inputImage() throws Exception {
        return OpenWindow.fx(() -> ((DigitImageView) window.node("#inputImage")).getPixels());
    }

    private DrawingPadView pad() {
        return (DrawingPadView) window.node("#drawingPad");
    }
}

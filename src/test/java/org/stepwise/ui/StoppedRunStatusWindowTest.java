package org.stepwise.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepwise.ui.training.TrainingState;

/** The status line of a run stopped after a whole section keeps that section's test accuracy. */
class StoppedRunStatusWindowTest {

    private OpenWindow window;

    @BeforeEach
    void open() throws Exception {
        window = OpenWindow.open();
    }

    @AfterEach
    void close() throws Exception {
        window.fxRun(() -> window.model().training().shutdown());
        window.close();
    }

    @Test
    void aStoppedRunShowsItsLastWholeTestAccuracy() throws Exception {
        window.robot.clickOn("#startButton");
        window.await(() -> window.model().training().curves().fullTestAccuracy().size() >= 1);
        window.robot.clickOn("#stopButton");
        window.await(() -> window.model().training().getState() == TrainingState.STOPPED);

        String status = window.text("#statusState");
        assertTrue(status.matches("Stopped \u00b7 full test accuracy [0-9]+\\.[0-9]{2}% at the last section's end"),
                status);
    }
}

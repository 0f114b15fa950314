package org.stepwise.ui.training;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressTextTest {

    @Test
    void tellsStepsSpeedAndTimeLeftWhileRunning() {
        String text = ProgressText.describe(TrainingState.RUNNING, 1_234, 3_750, 2_150);

        assertEquals("step 1,234 / 3,750 \u00b7 2,150 steps/s \u00b7 0:02 left", text);
    }

    @Test
    void leavesOutTheSpeedUntilItIsMeasured() {
        String text = ProgressText.describe(TrainingState.RUNNING, 3, 3_750, Double.NaN);

        assertEquals("step 3 / 3,750", text);
    }

    @Test
    void saysWhenPaused() {
        String text = ProgressText.describe(TrainingState.PAUSED, 100, 200, 50);

        assertEquals("step 100 / 200 \u00b7 paused", text);
    }
}

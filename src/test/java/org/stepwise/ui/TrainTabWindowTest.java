package org.stepwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepwise.ui.chart.SeriesAggregator;
import org.stepwise.ui.chart.TrainingCurves;
import org.stepwise.ui.training.TrainingState;

/**
 * The Train tab as a class uses it: a student pushes the learning rate to
 * 5.0 and the window pauses the run with a banner naming the step and rate,
 * whose button goes on at a tenth; a stopped run keeps its accuracy in view.
 */
class TrainTabWindowTest {

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

    private void type(String fieldId, String text) {
        window.robot.clickOn(fieldId).push(KeyCode.CONTROL, KeyCode.A).write(text).push(KeyCode.ENTER);
        window.settle();
    }

    @Test
    void rateFivePausesWithABannerAndItsRemedyGoesOnWithFiniteLosses() throws Exception {
        // 128 hidden units: the thesis network at 5.0 then blows up within a few dozen steps.
        type("#layerSize1Field", "128");
        type("#learningRateField", "5.0");

        window.robot.clickOn("#startButton");
        window.await(() -> window.model().training().getState() == TrainingState.PAUSED
                && window.node("#divergenceBanner").isVisible());

        String banner = window.text("#divergenceBannerText");
        assertTrue(banner.matches("Training paused at step [0-9,]+: the loss became infinite at learning"
                + " rate 5\\. .*such as 0\\.5\\."), banner);
        assertEquals("Go on at 0.5", OpenWindow.fx(() ->
                ((Button) window.node("#lowerRateButton")).getText()));
        assertTrue(OpenWindow.fx(() -> window.model().training().getNetwork().isFinite()),
                "the network the pad reads with must stay finite");
        long pausedAt = Long.parseLong(banner.replaceAll("^Training paused at step ([0-9,]+):.*", "$1")
                .replace(",", ""));
        assertTrue(OpenWindow.fx(() -> allFinite(window.model().training().curves())));

        window.robot.clickOn("#lowerRateButton");
        window.await(() -> lastRate() == 0.5 && lastStep() >= pausedAt + 100);
        window.robot.clickOn("#stopButton");
        window.await(() -> window.model().training().getState() == TrainingState.STOPPED);

        assertTrue(OpenWindow.fx(() -> !window.node("#divergenceBanner").isVisible()), "the banner is gone");
        assertTrue(OpenWindow.fx(() -> allFinite(window.model().training().curves())));
        assertTrue(OpenWindow.fx(() -> window.model().training().getNetwork().isFinite()));
        double lastLoss = OpenWindow.fx(() -> last(window.model().training().curves().batchLoss()).y());
        assertTrue(lastLoss < 2.0, "the loss after going on at 0.5: " + lastLoss);
        assertTrue(OpenWindow.fx(() -> window.model().training().getMessage())
                .equals("This run went on at learning rate 0.5 after diverging at 5. The settings' learning"
                        + " rate was divided by ten with it."));
        assertEquals("0.5", OpenWindow.fx(() -> ((TextField) window.node("#learningRateField")).getText()));
    }

    @Test
    void stepWaitsForValidSettingsAndTheirProblemLeavesTheStatusLineOnceFixed() throws Exception {
        type("#batchSizeField", "0");
        assertTrue(OpenWindow.fx(() -> window.node("#stepButton").isDisabled()), "Step, like Start, waits");

        OpenWindow.fxRun(() -> window.model().start());
        String refused = window.text("#statusMessage");
        assertTrue(refused.startsWith("Fix the batch size"), refused);

        type("#batchSizeField", "16");
        assertEquals("", window.text("#statusMessage"), "the problem is over");
        assertTrue(OpenWindow.fx(() -> !window.node("#stepButton").isDisabled()));
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

    private double lastRate() throws Exception {
        return OpenWindow.fx(() -> {
            SeriesAggregator rate = window.model().training().curves().learningRate();
            return rate.size() == 0 ? Double.NaN : last(rate).y();
        });
    }

    private double lastStep() throws Exception {
        return OpenWindow.fx(() -> {
            SeriesAggregator loss = window.model().training().curves().batchLoss();
            return loss.size() == 0 ? 0 : last(loss).x();
        });
    }

    private static SeriesAggregator.Point last(SeriesAggregator curve) {
        return curve.point(curve.size() - 1);
    }

    private static boolean allFinite(TrainingCurves curves) {
        for (SeriesAggregator curve : new SeriesAggregator[] {curves.batchLoss(), curves.trainAccuracy(),
                curves.testAccuracy(), curves.learningRate()}) {
            for (SeriesAggregator.Point point : curve.points()) {
                if (!Double.isFinite(point.y())) {
                    return false;
                }
            }
        }
        return true;
    }
}

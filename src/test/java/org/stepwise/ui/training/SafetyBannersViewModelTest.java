package org.stepwise.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepwise.data.Datasets;
import org.stepwise.data.ShippedData;
import org.stepwise.network.Activation;
import org.stepwise.train.TrainingConfig;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The stall warning and the divergence banner's texts and commands, on the real MNIST. */
class SafetyBannersViewModelTest {

    private static Datasets mnist;
    private TrainingViewModel training;

    @BeforeAll
    static void startToolkitAndLoadMnist() throws Exception {
        FxToolkit.registerPrimaryStage();
        mnist = ShippedData.loadMnist();
    }

    @BeforeEach
    void makeViewModel() throws Exception {
        training = fx(() -> new TrainingViewModel(new TrainingService(Executors.newSingleThreadExecutor())));
    }

    @Test
    void aNetworkThatDiesWarnsWithAdviceAndResetClearsTheWarning() throws Exception {
        // True ReLU at rate 1.0: every output unit stops firing within a few steps (9.8 %).
        TrainingConfig dying = TrainingConfig.thesis().toBuilder().hiddenActivation(Activation.RELU)
                .outputActivation(Activation.RELU).learningRate(1.0).sections(2).stepsPerSection(375).build();

        fx(() -> start(dying));
        awaitState(TrainingState.FINISHED);

        String warning = fx(training::getStallText);
        assertTrue(warning.startsWith("The network is stuck at chance: section 2 read only 9.8"), warning);
        assertTrue(warning.contains("Try a smaller learning rate, the thesis's ReLU"), warning);
        fx(() -> {
            training.reset();
            return null;
        });
        assertEquals("", fx(training::getStallText));
    }

    @Test
    void aLearningNetworkShowsNoWarning() throws Exception {
        fx(() -> start(TrainingConfig.thesis().toBuilder().sections(1).build()));
        awaitState(TrainingState.FINISHED);

        assertEquals("", fx(training::getStallText));
        assertEquals("", fx(training::getDivergenceText));
    }

    @Test
    void dismissingTheDivergenceBannerKeepsTheRunPausedAndStopEndsIt() throws Exception {
        fx(() -> start(TrainingConfig.thesis().toBuilder().hiddenSizes(List.of(128)).learningRate(5.0)
                .build()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fx(training::getDivergenceText).isEmpty());
        assertEquals(TrainingState.PAUSED, fx(training::getState));
        assertEquals("Go on at 0.5", fx(() -> training.remedyTextProperty().get()));

        fx(() -> {
            training.dismissDivergence();
            return null;
        });
        assertEquals("", fx(training::getDivergenceText));
        assertEquals(TrainingState.PAUSED, fx(training::getState));

        fx(() -> {
            training.stop();
            return null;
        });
        awaitState(TrainingState.STOPPED);
        assertTrue(fx(() -> training.getNetwork().isFinite()));
    }

    @Test
    void ratesAreShownWithAtMostThreeDigits() {
        assertEquals("0.03", TrainingViewModel.rateText(0.3 / 10));
        assertEquals("5", TrainingViewModel.rateText(5.0));
    }

    private Void start(TrainingConfig config) {
        training.start(config, mnist);
        return null;
    }

    private void awaitState(TrainingState state) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(training::getState) == state);
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }
}

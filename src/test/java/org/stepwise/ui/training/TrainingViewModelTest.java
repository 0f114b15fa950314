package org.stepwise.ui.training;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepwise.data.Datasets;
import org.stepwise.data.MnistDataset;
import org.stepwise.model.SavedModel;
import org.stepwise.model.TrainingHistory;
import org.stepwise.network.Network;
import org.stepwise.train.TrainingConfig;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The training view model without a stage; the FX toolkit runs only for the task's events. */
class TrainingViewModelTest {

    private static final Executor TRAINING_THREAD = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "test-training");
        thread.setDaemon(true);
        return thread;
    });

    /** Two sections of 20 steps of 4 noise images: quick, and enough to exercise every path. */
    private static final TrainingConfig SHORT_RUN = TrainingConfig.thesis().toBuilder()
            .hiddenSizes(List.of(8)).batchSize(4).sections(2).stepsPerSection(20).build();

    private static Datasets data;
    private TrainingViewModel training;

    @BeforeAll
    static void startToolkitAndMakeData() throws Exception {
        FxToolkit.registerPrimaryStage();
        data = new Datasets(noise("training", 64, 1), noise("test", 32, 2), "noise for tests");
    }

    @BeforeEach
    void makeViewModel() throws Exception {
        training = fx(() -> new TrainingViewModel(new TrainingService(TRAINING_THREAD)));
    }

    @Test
    void aFinishedRunFillsTheCurvesAndLeavesANetwork() throws Exception {
        fx(() -> start(SHORT_RUN));

        awaitState(TrainingState.FINISHED);

        assertEquals(40, fx(() -> training.curves().batchLoss().size()));
        assertEquals(2, fx(() -> training.curves().fullTestAccuracy().size()));
        assertNotNull(fx(training::getNetwork));
        assertEquals("step 40 / 40 \u00b7 done", fx(training::getProgressText));
        assertEquals(1.0, fx(() -> training.progressProperty().get()));
    }

    @Test
    void startingAgainContinuesTheSameCurves() throws Exception {
        fx(() -> start(SHORT_RUN));
        awaitState(TrainingState.FINISHED);

        fx(() -> start(SHORT_RUN));
        awaitState(TrainingState.FINISHED);

        var loss = fx(() -> training.curves().batchLoss().points());
        assertEquals(80, loss.size());
        assertEquals(80.0, loss.get(79).x());
        assertTrue(fx(training::getMessage)
                .startsWith("Trained the same network further, from step 40. Press Reset"));
    }

    @Test
    void continuingWithADecayingScheduleSaysTheScheduleRestarts() throws Exception {
        TrainingConfig decaying = SHORT_RUN.toBuilder()
                .schedule(new org.stepwise.optimize.ExponentialDecay(0.3, 0.5)).build();
        fx(() -> start(decaying));
        awaitState(TrainingState.FINISHED);

        fx(() -> start(decaying));
        awaitState(TrainingState.FINISHED);

        assertEquals("Trained the same network further, from step 40. The schedule starts again from"
                + " its first rate, 0.3, as in a new run. Press Reset to start again from fresh weights.",
                fx(training::getMessage));
        // And it really does: the second run's first step has the first section's rate again.
        var rates = fx(() -> training.curves().learningRate().points());
        assertEquals(0.3, rates.get(40).y(), 1e-12);
        assertTrue(rates.get(39).y() < 0.3, "the first run's last rate " + rates.get(39).y());
    }

    @Test
    void changedLayersStartOver() throws Exception {
        fx(() -> start(SHORT_RUN));
        awaitState(TrainingState.FINISHED);

        TrainingConfig wider = SHORT_RUN.toBuilder().hiddenSizes(List.of(12)).build();
        fx(() -> start(wider));
        awaitState(TrainingState.FINISHED);

        assertEquals(40, fx(() -> training.curves().batchLoss().size()));
        assertEquals(12, fx(() -> training.getNetwork().sizes()[1]));
    }

    @Test
    void stopEndsARunEarlyAndPauseHoldsIt() throws Exception {
        TrainingConfig longRun = SHORT_RUN.toBuilder().sections(1000).build();
        fx(() -> start(longRun));
        fx(() -> {
            training.togglePause();
            return null;
        });
        assertEquals(TrainingState.PAUSED, fx(training::getState));

        fx(() -> {
            training.stop();
            return null;
        });
        awaitState(TrainingState.STOPPED);

        assertTrue(fx(() -> training.curves().batchLoss().size()) < 20_000);
        assertTrue(fx(training::getProgressText).endsWith("stopped"));
    }

    @Test
    void aFailureIsShownAsOnePlainSentence() throws Exception {
        TrainingService failing = new TrainingService(TRAINING_THREAD, (config, data, start) -> {
            throw new IllegalStateException("the training data vanished");
        });
        training = fx(() -> new TrainingViewModel(failing));

        fx(() -> start(SHORT_RUN));
        awaitState(TrainingState.FAILED);

        assertEquals("Training stopped because of an error: The training data vanished.",
                fx(training::getMessage));
        assertTrue(fx(() -> training.curves().isEmpty()));
    }

    @Test
    void resetForgetsTheNetworkAndClearsTheCurves() throws Exception {
        fx(() -> start(SHORT_RUN));
        awaitState(TrainingState.FINISHED);

        fx(() -> {
            training.reset();
            return null;
        });

        assertTrue(fx(() -> training.curves().isEmpty()));
        assertNull(fx(training::getNetwork));
        assertEquals(TrainingState.READY, fx(training::getState));
    }

    @Test
    void anOpenedNetworkIsReadAtOnceAndTrainedFurtherByStart() throws Exception {
        Network opened = Network.create(new int[] {784, 8, 10}, SHORT_RUN.hiddenActivation(),
                SHORT_RUN.outputActivation(), SHORT_RUN.initializer(), new SplittableRandom(3));
        TrainingHistory history = new TrainingHistory(List.of(0.5), 40, 0.5, 1.0, 2.0, "noise", "");
        SavedModel model = new SavedModel(opened, SHORT_RUN, history);

        fx(() -> {
            training.continueFrom(model);
            return null;
        });
        assertSame(opened, fx(training::getNetwork));
        assertSame(model, fx(training::currentModel));
        fx(() -> start(SHORT_RUN));
        awaitState(TrainingState.FINISHED);

        assertTrue(fx(training::getMessage).startsWith("Training the opened network further"));
        Network trained = fx(training::getNetwork);
        assertNotSame(opened, trained);
        assertTrue(differ(opened, trained), "the opened network's weights were trained further");
        assertTrue(opened.isFinite());
    }

    @Test
    void savingAfterARunKeepsItsSettingsAndHistory() throws Exception {
        fx(() -> start(SHORT_RUN));
        awaitState(TrainingState.FINISHED);

        SavedModel saved = fx(training::currentModel);

        assertSame(fx(training::getNetwork), saved.network());
        assertEquals(SHORT_RUN, saved.config());
        assertEquals(2, saved.history().sectionAccuracies().size());
        assertEquals(40, saved.history().completedSteps());
        assertEquals(saved.history().sectionAccuracies().get(1), saved.history().fullTestAccuracy());
        assertEquals("noise for tests", saved.history().data());
    }

    @Test
    void aSavedHistoryGoesOnFromTheOpenedFilesHistory() throws Exception {
        Network opened = Network.create(new int[] {784, 8, 10}, SHORT_RUN.hiddenActivation(),
                SHORT_RUN.outputActivation(), SHORT_RUN.initializer(), new SplittableRandom(3));
        TrainingHistory before = new TrainingHistory(List.of(0.25), 20, 0.25, 1.0, 2.0, "noise", "old");
        fx(() -> {
            training.continueFrom(new SavedModel(opened, SHORT_RUN, before));
            return null;
        });
        fx(() -> start(SHORT_RUN));
        awaitState(TrainingState.FINISHED);

        TrainingHistory history = fx(training::currentModel).history();

        assertEquals(3, history.sectionAccuracies().size());
        assertEquals(0.25, history.sectionAccuracies().get(0));
        assertEquals(60, history.completedSteps());
        assertTrue(history.notes().startsWith("old; then 40 steps more"), history.notes());
    }

    @Test
    void theNetworksStepCountsTheStepsTrainedHere() throws Exception {
        fx(() -> start(SHORT_RUN));
        awaitState(TrainingState.FINISHED);
        fx(() -> start(SHORT_RUN));
        awaitState(TrainingState.FINISHED);

        assertEquals(80, fx(training::getNetworkStep));
    }

    private static boolean differ(Network a, Network b) {
        double[] first = a.layers().get(0).weights().data();
        double[] second = b.layers().get(0).weights().data();
        return !java.util.Arrays.equals(first, second);
    }

    private Void start(TrainingConfig config) {
        training.start(config, data);
        return null;
    }

    private void awaitState(TrainingState state) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(training::getState) == state);
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    private static MnistDataset noise(String name, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] pixels = new byte[count * MnistDataset.PIXEL_COUNT];
        byte[] labels = new byte[count];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) random.nextInt(256);
        }
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) random.nextInt(10);
        }
        return MnistDataset.of(name, pixels, labels);
    }
}

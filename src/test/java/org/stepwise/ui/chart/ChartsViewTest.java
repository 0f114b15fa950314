package org.stepwise.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.data.Datasets;
import org.stepwise.data.MnistDataset;
import org.stepwise.train.TrainingConfig;
import org.stepwise.ui.training.TrainingService;
import org.stepwise.ui.training.TrainingState;
import org.stepwise.ui.training.TrainingViewModel;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsViewTest {

    @ParameterizedTest
    @CsvSource({
            "3750, 10, 500",
            "100, 10, 10",
            "150, 10, 20",
            "37500, 10, 5000",
            "10, 10, 1"})
    void stepAxisTicksAreOneTwoOrFiveTimesAPowerOfTen(double range, int ticks, double expected) {
        double unit = ChartsView.niceTickUnit(range, ticks);

        assertEquals(expected, unit, 1e-9);
    }

    @Test
    void beforeAnyRunTheLossChartNamesTheLossTheSettingsWillUse() throws Exception {
        FxToolkit.registerPrimaryStage();
        var settings = new javafx.beans.property.SimpleObjectProperty<>(TrainingConfig.thesis());
        TrainingViewModel idle = new TrainingViewModel(new TrainingService(Runnable::run));
        ChartsView charts = WaitForAsyncUtils.asyncFx(() -> new ChartsView(idle, settings)).get();

        assertEquals("Loss: " + TrainingConfig.thesis().loss().label(), lossTitle(charts));
        TrainingConfig crossEntropy = TrainingConfig.thesis().toBuilder()
                .loss(org.stepwise.network.Loss.CROSS_ENTROPY).build();
        WaitForAsyncUtils.asyncFx(() -> settings.set(crossEntropy)).get();
        assertEquals("Loss: " + org.stepwise.network.Loss.CROSS_ENTROPY.label(), lossTitle(charts));
    }

    private static String lossTitle(ChartsView charts) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((LineChart<?,
                ?>) charts.getChildren().get(0)).getTitle()).get();
    }

    /** The charts laid out without a stage, as a run on noise images fills and clears them. */
    @Nested
    class OldCurves {

        private static final Executor TRAINING_THREAD = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "charts-test-training");
            thread.setDaemon(true);
            return thread;
        });

        /** Two sections of 20 steps of 4 noise images. */
        private static final TrainingConfig SHORT_RUN = TrainingConfig.thesis().toBuilder()
                .hiddenSizes(List.of(8)).batchSize(4).sections(2).stepsPerSection(20).build();

        private final Datasets data =
                new Datasets(noise("training", 64, 1), noise("test", 32, 2), "noise for tests");
        private TrainingViewModel training;
        private ChartsView charts;

        @BeforeEach
        void buildChartsAndFillThemWithOneRun() throws Exception {
            FxToolkit.registerPrimaryStage();
            training = fx(() -> new TrainingViewModel(new TrainingService(TRAINING_THREAD)));
            charts = fx(() -> new ChartsView(training));
            fx(() -> training.start(SHORT_RUN, data));
            awaitState(TrainingState.FINISHED);
            List<Integer> drawn = linePoints();
            assertTrue(drawn.stream().allMatch(count -> count > 0), drawn::toString);
        }

        @Test
        void areGoneAfterReset() throws Exception {
            fx(training::reset);

            assertEquals(List.of(0, 0, 0, 0, 0), seriesSizes());
            assertEquals(List.of(0, 0, 0, 0, 0), linePoints());
        }

        @Test
        void giveWayToTheNewRunWhenTheLayersChange() throws Exception {
            TrainingConfig longerWider = SHORT_RUN.toBuilder().hiddenSizes(List.of(12))
                    .sections(1).stepsPerSection(1_000_000).build();
            fx(() -> training.start(longerWider, data));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(this::drainedSteps) >= 5);
            fx(training::stop);
            awaitState(TrainingState.STOPPED);

            long steps = fx(this::drainedSteps);
            List<Integer> sizes = seriesSizes();
            assertEquals(0, sizes.get(3), "whole-test points before the first section ended");
            assertEquals(0, linePoints().get(3), "the old run's whole-test line is still drawn");
            assertEquals(List.of(steps, steps, steps, steps),
                    List.of(lastX(0), lastX(1), lastX(2), lastX(4)));
            assertTrue(firstX(0) == 1 && firstX(4) == 1, "the new curves start at step 1");
        }

        private long drainedSteps() {
            return training.curves().batchLoss().size();
        }

        /** The number of points in each series: loss, the three accuracies, rate. */
        private List<Integer> seriesSizes() throws Exception {
            return fx(() -> allSeries().stream().map(series -> series.getData().size()).toList());
        }

        /** The points of each series' drawn line, after a layout pass such as a pulse makes. */
        private List<Integer> linePoints() throws Exception {
            return fx(() -> {
                charts.resize(800, 900);
                charts.layout();
                return allSeries().stream()
                        .map(series -> Math.max(0, ((Path) series.getNode()).getElements().size() - 1))
                        .toList();
            });
        }

        private long firstX(int series) throws Exception {
            return fx(() -> allSeries().get(series).getData().get(0).getXValue().longValue());
        }

        private long lastX(int series) throws Exception {
            return fx(() -> {
                var points = allSeries().get(series).getData();
                return points.get(points.size() - 1).getXValue().longValue();
            });
        }

        private List<XYChart.Series<Number, Number>> allSeries() {
            List<XYChart.Series<Number, Number>> all = new ArrayList<>();
            for (String id : List.of("#lossChart", "#accuracyChart", "#learningRateChart")) {
                @SuppressWarnings("unchecked")
                LineChart<Number, Number> chart = (LineChart<Number, Number>) charts.lookup(id);
                all.addAll(chart.getData());
            }
            return all;
        }

        private void awaitState(TrainingState state) throws Exception {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(training::getState) == state);
        }
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
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

package org.stepwise.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stepwise.data.Datasets;
import org.stepwise.data.ShippedData;
import org.stepwise.network.Activation;
import org.stepwise.network.Loss;
import org.stepwise.network.WeightInitializer;

/** Whole runs on the real MNIST files. */
class TrainerTest {

    private static Datasets mnist;

    @BeforeAll
    static void loadMnist() throws IOException {
        mnist = ShippedData.loadMnist();
    }

    private static List<StepMetrics> record(TrainingConfig config) {
        List<StepMetrics> steps = new ArrayList<>();
        new Trainer(config, mnist).run(new TrainingListener() {
            @Override
            public void onStep(StepMetrics metrics) {
                steps.add(metrics);
            }
        }, new RunControl());
        return steps;
    }

    @Nested
    class Learning {

        @Test
        void windowDefaultsReachNinetyThreePercentOnTheFullTestSet() {
            TrainingConfig config = TrainingConfig.thesis();

            RunResult result = new Trainer(config, mnist).run(new TrainingListener() { }, new RunControl());

            assertEquals(3_750, result.completedSteps());
            assertTrue(result.fullTestAccuracy() >= 0.93, "full test accuracy " + result.fullTestAccuracy());
        }

        @Test
        void sigmoidHiddenSoftmaxCrossEntropyAtRateThreeTenthsReachesNinetyTwoPercent() {
            TrainingConfig config = TrainingConfig.thesis().toBuilder()
                    .hiddenActivation(Activation.SIGMOID).outputActivation(Activation.SOFTMAX)
                    .loss(Loss.CROSS_ENTROPY).initializer(WeightInitializer.GLOROT_UNIFORM)
                    .learningRate(0.3).build();

            RunResult result = new Trainer(config, mnist).run(new TrainingListener() { }, new RunControl());

            assertTrue(result.fullTestAccuracy() >= 0.92, "full test accuracy " + result.fullTestAccuracy());
        }

        @Test
        void lossFallsFromTheFirstSectionToTheLast() {
            List<StepMetrics> steps = record(TrainingConfig.thesis().toBuilder().seed(4).build());

            double first = steps.subList(0,
                    375).stream().mapToDouble(StepMetrics::batchLoss).average().orElseThrow();
            double last = steps.subList(3375, 3750).stream().mapToDouble(StepMetrics::batchLoss).average()
                    .orElseThrow();

            assertTrue(last < first / 2, "first section's mean loss " + first + ", last " + last);
        }
    }

    @Nested
    class Metrics {

        private final TrainingConfig shortRun = TrainingConfig.thesis().toBuilder()
                .sections(3).stepsPerSection(40).build();

        @Test
        void everyStepIsRecordedWithItsSectionAndRate() {
            TrainingConfig config = shortRun.toBuilder()
                    .schedule(org.stepwise.optimize.ScheduleKind.EXPONENTIAL.thesisDefault()).build();

            List<StepMetrics> steps = record(config);

            assertEquals(120, steps.size());
            assertEquals(39, steps.get(39).step());
            assertEquals(1, steps.get(39).section());
            assertEquals(2, steps.get(40).section());
            assertEquals(0.5, steps.get(39).learningRate(), 0.0);
            assertEquals(0.375, steps.get(40).learningRate(), 0.0);
            assertEquals(0.28125, steps.get(119).learningRate(), 0.0);
        }

        @Test
        void fullTestIsMeasuredOnlyAtEachSectionsEnd() {
            List<StepMetrics> steps = record(shortRun);

            List<Integer> measured = steps.stream().filter(StepMetrics::hasFullTestAccuracy)
                    .map(StepMetrics::step).toList();

            assertEquals(List.of(39, 79, 119), measured);
        }

        @Test
        void runningTrainAccuracyRestartsEachSection() {
            List<StepMetrics> steps = record(shortRun);

            // After one batch of 16 the share is a multiple of 1/16.
            double firstOfSectionTwo = steps.get(40).trainAccuracy() * 16;

            assertEquals(Math.rint(firstOfSectionTwo), firstOfSectionTwo, 1e-9);
            assertTrue(steps.stream().allMatch(m -> m.testAccuracy() >= 0 && m.testAccuracy() <= 1));
        }

        @Test
        void sameSeedRepeatsTheRunExactly() {
            List<StepMetrics> first = record(shortRun);
            List<StepMetrics> second = record(shortRun);
            List<StepMetrics> otherSeed = record(shortRun.toBuilder().seed(2).build());

            assertEquals(first, second);
            assertFalse(first.equals(otherSeed));
        }
    }

    @Nested
    class Snapshots {

        @Test
        void onlyListenersThatReadSnapshotsAskForCopies() {
            TrainingListener metricsOnly = new TrainingListener() {
                @Override
                public void onStep(StepMetrics metrics) {
                }
            };
            TrainingListener reader = new TrainingListener() {
                @Override
                public void onSnapshot(org.stepwise.network.Network snapshot, int completedSteps) {
                }
            };

            assertFalse(metricsOnly.wantsSnapshots());
            assertTrue(reader.wantsSnapshots());
        }

        @Test
        void aReaderGetsTheFinalNetworkAfterTheLastStep() {
            List<Integer> steps = new ArrayList<>();
            TrainingConfig config = TrainingConfig.thesis().toBuilder().sections(1).stepsPerSection(30).build();

            new Trainer(config, mnist).run(new TrainingListener() {
                @Override
                public void onSnapshot(org.stepwise.network.Network snapshot, int completedSteps) {
                    steps.add(completedSteps);
                }
            }, new RunControl());

            assertEquals(30, steps.get(steps.size() - 1));
        }
    }

    @Nested
    class Control {

        @Test
        void cancelStopsWithinOneStep() {
            RunControl control = new RunControl();
            TrainingConfig config = TrainingConfig.thesis();

            RunResult result = new Trainer(config, mnist).run(new TrainingListener() {
                @Override
                public void onStep(StepMetrics metrics) {
                    if (metrics.step() == 9) {
                        control.cancel();
                    }
                }
            }, control);

            assertEquals(10, result.completedSteps());
            assertTrue(result.cancelled());
        }

        @Test
        void pauseHoldsTheNextStepUntilResumed() throws Exception {
            RunControl control = new RunControl();
            AtomicInteger steps = new AtomicInteger();
            CountDownLatch paused = new CountDownLatch(1);
            TrainingConfig config = TrainingConfig.thesis().toBuilder().sections(1).stepsPerSection(20).build();
            Thread training = new Thread(() -> new Trainer(config, mnist).run(new TrainingListener() {
                @Override
                public void onStep(StepMetrics metrics) {
                    steps.incrementAndGet();
                    if (metrics.step() == 4) {
                        control.pause();
                        paused.countDown();
                    }
                }
            }, control));

            training.start();
            assertTrue(paused.await(30, TimeUnit.SECONDS));
            training.join(300);
            int whilePaused = steps.get();
            control.resume();
            training.join(30_000);

            assertEquals(5, whilePaused);
            assertEquals(20, steps.get());
            assertFalse(training.isAlive());
        }
    }
}

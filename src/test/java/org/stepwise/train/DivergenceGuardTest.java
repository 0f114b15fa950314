package org.stepwise.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stepwise.data.Datasets;
import org.stepwise.data.ShippedData;
import org.stepwise.network.Network;

/** The trainer's divergence guard on the real MNIST, at the learning rate 5.0 a student might try. */
class DivergenceGuardTest {

    private static Datasets mnist;

    @BeforeAll
    static void loadMnist() throws IOException {
        mnist = ShippedData.loadMnist();
    }

    /**
     * The thesis's network widened to 128 hidden units, at rate 5.0: its ReLU
     * outputs and sum of squares reach an infinite loss within a few dozen
     * steps. (The 32-unit default at 5.0 dies instead: see StallWarningTest.)
     */
    private static TrainingConfig atRateFive() {
        return TrainingConfig.thesis().toBuilder().hiddenSizes(List.of(128)).learningRate(5.0)
                .sections(2).stepsPerSection(200).build();
    }

    @Test
    void rateFivePausesAtTheFirstNonFiniteStepAndGoesOnFromTheLastFiniteWeightsAtATenth() {
        RunControl control = new RunControl();
        List<Divergence> divergences = new ArrayList<>();
        List<StepMetrics> steps = new ArrayList<>();
        List<Boolean> pausedWhenTold = new ArrayList<>();
        List<Integer> reportedBefore = new ArrayList<>();
        List<Boolean> snapshotFinite = new ArrayList<>();

        RunResult result = new Trainer(atRateFive(), mnist).run(new TrainingListener() {
            @Override
            public void onStep(StepMetrics metrics) {
                steps.add(metrics);
            }

            @Override
            public void onSnapshot(Network snapshot, int completedSteps) {
                snapshotFinite.add(snapshot.isFinite());
            }

            @Override
            public boolean guardsDivergence() {
                return true;
            }

            @Override
            public void onDiverged(Divergence divergence) {
                divergences.add(divergence);
                pausedWhenTold.add(control.isPaused());
                reportedBefore.add(steps.size());
                // What the banner's remedy does: a tenth of the rate, then go on.
                control.setRateFactor(control.rateFactor() / 10);
                control.resume();
            }
        }, control);

        assertFalse(divergences.isEmpty(), "rate 5.0 should make the loss or a weight non-finite");
        Divergence first = divergences.get(0);
        assertEquals(5.0, first.learningRate());
        assertTrue(first.step() < 200, "diverged only at step " + first.step());
        assertEquals(List.of(true), pausedWhenTold.subList(0, 1), "the run is paused when told");
        assertEquals(first.step(), reportedBefore.get(0),
                "every step before the bad one was reported, not the bad one");

        // The step that went wrong is taken again at 0.5, and the run finishes with numbers only.
        StepMetrics retaken = steps.get(first.step());
        assertEquals(first.step(), retaken.step());
        assertEquals(0.5, retaken.learningRate(), 1e-12);
        assertEquals(400, result.completedSteps());
        assertFalse(result.cancelled());
        assertTrue(steps.stream().allMatch(m -> Double.isFinite(m.batchLoss())),
                "a reported loss was not finite");
        assertTrue(result.network().isFinite());
        assertTrue(snapshotFinite.stream().allMatch(finite -> finite), "a snapshot held a non-finite weight");
        assertEquals(List.of(first), divergences, "at a tenth of the rate it never diverges again");
        assertTrue(result.fullTestAccuracy() > 0.8, "after lowering the rate it learns: "
                + result.fullTestAccuracy());
    }

    @Test
    void aCancelWhilePausedByTheGuardEndsWithTheLastFiniteNetwork() {
        RunControl control = new RunControl();
        List<Divergence> divergences = new ArrayList<>();

        RunResult result = new Trainer(atRateFive(), mnist).run(new TrainingListener() {
            @Override
            public boolean guardsDivergence() {
                return true;
            }

            @Override
            public void onDiverged(Divergence divergence) {
                divergences.add(divergence);
                control.cancel();
            }
        }, control);

        assertEquals(1, divergences.size());
        assertTrue(result.cancelled());
        assertEquals(divergences.get(0).step(), result.completedSteps());
        assertTrue(result.network().isFinite(), "the network left after the guard must be finite");
    }

    @Test
    void aHeadlessListenerIsNeverPausedAndTheRunGoesOnAsTheThesisDid() {
        List<Double> losses = new ArrayList<>();
        RunResult result = new Trainer(atRateFive(), mnist).run(new TrainingListener() {
            @Override
            public void onStep(StepMetrics metrics) {
                losses.add(metrics.batchLoss());
            }
        }, new RunControl());

        assertEquals(400, result.completedSteps());
        assertTrue(losses.stream().anyMatch(loss -> !Double.isFinite(loss)), "unguarded, the loss diverges");
    }

    @Test
    void aSensibleRateNeverTriggersTheGuard() {
        List<Divergence> divergences = new ArrayList<>();
        new Trainer(TrainingConfig.thesis().toBuilder().sections(1).stepsPerSection(300).build(), mnist)
                .run(new TrainingListener() {
                    @Override
                    public boolean guardsDivergence() {
                        return true;
                    }

                    @Override
                    public void onDiverged(Divergence divergence) {
                        divergences.add(divergence);
                    }
                }, new RunControl());

        assertEquals(List.of(), divergences);
    }
}

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
import org.stepwise.network.Activation;

/** Stalled and learning runs on the real MNIST, seen through {@link StallCheck}. */
class StallCheckTest {

    private static Datasets mnist;

    @BeforeAll
    static void loadMnist() throws IOException {
        mnist = ShippedData.loadMnist();
    }

    private static List<StepMetrics> sectionEnds(TrainingConfig config) {
        List<StepMetrics> ends = new ArrayList<>();
        new Trainer(config, mnist).run(new TrainingListener() {
            @Override
            public void onStep(StepMetrics metrics) {
                if (metrics.hasFullTestAccuracy()) {
                    ends.add(metrics);
                }
            }
        }, new RunControl());
        return ends;
    }

    @Test
    void trueReluAtRateOneDiesAndEverySectionIsFlaggedAtChance() {
        // 784-32-10 with true ReLU on every layer at rate 1.0: within a few steps every output
        // unit stops firing, the loss sits at exactly 1.0 and the network always answers 0.
        TrainingConfig config = TrainingConfig.thesis().toBuilder().hiddenActivation(Activation.RELU)
                .outputActivation(Activation.RELU).learningRate(1.0).sections(2).stepsPerSection(375).build();

        List<StepMetrics> ends = sectionEnds(config);

        assertEquals(2, ends.size());
        for (StepMetrics end : ends) {
            assertTrue(end.fullTestAccuracy() >= 0.08 && end.fullTestAccuracy() <= 0.12,
                    "whole test set " + end.fullTestAccuracy());
            assertEquals(1.0, end.batchLoss(), 1e-9);
            assertTrue(StallCheck.atChance(end));
        }
        assertTrue(StallCheck.advice(config).contains("thesis's ReLU"), StallCheck.advice(config));
    }

    @Test
    void theThesisRunIsNeverFlagged() {
        List<StepMetrics> ends = sectionEnds(TrainingConfig.thesis().toBuilder().sections(2).build());

        assertEquals(2, ends.size());
        ends.forEach(end -> assertFalse(StallCheck.atChance(end), "flagged at " + end.fullTestAccuracy()));
    }

    @Test
    void aStepInsideASectionIsNeverFlagged() {
        StepMetrics middle = new StepMetrics(5, 1, 0.3, 1.0, 0.1, 0.1, 1.0, Double.NaN);

        assertFalse(StallCheck.atChance(middle));
    }
}

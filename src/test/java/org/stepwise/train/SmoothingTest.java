package org.stepwise.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SmoothingTest {

    @Test
    void thesisBlocksTurnThreeThousandSevenHundredFiftyStepsIntoFiftyPoints() {
        double[] steps = new double[3_750];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = i;
        }

        double[] means = Smoothing.blockMeans(steps, Smoothing.THESIS_BLOCK);

        assertEquals(50, means.length);
        assertEquals(37.0, means[0], 0.0);
        assertEquals(3_712.0, means[49], 0.0);
        assertArrayEquals(means, Smoothing.blockCenters(3_750, 75), 0.0);
    }

    @Test
    void lastShortBlockIsAveragedOverWhatItHas() {
        assertArrayEquals(new double[] {1.5, 5.0}, Smoothing.blockMeans(new double[] {1, 2, 5}, 2), 0.0);
    }

    @Test
    void summaryGivesMeanSampleDeviationAndRange() {
        SeriesSummary summary = SeriesSummary.of(List.of(new double[] {1, 10}, new double[] {3, 10},
                new double[] {5, 10}));

        assertArrayEquals(new double[] {3, 10}, summary.mean(), 0.0);
        assertArrayEquals(new double[] {2, 0}, summary.standardDeviation(), 1e-15);
        assertArrayEquals(new double[] {1, 10}, summary.min(), 0.0);
        assertArrayEquals(new double[] {5, 10}, summary.max(), 0.0);
    }
}

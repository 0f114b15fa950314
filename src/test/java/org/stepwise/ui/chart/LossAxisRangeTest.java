package org.stepwise.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossAxisRangeTest {

    @Test
    void aSteadilyFallingLossIsShownWhole() {
        SeriesAggregator loss = new SeriesAggregator(100);
        for (int step = 1; step <= 50; step++) {
            loss.add(step, 2.3 / step);
        }

        assertTrue(Double.isNaN(new LossAxisRange().clippedTop(loss)), "no clipping needed");
    }

    @Test
    void aFewHugeLossesBeforeADivergenceDoNotFlattenTheCurve() {
        SeriesAggregator loss = new SeriesAggregator(100);
        loss.add(0, 2.0);
        for (int step = 1; step <= 20; step++) {
            loss.add(step, 1.0);
        }
        loss.add(21, 1e5);
        loss.add(22, 1e70);
        loss.add(23, 1e300);

        assertEquals(2.0, new LossAxisRange().clippedTop(loss), 1e-12);
    }

    @Test
    void aBlowUpWithinTheFirstStepsIsScaledByTheStartingLoss() {
        // The losses of the thesis network widened to 128 units at rate 5.0, before the guard paused it.
        double[] losses = {1.1, 112, 1.0, 5.4e6, 1.7e6, 1.8e15, 1.0, 3.2e42, 3.6e70, 1.9e138, 1.0};
        SeriesAggregator loss = new SeriesAggregator(100);
        for (int i = 0; i < losses.length; i++) {
            loss.add(i + 1, losses[i]);
        }

        assertEquals(1.1, new LossAxisRange().clippedTop(loss), 1e-9);
    }

    @Test
    void aBlowUpAveragedIntoTheFirstPointIsScaledByTheMedian() {
        SeriesAggregator loss = new SeriesAggregator(100);
        loss.add(1, 1.5e6);
        for (int step = 2; step <= 40; step++) {
            loss.add(step, 0.5);
        }

        assertEquals(0.5, new LossAxisRange().clippedTop(loss), 1e-12);
    }

    @Test
    void infiniteAndNanLossesNeverReachTheCurve() {
        SeriesAggregator loss = new SeriesAggregator(100);
        loss.add(1, 0.5);
        loss.add(2, Double.POSITIVE_INFINITY);
        loss.add(3, Double.NaN);
        loss.add(4, 0.25);

        assertEquals(2, loss.size());
        assertEquals(0.25, loss.point(1).y());
    }
}

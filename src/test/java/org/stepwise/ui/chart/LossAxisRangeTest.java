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

        assertEquals(10.0, new LossAxisRange().clippedTop(loss), 1e-12);
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

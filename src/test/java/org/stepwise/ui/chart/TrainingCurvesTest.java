package org.stepwise.ui.chart;

import org.junit.jupiter.api.Test;
import org.stepwise.train.StepMetrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingCurvesTest {

    private static StepMetrics step(int step, double fullTest) {
        return new StepMetrics(step, 1, 0.3, 0.5, 0.25, 0.75, 0.4, fullTest);
    }

    @Test
    void plotsEachStepAtItsCompletedStepCountWithAccuraciesInPercent() {
        TrainingCurves curves = new TrainingCurves(100);

        curves.add(step(0, Double.NaN), 0);

        assertEquals(new SeriesAggregator.Point(1, 0.5, 1), curves.batchLoss().point(0));
        assertEquals(new SeriesAggregator.Point(1, 25, 1), curves.trainAccuracy().point(0));
        assertEquals(new SeriesAggregator.Point(1, 75, 1), curves.testAccuracy().point(0));
        assertEquals(new SeriesAggregator.Point(1, 0.3, 1), curves.learningRate().point(0));
    }

    @Test
    void addsAWholeTestPointOnlyAtSectionEnds() {
        TrainingCurves curves = new TrainingCurves(100);

        curves.add(step(373, Double.NaN), 0);
        curves.add(step(374, 0.912), 0);

        assertEquals(1, curves.fullTestAccuracy().size());
        assertEquals(new SeriesAggregator.Point(375, 91.2, 1), curves.fullTestAccuracy().point(0));
    }

    @Test
    void continuesAfterTheStepsOfEarlierRuns() {
        TrainingCurves curves = new TrainingCurves(100);

        curves.add(step(0, Double.NaN), 3_750);

        assertEquals(3_751, curves.batchLoss().point(0).x());
    }

    @Test
    void clearEmptiesEveryCurve() {
        TrainingCurves curves = new TrainingCurves(100);
        curves.add(step(374, 0.9), 0);

        curves.clear();

        assertTrue(curves.isEmpty());
    }
}

package org.stepwise.ui.chart;

import java.util.List;

import org.stepwise.train.StepMetrics;

/**
 * The five curves the window draws while a network learns, each condensed by
 * a {@link SeriesAggregator}. The x value of a step is the number of steps
 * completed after it, counted from the first run since the last reset, so a
 * continued run extends the same curves. Accuracies are stored in percent.
 *
 * <p>Plain Java with no JavaFX types: the drain timer fills it on the FX
 * thread and the charts read it there.
 */
public final class TrainingCurves {

    /** The most points one curve holds: smooth to the eye, cheap to lay out. */
    public static final int MAX_POINTS_PER_CURVE = 1_000;

    private final SeriesAggregator batchLoss;
    private final SeriesAggregator trainAccuracy;
    private final SeriesAggregator testAccuracy;
    private final SeriesAggregator fullTestAccuracy;
    private final SeriesAggregator learningRate;

    public TrainingCurves() {
        this(MAX_POINTS_PER_CURVE);
    }

    public TrainingCurves(int maxPointsPerCurve) {
        batchLoss = new SeriesAggregator(maxPointsPerCurve);
        trainAccuracy = new SeriesAggregator(maxPointsPerCurve);
        testAccuracy = new SeriesAggregator(maxPointsPerCurve);
        fullTestAccuracy = new SeriesAggregator(maxPointsPerCurve);
        learningRate = new SeriesAggregator(maxPointsPerCurve);
    }

    /**
     * Adds one step.
     *
     * @param stepOffset the steps completed by earlier runs on the same curves
     */
    public void add(StepMetrics metrics, long stepOffset) {
        double x = stepOffset + metrics.step() + 1;

        batchLoss.add(x, metrics.batchLoss());
        trainAccuracy.add(x, 100 * metrics.trainAccuracy());
        testAccuracy.add(x, 100 * metrics.testAccuracy());
        learningRate.add(x, metrics.learningRate());
        if (metrics.hasFullTestAccuracy()) {
            fullTestAccuracy.add(x, 100 * metrics.fullTestAccuracy());
        }
    }

    public void clear() {
        all().forEach(SeriesAggregator::clear);
    }

    /** True when no curve holds a point. */
    public boolean isEmpty() {
        return all().stream().allMatch(curve -> curve.size() == 0);
    }

    public SeriesAggregator batchLoss() {
        return batchLoss;
    }

    /** The running share of training images read right within each section, in percent. */
    public SeriesAggregator trainAccuracy() {
        return trainAccuracy;
    }

    /** The share of each step's random test sample read right, in percent. */
    public SeriesAggregator testAccuracy() {
        return testAccuracy;
    }

    /** The whole test set's accuracy at each section's end, in percent. */
    public SeriesAggregator fullTestAccuracy() {
        return fullTestAccuracy;
    }

    public SeriesAggregator learningRate() {
        return learningRate;
    }

    private List<SeriesAggregator> all() {
        return List.of(batchLoss, trainAccuracy, testAccuracy, fullTestAccuracy, learningRate);
    }
}

package org.stepwise.train;

import java.util.EnumMap;
import java.util.Map;

/**
 * Everything one run of a study measured, step by step.
 *
 * @param seed the run's seed
 * @param series each metric's value at every step, indexed by step
 * @param fullTestAccuracy the whole test set's accuracy at the end of each section, indexed by section - 1
 * @param seconds the run's wall time
 */
public record RunRecord(long seed, Map<Metric, double[]> series, double[] fullTestAccuracy, double seconds) {

    public RunRecord {
        series = Map.copyOf(series);
    }

    /** The number of steps recorded. */
    public int steps() {
        return series.get(Metric.LOSS).length;
    }

    /** One metric's values, indexed by step; the array is shared, do not change it. */
    public double[] values(Metric metric) {
        return series.get(metric);
    }

    /** The mean of a metric over steps [from, to). */
    public double mean(Metric metric, int from, int to) {
        double[] values = values(metric);
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    /** The last section's full-test accuracy. */
    public double finalFullTestAccuracy() {
        return fullTestAccuracy[fullTestAccuracy.length - 1];
    }

    /** Records a run's steps into arrays sized once for the whole run. */
    static final class Recorder implements TrainingListener {

        private final Map<Metric, double[]> series = new EnumMap<>(Metric.class);
        private final double[] fullTest;
        private int steps;

        Recorder(TrainingConfig config) {
            for (Metric metric : Metric.values()) {
                series.put(metric, new double[config.totalSteps()]);
            }
            fullTest = new double[config.sections()];
        }

        @Override
        public void onStep(StepMetrics m) {
            for (Map.Entry<Metric, double[]> entry : series.entrySet()) {
                entry.getValue()[m.step()] = entry.getKey().of(m);
            }
            if (m.hasFullTestAccuracy()) {
                fullTest[m.section() - 1] = m.fullTestAccuracy();
            }
            steps = m.step() + 1;
        }

        int steps() {
            return steps;
        }

        RunRecord toRecord(long seed, double seconds) {
            return new RunRecord(seed, series, fullTest, seconds);
        }
    }
}

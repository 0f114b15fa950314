package org.stepwise.optimize;

/**
 * A stepping schedule: the learning rate after k finished sections of n.
 *
 * <p>Training is split into sections of mini-batches; a schedule changes the
 * rate only between sections, as the thesis's program did. During the first
 * section k = 0, so every schedule starts at its initial rate; during the last
 * section k = n - 1. Implementations are immutable values.
 */
public sealed interface LearningRateSchedule
        permits ConstantRate, PiecewiseConstantDecay, ExponentialDecay, InverseTimeDecay, PolynomialDecay {

    /**
     * The rate while section k + 1 runs.
     *
     * @param finishedSections k, from 0 to totalSections - 1
     * @param totalSections n, at least 1
     */
    double rate(int finishedSections, int totalSections);

    /** The rate of the first section, e0. */
    double initialRate();

    /** The same schedule with another initial rate, e0. */
    LearningRateSchedule withInitialRate(double initialRate);

    /** Which of the five forms this is. */
    ScheduleKind kind();

    /** The formula with this schedule's values, for tooltips and help. */
    String formula();

    /** Rejects a rate that is not a finite positive number. */
    static double requirePositiveRate(String name, double value) {
        if (!(value > 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive number, got " + value);
        }
        return value;
    }

    /** Rejects a section count that cannot be used by {@link #rate}. */
    static void checkSections(int finishedSections, int totalSections) {
        if (totalSections < 1 || finishedSections < 0 || finishedSections >= totalSections) {
            throw new IllegalArgumentException("finished sections must be in 0.." + (totalSections - 1)
                    + ", got " + finishedSections + " of " + totalSections);
        }
    }
}

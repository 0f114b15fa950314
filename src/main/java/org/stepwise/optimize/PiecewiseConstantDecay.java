package org.stepwise.optimize;

/**
 * A linear staircase: e_k = e0 (n + 1 - k) / (n + 1).
 *
 * <p>With n = 10 sections this is the thesis program's e0 (11 - k) / 11, which
 * ends at 2/11 of e0 (0.055 for e0 = 0.3, Table 1's end rate).
 */
public record PiecewiseConstantDecay(double initialRate) implements LearningRateSchedule {

    public PiecewiseConstantDecay {
        LearningRateSchedule.requirePositiveRate("the initial learning rate", initialRate);
    }

    @Override
    public double rate(int finishedSections, int totalSections) {
        LearningRateSchedule.checkSections(finishedSections, totalSections);
        return initialRate * (totalSections + 1 - finishedSections) / (totalSections + 1);
    }

    @Override
    public PiecewiseConstantDecay withInitialRate(double rate) {
        return new PiecewiseConstantDecay(rate);
    }

    @Override
    public ScheduleKind kind() {
        return ScheduleKind.PIECEWISE_CONSTANT;
    }

    @Override
    public String formula() {
        return "e_k = " + initialRate + " * (n + 1 - k) / (n + 1)";
    }

    @Override
    public String toString() {
        return "piecewise(e0=" + initialRate + ")";
    }
}

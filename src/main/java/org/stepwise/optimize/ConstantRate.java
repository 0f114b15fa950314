package org.stepwise.optimize;

/** No schedule: the rate stays e0 for the whole run. */
public record ConstantRate(double initialRate) implements LearningRateSchedule {

    public ConstantRate {
        LearningRateSchedule.requirePositiveRate("the learning rate", initialRate);
    }

    @Override
    public double rate(int finishedSections, int totalSections) {
        LearningRateSchedule.checkSections(finishedSections, totalSections);
        return initialRate;
    }

    @Override
    public ConstantRate withInitialRate(double rate) {
        return new ConstantRate(rate);
    }

    @Override
    public ScheduleKind kind() {
        return ScheduleKind.CONSTANT;
    }

    @Override
    public String formula() {
        return "e = e0 = " + initialRate;
    }

    @Override
    public String toString() {
        return "constant(e0=" + initialRate + ")";
    }
}

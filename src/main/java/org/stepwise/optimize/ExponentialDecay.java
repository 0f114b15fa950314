package org.stepwise.optimize;

/** e_k = e0 * g^k: the thesis's equation (12). */
public record ExponentialDecay(double initialRate, double decayRate) implements LearningRateSchedule {

    public ExponentialDecay {
        LearningRateSchedule.requirePositiveRate("the initial learning rate", initialRate);
        LearningRateSchedule.requirePositiveRate("the decay rate", decayRate);
    }

    @Override
    public double rate(int finishedSections, int totalSections) {
        LearningRateSchedule.checkSections(finishedSections, totalSections);
        return initialRate * Math.pow(decayRate, finishedSections);
    }

    @Override
    public ExponentialDecay withInitialRate(double rate) {
        return new ExponentialDecay(rate, decayRate);
    }

    @Override
    public ScheduleKind kind() {
        return ScheduleKind.EXPONENTIAL;
    }

    @Override
    public String formula() {
        return "e_k = " + initialRate + " * " + decayRate + "^k";
    }

    @Override
    public String toString() {
        return "exponential(e0=" + initialRate + ", g=" + decayRate + ")";
    }
}

package org.stepwise.optimize;

/**
 * e_k = (e0 - e_end) (1 - k/n)^p + e_end: the thesis's equation (15).
 *
 * <p>Table 1 lists p = 2.5 and e_end = 0.01, but the program ran p = 0.5 and
 * e_end = 0.1; {@link ScheduleKind#thesisDefault()} uses what the program ran.
 */
public record PolynomialDecay(double initialRate, double power, double endRate)
        implements LearningRateSchedule {

    public PolynomialDecay {
        LearningRateSchedule.requirePositiveRate("the initial learning rate", initialRate);
        LearningRateSchedule.requirePositiveRate("the power", power);
        if (!(endRate >= 0.0) || !Double.isFinite(endRate)) {
            throw new IllegalArgumentException("the end learning rate must be zero or positive, got " + endRate);
        }
    }

    @Override
    public double rate(int finishedSections, int totalSections) {
        LearningRateSchedule.checkSections(finishedSections, totalSections);
        double remaining = 1.0 - (double) finishedSections / totalSections;
        return (initialRate - endRate) * Math.pow(remaining, power) + endRate;
    }

    @Override
    public PolynomialDecay withInitialRate(double rate) {
        return new PolynomialDecay(rate, power, endRate);
    }

    @Override
    public ScheduleKind kind() {
        return ScheduleKind.POLYNOMIAL;
    }

    @Override
    public String formula() {
        return "e_k = (" + initialRate + " - " + endRate + ") * (1 - k/n)^" + power + " + " + endRate;
    }

    @Override
    public String toString() {
        return "polynomial(e0=" + initialRate + ", p=" + power + ", e_end=" + endRate + ")";
    }
}

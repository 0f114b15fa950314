package org.stepwise.optimize;

/**
 * e_k = e0 / (1 + g k).
 *
 * <p>The thesis prints equation (13) as e0 / (1 + g^k); its program, like
 * TensorFlow's InverseTimeDecay, used e0 / (1 + g k), and this is that form.
 */
public record InverseTimeDecay(double initialRate, double decayRate) implements LearningRateSchedule {

    public InverseTimeDecay {
        LearningRateSchedule.requirePositiveRate("the initial learning rate", initialRate);
        if (!(decayRate >= 0.0) || !Double.isFinite(decayRate)) {
            throw new IllegalArgumentException("the decay rate must be zero or positive, got " + decayRate);
        }
    }

    @Override
    public double rate(int finishedSections, int totalSections) {
        LearningRateSchedule.checkSections(finishedSections, totalSections);
        return initialRate / (1.0 + decayRate * finishedSections);
    }

    @Override
    public InverseTimeDecay withInitialRate(double rate) {
        return new InverseTimeDecay(rate, decayRate);
    }

    @Override
    public ScheduleKind kind() {
        return ScheduleKind.INVERSE_TIME;
    }

    @Override
    public String formula() {
        return "e_k = " + initialRate + " / (1 + " + decayRate + " * k)";
    }

    @Override
    public String toString() {
        return "inverse-time(e0=" + initialRate + ", g=" + decayRate + ")";
    }
}

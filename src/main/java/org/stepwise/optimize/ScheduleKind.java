package org.stepwise.optimize;

/** The five stepping schedules of the thesis (section 1.3.2.3, Table 1). */
public enum ScheduleKind {

    CONSTANT("No schedule (constant)"),
    PIECEWISE_CONSTANT("Piecewise constant decay"),
    EXPONENTIAL("Exponential decay"),
    INVERSE_TIME("Inverse time decay"),
    POLYNOMIAL("Polynomial decay");

    private final String label;

    ScheduleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The schedule with the thesis program's settings (Table 1, with the
     * polynomial decay's p = 0.5 and e_end = 0.1 that the program really ran).
     */
    public LearningRateSchedule thesisDefault() {
        return switch (this) {
            case CONSTANT -> new ConstantRate(0.3);
            case PIECEWISE_CONSTANT -> new PiecewiseConstantDecay(0.3);
            case EXPONENTIAL -> new ExponentialDecay(0.5, 0.75);
            case INVERSE_TIME -> new InverseTimeDecay(0.5, 0.5);
            case POLYNOMIAL -> new PolynomialDecay(0.3, 0.5, 0.1);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}

package org.stepwise.optimize;

/**
 * Adam's settings (Kingma and Ba, 2015; thesis section 1.3.2.4).
 *
 * @param beta1 decay of the first moment, in [0, 1)
 * @param beta2 decay of the second moment, in [0, 1)
 * @param epsilon the small constant that keeps the denominator from zero
 * @param epsilonInsideSquareRoot true for the thesis text's sqrt(v + eps);
 *     false for sqrt(v) + eps, which the thesis's program and most libraries use
 */
public record AdamSettings(double beta1, double beta2, double epsilon, boolean epsilonInsideSquareRoot)
        implements OptimizerSettings {

    /** The thesis's step size alpha, used as Adam's learning rate in its experiments. */
    public static final double THESIS_STEP_SIZE = 0.003;

    public AdamSettings {
        requireDecay("beta1", beta1);
        requireDecay("beta2", beta2);
        if (!(epsilon > 0.0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be a small positive number, got " + epsilon);
        }
    }

    /** b1 = 0.9, b2 = 0.999, eps = 1e-8 added after the square root, as the program ran. */
    public static AdamSettings thesis() {
        return new AdamSettings(0.9, 0.999, 1e-8, false);
    }

    private static void requireDecay(String name, double value) {
        if (!(value >= 0.0 && value < 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), got " + value);
        }
    }

    @Override
    public Optimizer create() {
        return new Adam(this);
    }

    @Override
    public String label() {
        return "Adam";
    }

    @Override
    public String toString() {
        return "adam(b1=" + beta1 + ", b2=" + beta2 + ", eps=" + epsilon
                + (epsilonInsideSquareRoot ? " inside sqrt" : " after sqrt") + ")";
    }
}

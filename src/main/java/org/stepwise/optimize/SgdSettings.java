package org.stepwise.optimize;

/** Plain stochastic gradient descent, theta -= e * gradient (thesis equation (7)). */
public record SgdSettings() implements OptimizerSettings {

    @Override
    public Optimizer create() {
        return new Sgd();
    }

    @Override
    public String label() {
        return "SGD";
    }

    @Override
    public String toString() {
        return "sgd";
    }
}

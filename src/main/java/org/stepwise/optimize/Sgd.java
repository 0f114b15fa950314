package org.stepwise.optimize;

import java.util.List;

import org.stepwise.network.Parameter;

/** Stochastic gradient descent: theta_t = theta_{t-1} - e * gradient (thesis eq. (7)). */
final class Sgd implements Optimizer {

    private List<Parameter> parameters;

    @Override
    public void initialize(List<Parameter> parameters) {
        this.parameters = List.copyOf(parameters);
    }

    @Override
    public void step(double learningRate) {
        if (parameters == null) {
            throw new IllegalStateException("initialize the optimizer before the first step");
        }
        for (Parameter parameter : parameters) {
            double[] value = parameter.value().data();
            double[] gradient = parameter.gradient().data();
            for (int i = 0; i < value.length; i++) {
                value[i] -= learningRate * gradient[i];
            }
        }
    }
}

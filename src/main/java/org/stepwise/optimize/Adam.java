package org.stepwise.optimize;

import java.util.ArrayList;
import java.util.List;

import org.stepwise.network.Parameter;

/**
 * Adam with bias-corrected moments (thesis section 1.3.2.4):
 * m = b1 m + (1 - b1) g, v = b2 v + (1 - b2) g^2,
 * theta -= alpha * m_hat / (sqrt(v_hat) + eps), where m_hat = m / (1 - b1^t)
 * and v_hat = v / (1 - b2^t). Moments start at zero.
 */
final class Adam implements Optimizer {

    private final AdamSettings settings;
    private List<Parameter> parameters;
    private List<double[]> firstMoments;
    private List<double[]> secondMoments;
    private long t;

    Adam(AdamSettings settings) {
        this.settings = settings;
    }

    @Override
    public void initialize(List<Parameter> parameters) {
        this.parameters = List.copyOf(parameters);
        firstMoments = new ArrayList<>();
        secondMoments = new ArrayList<>();
        for (Parameter parameter : parameters) {
            firstMoments.add(new double[parameter.value().data().length]);
            secondMoments.add(new double[parameter.value().data().length]);
        }
        t = 0;
    }

    @Override
    public void step(double learningRate) {
        if (parameters == null) {
            throw new IllegalStateException("initialize the optimizer before the first step");
        }
        t++;
        double b1 = settings.beta1();
        double b2 = settings.beta2();
        double eps = settings.epsilon();
        double firstCorrection = 1.0 - Math.pow(b1, t);
        double secondCorrection = 1.0 - Math.pow(b2, t);
        boolean inside = settings.epsilonInsideSquareRoot();

        for (int p = 0; p < parameters.size(); p++) {
            double[] value = parameters.get(p).value().data();
            double[] gradient = parameters.get(p).gradient().data();
            double[] m = firstMoments.get(p);
            double[] v = secondMoments.get(p);
            for (int i = 0; i < value.length; i++) {
                double g = gradient[i];
                m[i] = b1 * m[i] + (1.0 - b1) * g;
                v[i] = b2 * v[i] + (1.0 - b2) * g * g;
                double mHat = m[i] / firstCorrection;
                double vHat = v[i] / secondCorrection;
                double denominator = inside ? Math.sqrt(vHat + eps) : Math.sqrt(vHat) + eps;
                value[i] -= learningRate * mHat / denominator;
            }
        }
    }
}

package org.stepwise.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stepwise.network.DenseMatrix;
import org.stepwise.network.Parameter;

class OptimizerTest {

    private static Parameter parameter(double[] values, double[] gradient) {
        return new Parameter("w", DenseMatrix.wrap(1, values.length, values),
                DenseMatrix.wrap(1, gradient.length, gradient));
    }

    @Test
    void sgdStepsAgainstTheGradientScaledByTheRate() {
        Parameter p = parameter(new double[] {1.0, -2.0}, new double[] {0.5, -4.0});
        Optimizer sgd = new SgdSettings().create();
        sgd.initialize(List.of(p));

        sgd.step(0.1);

        assertArrayEquals(new double[] {0.95, -1.6}, p.value().data(), 1e-15);
    }

    @Test
    void adamsFirstUpdateIsTheStepSizeTimesTheGradientsSign() {
        // After one step m_hat = g and v_hat = g^2, so the update is alpha g / (|g| + eps).
        Parameter p = parameter(new double[] {1.0, 1.0, 1.0}, new double[] {0.5, -2.0, 1e-3});
        Optimizer adam = AdamSettings.thesis().create();
        adam.initialize(List.of(p));

        adam.step(0.003);

        double eps = 1e-8;
        assertArrayEquals(new double[] {
            1.0 - 0.003 * 0.5 / (0.5 + eps),
            1.0 + 0.003 * 2.0 / (2.0 + eps),
            1.0 - 0.003 * 1e-3 / (1e-3 + eps)}, p.value().data(), 1e-15);
    }

    @Test
    void adamWithEpsilonInsideTheRootFollowsTheThesisText() {
        Parameter p = parameter(new double[] {0.0}, new double[] {1e-4});
        Optimizer adam = new AdamSettings(0.9, 0.999, 1e-8, true).create();
        adam.initialize(List.of(p));

        adam.step(0.003);

        assertEquals(-0.003 * 1e-4 / Math.sqrt(1e-8 + 1e-8), p.value().data()[0], 1e-15);
    }

    @Test
    void adamsSecondUpdateUsesBiasCorrectedMoments() {
        Parameter p = parameter(new double[] {0.0}, new double[] {1.0});
        Optimizer adam = new AdamSettings(0.9, 0.999, 1e-8, false).create();
        adam.initialize(List.of(p));
        adam.step(0.01);
        p.gradient().data()[0] = 3.0;

        adam.step(0.01);

        double m = 0.9 * 0.1 + 0.1 * 3.0;
        double v = 0.999 * 0.001 + 0.001 * 9.0;
        double mHat = m / (1 - 0.81);
        double vHat = v / (1 - 0.999 * 0.999);
        double first = -0.01 * 1.0 / (1.0 + 1e-8);
        assertEquals(first - 0.01 * mHat / (Math.sqrt(vHat) + 1e-8), p.value().data()[0], 1e-12);
    }

    @Test
    void stepBeforeInitializeIsRefused() {
        assertThrows(IllegalStateException.class, () -> AdamSettings.thesis().create().step(0.1));
        assertThrows(IllegalStateException.class, () -> new SgdSettings().create().step(0.1));
    }
}

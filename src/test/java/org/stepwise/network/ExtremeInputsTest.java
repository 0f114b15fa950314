package org.stepwise.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every activation and loss at the extreme inputs a diverging network
 * produces: forward and backward stay finite and take their limits.
 */
class ExtremeInputsTest {

    /** One column (sample) per value, as a network's pre-activations of one unit. */
    private static final double[] EXTREMES = {-800, -1e6, -Double.MAX_VALUE, 0, 800, 1e6, Double.MAX_VALUE};

    @Test
    void sigmoidOfPlusAndMinusEightHundredIsOneAndZero() {
        assertEquals(1.0, Activation.sigmoid(800));
        assertEquals(0.0, Activation.sigmoid(-800));
        assertEquals(0.5, Activation.sigmoid(0));
    }

    @Test
    void softmaxOfAThousandZeroAndMinusAThousandIsOneZeroZero() {
        DenseMatrix z = DenseMatrix.wrap(3, 1, new double[] {1000, 0, -1000});
        DenseMatrix a = new DenseMatrix(3, 1);

        Activation.SOFTMAX.apply(z, a);

        assertArrayEquals(new double[] {1, 0, 0}, a.data());
    }

    @Test
    void softmaxOfHugeEqualValuesSharesEvenly() {
        DenseMatrix z = DenseMatrix.wrap(2, 1, new double[] {Double.MAX_VALUE, Double.MAX_VALUE});
        DenseMatrix a = new DenseMatrix(2, 1);

        Activation.SOFTMAX.apply(z, a);

        assertArrayEquals(new double[] {0.5, 0.5}, a.data());
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void forwardAndBackwardStayFiniteAtExtremeInputs(Activation activation) {
        // Ten rows as an output layer; every column holds one extreme value in every row but one.
        int rows = 10;
        int columns = EXTREMES.length;
        double[] values = new double[rows * columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                values[r * columns + c] = r == 3 ? -EXTREMES[c] : EXTREMES[c];
            }
        }
        DenseMatrix z = DenseMatrix.wrap(rows, columns, values);
        DenseMatrix a = new DenseMatrix(rows, columns);
        activation.apply(z, a);
        DenseMatrix gradient = new DenseMatrix(rows, columns);
        Arrays.fill(gradient.data(), 1.0);
        activation.backward(z, a, gradient);

        assertTrue(Arrays.stream(a.data()).allMatch(Double::isFinite), activation + " forward: "
                + Arrays.toString(a.data()));
        assertTrue(Arrays.stream(gradient.data()).allMatch(Double::isFinite), activation + " backward: "
                + Arrays.toString(gradient.data()));
        if (activation == Activation.SIGMOID) {
            assertEquals(1.0, a.data()[4]); // sigmoid(800)
            assertEquals(0.0, a.data()[0]); // sigmoid(-800)
            assertEquals(0.0, gradient.data()[4]); // saturated: no slope, and no NaN
        }
    }

    /** Outputs a bounded output layer can give: certain, certainly wrong, and undecided. */
    private static DenseMatrix boundedOutputs() {
        // Column 0: all certainty on the right digit (3); column 1: on a wrong one (7), 0 for the
        // right one; column 2: every output 0.
        double[] values = new double[10 * 3];
        values[3 * 3] = 1.0;
        values[7 * 3 + 1] = 1.0;
        return DenseMatrix.wrap(10, 3, values);
    }

    @ParameterizedTest
    @EnumSource(Loss.class)
    void lossAndGradientStayFiniteWhenTheRightDigitGetsProbabilityZero(Loss loss) {
        DenseMatrix outputs = boundedOutputs();
        int[] labels = {3, 3, 3};

        double value = loss.value(outputs, labels, 3);
        DenseMatrix delta = new DenseMatrix(10, 3);
        for (Activation output : new Activation[] {Activation.SIGMOID, Activation.SOFTMAX, Activation.RELU}) {
            loss.outputDelta(outputs.copy(), outputs, labels, output, delta);
            assertTrue(Arrays.stream(delta.data()).allMatch(Double::isFinite), loss + " with " + output
                    + ": " + Arrays.toString(delta.data()));
        }

        assertTrue(Double.isFinite(value), loss + ": " + value);
        if (loss == Loss.CROSS_ENTROPY) {
            // Probability 0 is read as 1e-12: -ln(1e-12) = 27.63, for two of the three samples.
            assertEquals(2 * -Math.log(Loss.MIN_PROBABILITY) / 3, value, 1e-9);
        }
    }

    @Test
    void squaredLossesOfUnboundedOutputsOverflowOnlyPastTheRangeOfDoubles() {
        // A ReLU output of 1e200 squares to infinity: not a bug of the function but a network
        // that has diverged, which the trainer's divergence guard catches and pauses on.
        DenseMatrix outputs = DenseMatrix.wrap(10, 1, new double[10]);
        outputs.data()[0] = 1e150;
        assertTrue(Double.isFinite(Loss.SUM_OF_SQUARES.value(outputs, new int[] {0}, 1)));
        outputs.data()[0] = 1e200;
        assertEquals(Double.POSITIVE_INFINITY, Loss.SUM_OF_SQUARES.value(outputs, new int[] {0}, 1));
    }
}

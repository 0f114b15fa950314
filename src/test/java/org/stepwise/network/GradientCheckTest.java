package org.stepwise.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Back-propagation checked against central finite differences of the loss,
 * once on each matrix-product backend (the native one is skipped where
 * OpenBLAS is not installed).
 */
@ParameterizedClass(name = "{0} backend")
@EnumSource(Gemm.Backend.class)
class GradientCheckTest {

    private static final double H = 1e-6;
    private static final int BATCH = 4;

    @org.junit.jupiter.params.Parameter
    Gemm.Backend backend;

    private Gemm.Backend before;

    @BeforeEach
    void useBackend() {
        assumeTrue(Gemm.isAvailable(backend), () -> Gemm.describe(backend));
        before = Gemm.backend();
        Gemm.useBackend(backend);
    }

    @AfterEach
    void restoreBackend() {
        if (before != null) {
            Gemm.useBackend(before);
        }
    }

    @ParameterizedTest(name = "{0} hidden, {1} output, {2}")
    @CsvSource({
        "SIGMOID, SIGMOID, MEAN_SQUARED_ERROR",
        "SIGMOID, SIGMOID, SUM_OF_SQUARES",
        "RELU, RELU, SUM_OF_SQUARES",
        "RELU, SOFTMAX, CROSS_ENTROPY",
        "SIGMOID, SOFTMAX, CROSS_ENTROPY",
        "SIGMOID, SOFTMAX, MEAN_SQUARED_ERROR",
        "RELU, SIGMOID, CROSS_ENTROPY",
    })
    void backwardMatchesFiniteDifferencesWithTwoHiddenLayers(Activation hidden, Activation output,
    Loss loss) {
        Fixture f = new Fixture(new int[] {6, 5, 4, 10}, hidden, output, 7);

        double relativeError = f.relativeError(loss);

        assertTrue(relativeError < 1e-6, "relative error " + relativeError);
    }

    @Test
    void thesisSumOfSquaresStepsAlongHalfTheExactGradient() {
        Fixture exact = new Fixture(new int[] {6, 5, 10}, Activation.SIGMOID, Activation.SIGMOID, 3);
        Fixture thesis = new Fixture(new int[] {6, 5, 10}, Activation.SIGMOID, Activation.SIGMOID, 3);

        exact.backward(Loss.SUM_OF_SQUARES);
        thesis.backward(Loss.THESIS_SUM_OF_SQUARES);

        List<Parameter> e = exact.workspace.parameters();
        List<Parameter> t = thesis.workspace.parameters();
        for (int p = 0; p < e.size(); p++) {
            double[] eg = e.get(p).gradient().data();
            double[] tg = t.get(p).gradient().data();
            for (int i = 0; i < eg.length; i++) {
                assertEquals(eg[i] / 2, tg[i], 1e-15);
            }
        }
        assertEquals(exact.loss(Loss.SUM_OF_SQUARES), thesis.loss(Loss.THESIS_SUM_OF_SQUARES), 0.0);
    }

    @Nested
    class ThesisRelu {

        @Test
        void forwardIsPlainRelu() {
            DenseMatrix z = DenseMatrix.wrap(1, 3, new double[] {-2.0, 0.0, 3.0});
            DenseMatrix a = new DenseMatrix(1, 3);

            Activation.THESIS_RELU.apply(z, a);

            assertEquals(List.of(0.0, 0.0, 3.0), List.of(a.getEntry(0, 0), a.getEntry(0, 1), a.getEntry(0,
                    2)));
        }

        @Test
        void backwardUsesSlopeOneHundredthBelowZero() {
            DenseMatrix z = DenseMatrix.wrap(1, 3, new double[] {-2.0, 0.0, 3.0});
            DenseMatrix a = new DenseMatrix(1, 3);
            Activation.THESIS_RELU.apply(z, a);
            DenseMatrix gradient = DenseMatrix.wrap(1, 3, new double[] {5.0, 5.0, 5.0});

            Activation.THESIS_RELU.backward(z, a, gradient);

            assertEquals(0.05, gradient.getEntry(0, 0), 1e-15);
            assertEquals(0.05, gradient.getEntry(0, 1), 1e-15);
            assertEquals(5.0, gradient.getEntry(0, 2), 0.0);
        }

        @Test
        void differsFromTheTrueGradientOnlyThroughInactiveUnits() {
            Fixture thesis = new Fixture(new int[] {6, 8, 10}, Activation.THESIS_RELU, Activation.SIGMOID,
                    11);
            Fixture exact = new Fixture(new int[] {6, 8, 10}, Activation.RELU, Activation.SIGMOID, 11);

            thesis.backward(Loss.SUM_OF_SQUARES);
            exact.backward(Loss.SUM_OF_SQUARES);

            // The output layer's gradients agree; the hidden layer's differ where some z <= 0.
            assertArrayClose(exact.workspace.parameters().get(2).gradient().data(),
                    thesis.workspace.parameters().get(2).gradient().data());
            double difference = maxDifference(exact.workspace.parameters().get(0).gradient().data(),
                    thesis.workspace.parameters().get(0).gradient().data());
            assertTrue(difference > 1e-6, "the 0.01 slope should change the hidden gradient, max diff "
                    + difference);
        }
    }

    @Nested
    class NumericSafety {

        @Test
        void sigmoidOfLargeInputsStaysFinite() {
            assertEquals(1.0, Activation.sigmoid(800), 0.0);
            assertEquals(0.0, Activation.sigmoid(-800), 0.0);
        }

        @Test
        void softmaxOfWidelySpreadInputsStaysFinite() {
            DenseMatrix z = DenseMatrix.wrap(3, 1, new double[] {1000, 0, -1000});
            DenseMatrix a = new DenseMatrix(3, 1);

            Activation.SOFTMAX.apply(z, a);

            assertEquals(1.0, a.getEntry(0, 0), 0.0);
            assertEquals(0.0, a.getEntry(2, 0), 0.0);
            assertTrue(a.isFinite());
        }

        @Test
        void crossEntropyOfAZeroProbabilityIsLargeButFinite() {
            DenseMatrix outputs = new DenseMatrix(10, 1);
            outputs.setEntry(0, 0, 1.0);

            double loss = Loss.CROSS_ENTROPY.value(outputs, new int[] {3}, 1);

            assertEquals(-Math.log(Loss.MIN_PROBABILITY), loss, 1e-9);
        }
    }

    private static void assertArrayClose(double[] expected, double[] actual) {
        assertTrue(maxDifference(expected, actual) < 1e-12);
    }

    private static double maxDifference(double[] x, double[] y) {
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            max = Math.max(max, Math.abs(x[i] - y[i]));
        }
        return max;
    }

    /** A small network, a fixed random batch and its labels. */
    private static final class Fixture {

        final Network network;
        final Network.Workspace workspace;
        final int[] labels = new int[BATCH];

        Fixture(int[] sizes, Activation hidden, Activation output, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            network = Network.create(sizes, hidden, output, WeightInitializer.GLOROT_UNIFORM, random);
            // Non-zero biases, so that a bias gradient error cannot hide behind b = 0.
            for (DenseLayer layer : network.layers()) {
                double[] b = layer.biases().data();
                for (int i = 0; i < b.length; i++) {
                    b[i] = 0.2 * random.nextDouble() - 0.1;
                }
            }
            workspace = network.newWorkspace(BATCH);
            double[] x = workspace.input().data();
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextDouble();
            }
            for (int c = 0; c < BATCH; c++) {
                labels[c] = random.nextInt(sizes[sizes.length - 1]);
            }
        }

        double loss(Loss loss) {
            network.forward(workspace);
            return loss.value(workspace.output(), labels, BATCH);
        }

        void backward(Loss loss) {
            network.forward(workspace);
            network.backward(workspace, labels, loss);
        }

        /** ||g - g_fd|| / (||g|| + ||g_fd||) over every weight and bias. */
        double relativeError(Loss loss) {
            backward(loss);
            double differenceSquared = 0;
            double analyticSquared = 0;
            double numericSquared = 0;
            for (Parameter parameter : workspace.parameters()) {
                double[] value = parameter.value().data();
                double[] analytic = parameter.gradient().data().clone();
                for (int i = 0; i < value.length; i++) {
                    double saved = value[i];
                    value[i] = saved + H;
                    double plus = loss(loss);
                    value[i] = saved - H;
                    double minus = loss(loss);
                    value[i] = saved;
                    double numeric = (plus - minus) / (2 * H);
                    differenceSquared += (analytic[i] - numeric) * (analytic[i] - numeric);
                    analyticSquared += analytic[i] * analytic[i];
                    numericSquared += numeric * numeric;
                }
            }
            return Math.sqrt(differenceSquared) / (Math.sqrt(analyticSquared) + Math.sqrt(numericSquared));
        }
    }
}

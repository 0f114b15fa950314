package org.stepwise.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkTest {

    @ParameterizedTest
    @CsvSource({"'784,32,10', 25450", "'784,16,16,10', 13002", "'784,400,400,10', 478410"})
    void parameterCountMatchesTheThesis(String layers, long expected) {
        int[] sizes = java.util.Arrays.stream(layers.split(",")).mapToInt(Integer::parseInt).toArray();
        Network network = Network.create(sizes, Activation.RELU, Activation.RELU,
                WeightInitializer.GLOROT_UNIFORM, new SplittableRandom(1));

        long count = network.parameterCount();

        assertEquals(expected, count);
    }

    @Test
    void thesisInitializerUsesOneBoundFromInputAndOutputSizes() {
        Network network = Network.create(new int[] {784, 400, 400, 10}, Activation.RELU, Activation.RELU,
                WeightInitializer.GLOROT_UNIFORM_THESIS, new SplittableRandom(5));
        double bound = Math.sqrt(6.0 / (784 + 10));

        for (DenseLayer layer : network.layers()) {
            double max = 0;
            for (double w : layer.weights().data()) {
                max = Math.max(max, Math.abs(w));
            }
            assertTrue(max <= bound && max > 0.95 * bound, "max |w| " + max + " against bound " + bound);
            assertTrue(layer.biases().getFrobeniusNorm() == 0.0);
        }
        assertEquals(0.0869, bound, 5e-5);
    }

    @Test
    void forwardOfAHandWorkedNetworkGivesItsOutputs() {
        // 2-2-1 with sigmoid: z1 = W1 x + b1, a1 = sigmoid(z1), z2 = W2 a1 + b2.
        DenseLayer hidden = new DenseLayer(DenseMatrix.wrap(2, 2, new double[] {0.5, -1.0, 1.5, 2.0}),
                DenseMatrix.wrap(2, 1, new double[] {0.1, -0.2}), Activation.SIGMOID);
        DenseLayer output = new DenseLayer(DenseMatrix.wrap(1, 2, new double[] {1.0, -1.0}),
                DenseMatrix.wrap(1, 1, new double[] {0.3}), Activation.SIGMOID);
        Network network = Network.of(java.util.List.of(hidden, output));

        double[] out = network.output(new double[] {1.0, 0.5});

        double a1 = Activation.sigmoid(0.5 * 1.0 - 1.0 * 0.5 + 0.1);
        double a2 = Activation.sigmoid(1.5 * 1.0 + 2.0 * 0.5 - 0.2);
        assertArrayEquals(new double[] {Activation.sigmoid(a1 - a2 + 0.3)}, out, 1e-15);
    }

    @Test
    void argMaxSendsTiesToTheLowestDigit() {
        assertEquals(0, Network.argMax(new double[10]));
        assertEquals(3, Network.argMax(new double[] {0, 0, 0, 2, 1, 2, 0, 0, 0, 0}));
    }

    @Test
    void copyIsIndependentOfTheOriginal() {
        Network network = Network.create(new int[] {4, 3, 2}, Activation.SIGMOID, Activation.SOFTMAX,
                WeightInitializer.GLOROT_UNIFORM, new SplittableRandom(2));
        Network copy = network.copy();

        network.layers().get(0).weights().setEntry(0, 0, 42.0);

        assertTrue(copy.layers().get(0).weights().getEntry(0, 0) != 42.0);
    }

    @Test
    void softmaxIsRefusedOnHiddenLayers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Network.create(
                new int[] {4, 3, 2}, Activation.SOFTMAX, Activation.SOFTMAX, WeightInitializer.GLOROT_UNIFORM,
                new SplittableRandom(2)));

        assertTrue(e.getMessage().contains("output layer"), e.getMessage());
    }

    @Test
    void denseMatrixWorksThroughTheRealMatrixInterface() {
        DenseMatrix a = DenseMatrix.wrap(2, 3, new double[] {1, 2, 3, 4, 5, 6});
        DenseMatrix b = DenseMatrix.wrap(3, 2, new double[] {7, 8, 9, 10, 11, 12});
        DenseMatrix c = new DenseMatrix(2, 2);

        Gemm.multiply(a, b, c, false);

        assertArrayEquals(a.multiply(b).getData()[0], c.getData()[0], 0.0);
        assertArrayEquals(new double[] {58, 64}, c.getData()[0], 0.0);
        assertArrayEquals(new double[] {139, 154}, c.getData()[1], 0.0);
        assertTrue(a.multiply(b) instanceof DenseMatrix);
        assertArrayEquals(c.getData()[1], a.multiply(b).getData()[1], 0.0);
        assertThrows(org.apache.commons.math3.exception.DimensionMismatchException.class, () ->
                a.multiply(a));
    }

    @Test
    void inputWithOneSamplePerRowGivesTheSameOutputsAndGradients() {
        Network network = Network.create(new int[] {6, 5, 3}, Activation.THESIS_RELU, Activation.SIGMOID,
                WeightInitializer.GLOROT_UNIFORM, new SplittableRandom(4));
        Network.Workspace columns = network.newWorkspace(4);
        Network.Workspace rows = network.newWorkspace(4, Network.InputLayout.SAMPLE_ROWS);
        SplittableRandom random = new SplittableRandom(5);
        for (int sample = 0; sample < 4; sample++) {
            for (int input = 0; input < 6; input++) {
                double x = random.nextDouble();
                columns.input().setEntry(input, sample, x);
                rows.input().setEntry(sample, input, x);
            }
        }
        int[] labels = {0, 2, 1, 2};

        network.forward(columns);
        network.backward(columns, labels, Loss.SUM_OF_SQUARES);
        network.forward(rows);
        network.backward(rows, labels, Loss.SUM_OF_SQUARES);

        assertArrayEquals(columns.output().data(), rows.output().data(), 1e-15);
        for (int p = 0; p < columns.parameters().size(); p++) {
            assertArrayEquals(columns.parameters().get(p).gradient().data(),
                    rows.parameters().get(p).gradient().data(), 1e-15);
        }
    }

    @Test
    void backwardAndDescendEqualsBackwardThenAnSgdStep() {
        Network fused = Network.create(new int[] {6, 5, 4, 3}, Activation.THESIS_RELU, Activation.THESIS_RELU,
                WeightInitializer.GLOROT_UNIFORM, new SplittableRandom(8));
        Network separate = fused.copy();
        Network.Workspace fusedWorkspace = fused.newWorkspace(4, Network.InputLayout.SAMPLE_ROWS);
        Network.Workspace separateWorkspace = separate.newWorkspace(4, Network.InputLayout.SAMPLE_ROWS);
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 24; i++) {
            double x = random.nextDouble();
            fusedWorkspace.input().data()[i] = x;
            separateWorkspace.input().data()[i] = x;
        }
        int[] labels = {2, 0, 1, 1};
        org.stepwise.optimize.Optimizer sgd = new org.stepwise.optimize.SgdSettings().create();
        sgd.initialize(separateWorkspace.parameters());

        fused.forward(fusedWorkspace);
        fused.backwardAndDescend(fusedWorkspace, labels, Loss.THESIS_SUM_OF_SQUARES, 0.3);
        separate.forward(separateWorkspace);
        separate.backward(separateWorkspace, labels, Loss.THESIS_SUM_OF_SQUARES);
        sgd.step(0.3);

        for (int l = 0; l < 3; l++) {
            assertArrayEquals(separate.layers().get(l).weights().data(),
                    fused.layers().get(l).weights().data(),
                    1e-15);
            assertArrayEquals(separate.layers().get(l).biases().data(), fused.layers().get(l).biases().data(),
                    1e-15);
        }
    }
}

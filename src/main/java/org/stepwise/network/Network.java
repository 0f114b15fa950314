package org.stepwise.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fully connected feed-forward network: inputs, any number of hidden
 * layers, and an output layer.
 *
 * <p>Samples travel as the columns of a matrix: an input batch is
 * inputs x batchSize and the outputs are outputs x batchSize. The passes run
 * inside a {@link Workspace}, which holds every buffer one batch size needs;
 * make a workspace once per run and reuse it for every step. A workspace may
 * instead take its input batch with one sample per row
 * ({@link InputLayout#SAMPLE_ROWS}), so that images stored pixel after pixel
 * are copied in whole; the first layer then multiplies by the input's
 * transpose, which BLAS does without moving data, and everything after the
 * input is the same.
 *
 * <p>A network is not thread-safe. To read digits on another thread while
 * training runs, classify with a {@link #copy()}.
 */
public final class Network {

    private final List<DenseLayer> layers;

    private Network(List<DenseLayer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        for (int l = 1; l < layers.size(); l++) {
            if (layers.get(l).inputs() != layers.get(l - 1).outputs()) {
                throw new IllegalArgumentException("layer " + (l + 1) + " takes "
                        + layers.get(l).inputs() + " inputs but layer " + l + " gives "
                        + layers.get(l - 1).outputs());
            }
        }
        this.layers = List.copyOf(layers);
    }

    /**
     * Builds a network with freshly initialized weights and zero biases.
     *
     * @param sizes units per layer, input first: {784, 32, 10} is 784-32-10
     * @param hidden the activation of every hidden layer
     * @param output the activation of the output layer
     */
    public static Network create(int[] sizes, Activation hidden, Activation output,
            WeightInitializer initializer, SplittableRandom random) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs input and output sizes, got "
                    + Arrays.toString(sizes));
        }
        if (!hidden.isElementwise()) {
            throw new IllegalArgumentException(hidden.label() + " can only be used on the output layer");
        }
        for (int size : sizes) {
            if (size < 1) {
                throw new IllegalArgumentException("every layer needs at least one unit, got "
                        + Arrays.toString(sizes));
            }
        }

        List<DenseLayer> layers = new ArrayList<>();
        int inputs = sizes[0];
        int outputs = sizes[sizes.length - 1];
        for (int l = 1; l < sizes.length; l++) {
            Activation activation = l == sizes.length - 1 ? output : hidden;
            DenseLayer layer = new DenseLayer(sizes[l - 1], sizes[l], activation);
            double bound = initializer.bound(sizes[l - 1], sizes[l], inputs, outputs);
            WeightInitializer.fillUniform(layer.weights(), bound, random);
            layers.add(layer);
        }
        return new Network(layers);
    }

    /** Builds a network from existing layers, which it takes over (no copy). */
    public static Network of(List<DenseLayer> layers) {
        return new Network(layers);
    }

    /** A deep copy whose weights no longer change with this network's. */
    public Network copy() {
        List<DenseLayer> copies = new ArrayList<>(layers.size());
        for (DenseLayer layer : layers) {
            copies.add(layer.copy());
        }
        return new Network(copies);
    }

    public List<DenseLayer> layers() {
        return layers;
    }

    public int inputSize() {
        return layers.get(0).inputs();
    }

    public int outputSize() {
        return layers.get(layers.size() - 1).outputs();
    }

    /** Units per layer, input first, for example {784, 32, 10}. */
    public int[] sizes() {
        int[] sizes = new int[layers.size() + 1];
        sizes[0] = inputSize();
        for (int l = 0; l < layers.size(); l++) {
            sizes[l + 1] = layers.get(l).outputs();
        }
        return sizes;
    }

    /** The number of weights and biases, 25,450 for 784-32-10. */
    public long parameterCount() {
        long count = 0;
        for (DenseLayer layer : layers) {
            count += (long) layer.inputs() * layer.outputs() + layer.outputs();
        }
        return count;
    }

    /** The output layer's activation. */
    public Activation outputActivation() {
        return layers.get(layers.size() - 1).activation();
    }

    /** True when every weight and bias is finite. */
    public boolean isFinite() {
        for (DenseLayer layer : layers) {
            if (!layer.weights().isFinite() || !layer.biases().isFinite()) {
                return false;
            }
        }
        return true;
    }

    /** How a workspace's input batch holds its samples. */
    public enum InputLayout {

        /** One sample per column: inputs x batch, like every other matrix of the passes. */
        SAMPLE_COLUMNS,

        /** One sample per row: batch x inputs, each sample's inputs side by side in memory. */
        SAMPLE_ROWS
    }

    /**
     * Makes the buffers for passes over batches of exactly {@code batchSize}
     * samples, with one sample per column of the input.
     */
    public Workspace newWorkspace(int batchSize) {
        return new Workspace(batchSize, InputLayout.SAMPLE_COLUMNS);
    }

    /** Makes the buffers for passes over batches of exactly {@code batchSize} samples. */
    public Workspace newWorkspace(int batchSize, InputLayout layout) {
        return new Workspace(batchSize, layout);
    }

    /**
     * Runs the forward pass over the workspace's input batch
     * ({@link Workspace#input()}, filled by the caller) and returns the output
     * activations, outputs x batch (one column per sample whatever the input
     * layout), owned by the workspace.
     */
    public DenseMatrix forward(Workspace workspace) {
        return forward(workspace, workspace.input);
    }

    /**
     * Runs the forward pass over a given input batch, shaped and laid out as
     * the workspace's own, instead of that one: for inputs prepared once and
     * read many times, such as the test set. For evaluation only:
     * {@link #backward} always reads the workspace's own input.
     *
     * @throws IllegalArgumentException if the input's shape is not the workspace input's
     */
    public DenseMatrix forward(Workspace workspace, DenseMatrix input) {
        workspace.input.requireSameShape(input);
        DenseMatrix a = input;
        for (int l = 0; l < layers.size(); l++) {
            DenseLayer layer = layers.get(l);
            layer.preActivations(a, l == 0 && workspace.samplesInRows, workspace.z[l]);
            layer.activation().apply(workspace.z[l], workspace.a[l]);
            a = workspace.a[l];
        }
        return a;
    }

    /**
     * Back-propagates after {@link #forward} on the same workspace, writing the
     * gradient of the batch-mean loss into the workspace's gradient buffers
     * (see {@link Workspace#parameters()}).
     *
     * <p>The thesis's equations (11): delta^L from the loss, then
     * delta^l = (W^{l+1})^T delta^{l+1} (.) sigma'(z^l), dC/db = delta summed
     * over the batch, dC/dW = delta (a^{l-1})^T.
     *
     * @param labels the digit of each column of the batch
     */
    public void backward(Workspace workspace, int[] labels, Loss loss) {
        backpropagate(workspace, labels, loss, false, 0.0);
    }

    /**
     * Back-propagates like {@link #backward} and takes one plain SGD step,
     * theta -= learningRate * gradient (thesis eq. (7)), on every weight and
     * bias, without storing the weight gradients: each is formed by BLAS
     * straight into its weights (C = alpha A B + beta C with alpha = -rate and
     * beta = 1). That saves writing every weight gradient, reading it back in
     * a separate update pass, and the pass in which BLAS zeroes C. The result
     * equals {@code backward} followed by SGD's {@code step} up to rounding;
     * the workspace's gradient buffers are left as they were.
     *
     * @param labels the digit of each column of the batch
     */
    public void backwardAndDescend(Workspace workspace, int[] labels, Loss loss, double learningRate) {
        backpropagate(workspace, labels, loss, true, learningRate);
    }

    private void backpropagate(Workspace workspace, int[] labels, Loss loss, boolean descend, double rate) {
        int last = layers.size() - 1;
        loss.outputDelta(workspace.z[last], workspace.a[last], labels,
                layers.get(last).activation(), workspace.delta[last]);

        for (int l = last; l >= 0; l--) {
            DenseLayer layer = layers.get(l);
            // Propagate first: delta^{l-1} needs the weights before this step changes them.
            if (l > 0) {
                DenseLayer below = layers.get(l - 1);
                Gemm.multiplyTransposedLeft(layer.weights(), workspace.delta[l], workspace.delta[l - 1]);
                below.activation().backward(workspace.z[l - 1], workspace.a[l - 1], workspace.delta[l - 1]);
            }
            if (descend) {
                weightProduct(workspace, l, -rate, 1.0, layer.weights());
                sumColumns(workspace.delta[l], workspace.biasGradients[l]);
                double[] biases = layer.biases().data();
                double[] gradient = workspace.biasGradients[l].data();
                for (int r = 0; r < biases.length; r++) {
                    biases[r] -= rate * gradient[r];
                }
            } else {
                weightProduct(workspace, l, 1.0, 0.0, workspace.weightGradients[l]);
                sumColumns(workspace.delta[l], workspace.biasGradients[l]);
            }
        }
    }

    /** target = alpha delta^l (a^{l-1})^T + beta target, whichever way the input holds its samples. */
    private static void weightProduct(Workspace workspace, int l, double alpha, double beta,
            DenseMatrix target) {
        if (l == 0 && workspace.samplesInRows) {
            Gemm.multiply(workspace.delta[0], workspace.input, target, alpha, beta);
        } else {
            DenseMatrix previous = l == 0 ? workspace.input : workspace.a[l - 1];
            Gemm.multiplyTransposedRight(workspace.delta[l], previous, target, alpha, beta);
        }
    }

    /**
     * The output activations for one sample, allocating its own small buffers.
     * Meant for drawing and classification, not for the training loop.
     */
    public double[] output(double[] pixels) {
        Workspace workspace = newWorkspace(1);
        if (pixels.length != inputSize()) {
            throw new IllegalArgumentException("the network takes " + inputSize()
                    + " inputs, got " + pixels.length);
        }
        System.arraycopy(pixels, 0, workspace.input.data(), 0, pixels.length);
        return forward(workspace).data().clone();
    }

    /**
     * The reading of each column: the index of the largest output, ties going
     * to the lowest digit (so all-zero outputs read as 0, as in the thesis).
     * A NaN output is never the largest.
     */
    public static int argMax(DenseMatrix outputs, int column) {
        int columns = outputs.getColumnDimension();
        double[] a = outputs.data();
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < outputs.getRowDimension(); r++) {
            double v = a[r * columns + column];
            if (v > bestValue) {
                bestValue = v;
                best = r;
            }
        }
        return best;
    }

    /** The index of the largest value, ties to the lowest index. */
    public static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static void sumColumns(DenseMatrix matrix, DenseMatrix sums) {
        double[] m = matrix.data();
        double[] s = sums.data();
        int columns = matrix.getColumnDimension();
        for (int r = 0; r < s.length; r++) {
            double sum = 0.0;
            int row = r * columns;
            for (int c = 0; c < columns; c++) {
                sum += m[row + c];
            }
            s[r] = sum;
        }
    }

    /**
     * Every buffer the passes need for one batch size: the input batch, each
     * layer's z, a and delta, and the gradients. Made once per run.
     */
    public final class Workspace {

        private final int batchSize;
        private final boolean samplesInRows;
        private final DenseMatrix input;
        private final DenseMatrix[] z;
        private final DenseMatrix[] a;
        private final DenseMatrix[] delta;
        private final DenseMatrix[] weightGradients;
        private final DenseMatrix[] biasGradients;
        private final List<Parameter> parameters;

        private Workspace(int batchSize, InputLayout layout) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
            }
            this.batchSize = batchSize;
            int count = layers.size();
            samplesInRows = layout == InputLayout.SAMPLE_ROWS;
            input = samplesInRows ? new DenseMatrix(batchSize, inputSize()) : new DenseMatrix(inputSize(),
                    batchSize);
            z = new DenseMatrix[count];
            a = new DenseMatrix[count];
            delta = new DenseMatrix[count];
            weightGradients = new DenseMatrix[count];
            biasGradients = new DenseMatrix[count];
            List<Parameter> list = new ArrayList<>();
            for (int l = 0; l < count; l++) {
                DenseLayer layer = layers.get(l);
                z[l] = new DenseMatrix(layer.outputs(), batchSize);
                a[l] = new DenseMatrix(layer.outputs(), batchSize);
                delta[l] = new DenseMatrix(layer.outputs(), batchSize);
                weightGradients[l] = new DenseMatrix(layer.outputs(), layer.inputs());
                biasGradients[l] = new DenseMatrix(layer.outputs(), 1);
                list.add(new Parameter("W" + (l + 1), layer.weights(), weightGradients[l]));
                list.add(new Parameter("b" + (l + 1), layer.biases(), biasGradients[l]));
            }
            parameters = List.copyOf(list);
        }

        public int batchSize() {
            return batchSize;
        }

        /** How {@link #input()} holds the samples. */
        public InputLayout inputLayout() {
            return samplesInRows ? InputLayout.SAMPLE_ROWS : InputLayout.SAMPLE_COLUMNS;
        }

        /**
         * The input batch, which the caller fills before {@link #forward}:
         * inputs x batch, or batch x inputs for {@link InputLayout#SAMPLE_ROWS}.
         */
        public DenseMatrix input() {
            return input;
        }

        /** The output activations of the last forward pass. */
        public DenseMatrix output() {
            return a[a.length - 1];
        }

        /** Each weight and bias matrix with its gradient buffer, layer by layer. */
        public List<Parameter> parameters() {
            return parameters;
        }
    }
}

package org.stepwise.network;

/**
 * One fully connected layer: z = W a + b, then a' = sigma(z).
 *
 * <p>{@code weights} is outputs x inputs and {@code biases} is outputs x 1.
 * The matrices are mutable and belong to the layer's network; the optimizer
 * updates them in place.
 */
public final class DenseLayer {

    private final DenseMatrix weights;
    private final DenseMatrix biases;
    private final Activation activation;

    /** Creates a layer with zero weights and biases. */
    public DenseLayer(int inputs, int outputs, Activation activation) {
        this(new DenseMatrix(outputs, inputs), new DenseMatrix(outputs, 1), activation);
    }

    DenseLayer(DenseMatrix weights, DenseMatrix biases, Activation activation) {
        if (biases.getRowDimension() != weights.getRowDimension() || biases.getColumnDimension() != 1) {
            throw new IllegalArgumentException("biases must be " + weights.getRowDimension()
                    + "x1 for a layer of " + weights.getRowDimension() + " units, are "
                    + biases.getRowDimension() + "x" + biases.getColumnDimension());
        }
        this.weights = weights;
        this.biases = biases;
        this.activation = activation;
    }

    public DenseMatrix weights() {
        return weights;
    }

    public DenseMatrix biases() {
        return biases;
    }

    public Activation activation() {
        return activation;
    }

    public int inputs() {
        return weights.getColumnDimension();
    }

    public int outputs() {
        return weights.getRowDimension();
    }

    DenseLayer copy() {
        return new DenseLayer(weights.copy(), biases.copy(), activation);
    }

    /**
     * z = W a + b for every sample of a, written into z (outputs x batch);
     * a holds one sample per column, or per row when {@code samplesInRows}.
     */
    void preActivations(DenseMatrix input, boolean samplesInRows, DenseMatrix z) {
        if (samplesInRows) {
            Gemm.multiplyTransposedRight(weights, input, z);
        } else {
            Gemm.multiply(weights, input, z, false);
        }
        double[] zd = z.data();
        double[] b = biases.data();
        int columns = z.getColumnDimension();
        for (int r = 0; r < b.length; r++) {
            double bias = b[r];
            int row = r * columns;
            for (int c = 0; c < columns; c++) {
                zd[row + c] += bias;
            }
        }
    }
}

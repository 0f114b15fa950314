package org.stepwise.network;

/**
 * The activation functions a layer can use, applied to a whole mini-batch.
 *
 * <p>Matrices hold one column per sample. {@link #apply} computes
 * {@code a = sigma(z)}; {@link #backward} turns the loss's gradient with
 * respect to {@code a} into {@code delta = dC/dz} in place.
 */
public enum Activation {

    /** The logistic function 1 / (1 + e^-z), computed without overflow for any z. */
    SIGMOID("Sigmoid") {
        @Override
        void apply(double[] z, double[] a, int rows, int columns) {
            for (int i = 0; i < z.length; i++) {
                a[i] = sigmoid(z[i]);
            }
        }

        @Override
        void backward(double[] z, double[] a, double[] gradient, int rows, int columns) {
            for (int i = 0; i < a.length; i++) {
                gradient[i] *= a[i] * (1.0 - a[i]);
            }
        }
    },

    /** max(0, z), whose derivative is 1 for z > 0 and 0 otherwise. */
    RELU("ReLU") {
        @Override
        void apply(double[] z, double[] a, int rows, int columns) {
            applyRelu(z, a);
        }

        @Override
        void backward(double[] z, double[] a, double[] gradient, int rows, int columns) {
            reluBackward(z, gradient, 0.0);
        }
    },

    /**
     * The thesis program's ReLU: forward max(0, z), but back-propagated with
     * slope 1 for z > 0 and {@value #THESIS_RELU_BACKWARD_SLOPE} otherwise.
     *
     * <p>A deliberate departure from the true derivative, kept because the
     * thesis's published curves were made with it (REFERENCE.md).
     */
    THESIS_RELU("ReLU (thesis: backward slope 0.01)") {
        @Override
        void apply(double[] z, double[] a, int rows, int columns) {
            applyRelu(z, a);
        }

        @Override
        void backward(double[] z, double[] a, double[] gradient, int rows, int columns) {
            reluBackward(z, gradient, THESIS_RELU_BACKWARD_SLOPE);
        }
    },

    /**
     * Softmax over each column (one sample), shifted by the column's maximum so
     * that no exponent overflows. Only meaningful on the output layer.
     */
    SOFTMAX("Softmax") {
        @Override
        void apply(double[] z, double[] a, int rows, int columns) {
            for (int c = 0; c < columns; c++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int r = 0; r < rows; r++) {
                    max = Math.max(max, z[r * columns + c]);
                }
                double sum = 0.0;
                for (int r = 0; r < rows; r++) {
                    double e = Math.exp(z[r * columns + c] - max);
                    a[r * columns + c] = e;
                    sum += e;
                }
                for (int r = 0; r < rows; r++) {
                    a[r * columns + c] /= sum;
                }
            }
        }

        @Override
        void backward(double[] z, double[] a, double[] gradient, int rows, int columns) {
            // The Jacobian of softmax is diag(a) - a a^T, so
            // delta_i = a_i (g_i - sum_j g_j a_j) for each column.
            for (int c = 0; c < columns; c++) {
                double dot = 0.0;
                for (int r = 0; r < rows; r++) {
                    dot += gradient[r * columns + c] * a[r * columns + c];
                }
                for (int r = 0; r < rows; r++) {
                    int i = r * columns + c;
                    gradient[i] = a[i] * (gradient[i] - dot);
                }
            }
        }
    };

    /** The slope the thesis program used for z <= 0 when back-propagating ReLU. */
    public static final double THESIS_RELU_BACKWARD_SLOPE = 0.01;

    private final String label;

    Activation(String label) {
        this.label = label;
    }

    /** The logistic function, stable for large |z| (sigmoid(+-800) is 1 and 0). */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /** Computes a = sigma(z) for a matrix of pre-activations; both have the same shape. */
    public void apply(DenseMatrix z, DenseMatrix a) {
        z.requireSameShape(a);
        apply(z.data(), a.data(), z.getRowDimension(), z.getColumnDimension());
    }

    /**
     * Multiplies, in place, the gradient with respect to the activations by the
     * derivative of this function, giving the gradient with respect to z.
     *
     * @param z the pre-activations of the forward pass
     * @param a the activations of the forward pass
     * @param gradient dC/da on entry, dC/dz on return
     */
    public void backward(DenseMatrix z, DenseMatrix a, DenseMatrix gradient) {
        z.requireSameShape(a);
        z.requireSameShape(gradient);
        backward(z.data(), a.data(), gradient.data(), z.getRowDimension(), z.getColumnDimension());
    }

    /** True for activations that may be used on hidden layers. */
    public boolean isElementwise() {
        return this != SOFTMAX;
    }

    /** A label for menus and CSV headers. */
    public String label() {
        return label;
    }

    abstract void apply(double[] z, double[] a, int rows, int columns);

    abstract void backward(double[] z, double[] a, double[] gradient, int rows, int columns);

    private static void applyRelu(double[] z, double[] a) {
        for (int i = 0; i < z.length; i++) {
            a[i] = Math.max(0.0, z[i]);
        }
    }

    private static void reluBackward(double[] z, double[] gradient, double slopeAtOrBelowZero) {
        for (int i = 0; i < z.length; i++) {
            if (z[i] <= 0.0) {
                gradient[i] *= slopeAtOrBelowZero;
            }
        }
    }
}

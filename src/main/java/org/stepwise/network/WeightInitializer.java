package org.stepwise.network;

import java.util.SplittableRandom;

/**
 * How a new network's weights are drawn. Biases always start at zero.
 *
 * <p>Both forms are Glorot (Xavier) uniform, U(-r, r) with
 * r = sqrt(6 / (fan_in + fan_out)) (thesis section 1.3.1.1); they differ in
 * which sizes enter r.
 */
public enum WeightInitializer {

    /** r from each layer's own input and output sizes: the usual form. */
    GLOROT_UNIFORM("Glorot uniform, per layer"),

    /**
     * One r for every layer, from the network's input and output sizes:
     * sqrt(6 / (784 + 10)) = 0.0869 for MNIST, as the thesis's program did.
     */
    GLOROT_UNIFORM_THESIS("Glorot uniform, one bound from input and output sizes (thesis)");

    private final String label;

    WeightInitializer(String label) {
        this.label = label;
    }

    /** A label for menus and CSV headers. */
    public String label() {
        return label;
    }

    /** The bound r for a layer with the given sizes inside a network with the given ends. */
    public double bound(int layerInputs, int layerOutputs, int networkInputs, int networkOutputs) {
        return switch (this) {
            case GLOROT_UNIFORM -> Math.sqrt(6.0 / (layerInputs + layerOutputs));
            case GLOROT_UNIFORM_THESIS -> Math.sqrt(6.0 / (networkInputs + networkOutputs));
        };
    }

    /** Fills a weight matrix with U(-bound, bound) values drawn from {@code random}. */
    public static void fillUniform(DenseMatrix weights, double bound, SplittableRandom random) {
        double[] w = weights.data();
        for (int i = 0; i < w.length; i++) {
            w[i] = (2.0 * random.nextDouble() - 1.0) * bound;
        }
    }
}

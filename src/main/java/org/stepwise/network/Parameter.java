package org.stepwise.network;

/**
 * One trainable matrix of a network paired with the buffer that receives its
 * gradient. An optimizer reads {@code gradient} and updates {@code value} in
 * place; both have the same shape.
 */
public record Parameter(String name, DenseMatrix value, DenseMatrix gradient) {

    public Parameter {
        value.requireSameShape(gradient);
    }
}

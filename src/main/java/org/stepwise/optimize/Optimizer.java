package org.stepwise.optimize;

import java.util.List;

import org.stepwise.network.Parameter;

/**
 * Turns gradients into parameter updates.
 *
 * <p>Lifecycle: {@link #initialize} once with the parameters of one network
 * (this allocates any state, such as Adam's moments, once per run), then
 * {@link #step} after every backward pass, which reads each parameter's
 * gradient and updates its value in place. {@code step} before
 * {@code initialize} throws IllegalStateException. Not thread-safe.
 */
public interface Optimizer {

    /** Binds this optimizer to a network's parameters and zeroes its state. */
    void initialize(List<Parameter> parameters);

    /**
     * Applies one update with the given learning rate (Adam's step size alpha).
     *
     * @throws IllegalStateException if {@link #initialize} was not called
     */
    void step(double learningRate);
}

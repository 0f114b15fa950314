package org.stepwise.train;

import org.stepwise.network.Network;

/**
 * Receives what a {@link Trainer} produces. Every method is called on the
 * training thread, so an implementation must return quickly and hand work for
 * other threads over through thread-safe structures (such as
 * {@link MetricsBuffer}).
 */
public interface TrainingListener {

    /** After every step, in step order. */
    default void onStep(StepMetrics metrics) {
    }

    /**
     * Every few steps and at the end of the run, with a private copy of the
     * network that the trainer will never change again: safe to read on any
     * thread.
     *
     * @param completedSteps the number of steps the copy has been trained for
     */
    default void onSnapshot(Network snapshot, int completedSteps) {
    }
}

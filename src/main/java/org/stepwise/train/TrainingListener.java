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
     * When a step made the loss or a weight non-finite, after the trainer put
     * the weights back to the last finite step and paused the run's control;
     * the trainer waits for a resume (perhaps with a smaller rate factor) or
     * a cancel once this returns. Called only for a listener that
     * {@link #guardsDivergence() guards divergence}.
     */
    default void onDiverged(Divergence divergence) {
    }

    /**
     * Whether the trainer should check every step for a non-finite loss or
     * weight, and pause there with the last finite weights restored. False by
     * default: a headless run (a study, the CLI) has nobody to resume it, and
     * reproduces the thesis's runs as they were, divergence included.
     */
    default boolean guardsDivergence() {
        return false;
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

    /**
     * Whether the trainer should copy the network for {@link #onSnapshot}; a
     * copy of a large network is costly, so no copy is made for a listener
     * that does not read them. By default true exactly when this listener's
     * class overrides {@code onSnapshot}.
     */
    default boolean wantsSnapshots() {
        try {
            return getClass().getMethod("onSnapshot", Network.class, int.class).getDeclaringClass()
                    != TrainingListener.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("TrainingListener.onSnapshot must exist", e);
        }
    }
}

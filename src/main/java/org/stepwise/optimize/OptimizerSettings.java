package org.stepwise.optimize;

/**
 * An optimizer's settings: an immutable value from which a fresh, stateful
 * {@link Optimizer} is made for each run.
 */
public sealed interface OptimizerSettings permits SgdSettings, AdamSettings {

    /** A new optimizer in its initial state. */
    Optimizer create();

    /** A short name for menus and CSV headers: "SGD", "Adam". */
    String label();
}

/**
 * Training in the window: a {@link org.stepwise.train.Trainer} inside a
 * JavaFX task on a background thread, its metrics handed over through a
 * bounded buffer and its newest network through an atomic slot, both
 * drained on the FX thread about 30 times a second.
 */
package org.stepwise.ui.training;

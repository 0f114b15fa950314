/**
 * The network itself: dense layers, activations, losses and weight
 * initialization, with forward and backward passes over whole mini-batches.
 *
 * <p>Matrices are commons-math3 {@link org.apache.commons.math3.linear.RealMatrix}
 * values ({@link org.stepwise.network.DenseMatrix}) holding one column per
 * sample. No JavaFX here: the engine runs and is tested without a screen.
 */
package org.stepwise.network;

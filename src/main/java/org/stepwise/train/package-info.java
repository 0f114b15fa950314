/**
 * Training runs: the immutable {@link org.stepwise.train.TrainingConfig}, the
 * {@link org.stepwise.train.Trainer} loop of sections and steps, the metrics it
 * records after every step, and the controls (pause, resume, cancel) and
 * hand-over buffer that let a window watch it from another thread.
 */
package org.stepwise.train;

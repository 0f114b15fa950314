/**
 * The settings panel: every choice a training run takes, checked as it is
 * typed by the engine's own rules, and the
 * {@link org.stepwise.train.TrainingConfig} they make together.
 */
package org.stepwise.ui.config;

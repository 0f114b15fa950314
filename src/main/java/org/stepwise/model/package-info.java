/**
 * Saved models: a trained network with the configuration and the history of
 * the run that made it, in a documented JSON file that any later Stepwise
 * opens to read digits or to train on.
 *
 * <p>{@link org.stepwise.model.ModelFile} writes and checks the files,
 * {@link org.stepwise.model.SavedModel} is what one holds, and
 * {@link org.stepwise.model.ShippedModel} finds the pre-trained network in
 * {@code assets/models}. The package sits above {@code network} and
 * {@code train}, because a file records a {@code TrainingConfig} and the
 * network package must not depend on the training layer.
 */
package org.stepwise.model;

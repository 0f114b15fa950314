/**
 * The Stepwise window: a person watches a network learn MNIST, changes how
 * it learns, and draws digits for it to read.
 *
 * <p>{@link org.stepwise.ui.StepwiseApp} opens the window;
 * {@link org.stepwise.ui.MainView} lays out the panels and
 * {@link org.stepwise.ui.MainViewModel} holds the data, settings, training and
 * reading they show. Views bind to view-model properties and command them;
 * view models hold no nodes, and training stays behind
 * {@link org.stepwise.ui.training.TrainingService}. Style classes live in
 * {@link org.stepwise.ui.Styles} and stepwise.css beside this package.
 */
package org.stepwise.ui;

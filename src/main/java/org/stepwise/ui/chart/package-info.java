/**
 * The live charts against the step: loss, accuracy and learning rate.
 *
 * <p>{@link org.stepwise.ui.chart.SeriesAggregator} condenses any number of
 * steps into at most a fixed number of points (means of blocks that double
 * in length), so a chart stays cheap to lay out however long training runs;
 * {@link org.stepwise.ui.chart.TrainingCurves} holds one per curve and
 * {@link org.stepwise.ui.chart.ChartsView} mirrors them into line charts.
 */
package org.stepwise.ui.chart;

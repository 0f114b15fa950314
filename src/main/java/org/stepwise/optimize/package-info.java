/**
 * How parameters move: optimizers (SGD, Adam) behind {@link org.stepwise.optimize.Optimizer},
 * and the thesis's stepping schedules behind
 * {@link org.stepwise.optimize.LearningRateSchedule}.
 */
package org.stepwise.optimize;

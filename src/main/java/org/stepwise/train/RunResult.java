package org.stepwise.train;

import org.stepwise.network.Network;

/**
 * How a run ended.
 *
 * @param completedSteps the steps taken, equal to the configuration's total unless cancelled
 * @param cancelled true when the run was stopped early
 * @param fullTestAccuracy the whole test set's accuracy at the last finished section; NaN if none finished
 * @param finalLoss the last step's batch loss; NaN if no step was taken
 * @param seconds the wall time of the run
 * @param network a copy of the trained network
 */
public record RunResult(int completedSteps, boolean cancelled, double fullTestAccuracy, double finalLoss,
        double seconds, Network network) {
}

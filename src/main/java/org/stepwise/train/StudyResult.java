package org.stepwise.train;

import java.util.List;

/**
 * A finished (or cancelled) study: its plan and one summary per configuration
 * that completed all its runs, in the plan's order.
 *
 * @param cancelled true when the study was stopped before every run finished
 * @param seconds the study's wall time
 */
public record StudyResult(StudyPlan plan, List<ConfigurationSummary> configurations, boolean cancelled,
        double seconds) {

    public StudyResult {
        configurations = List.copyOf(configurations);
    }
}

package org.stepwise.ui.training;

/**
 * Where the window's training stands.
 *
 * <pre>
 * READY --start--> RUNNING <--pause/resume--> PAUSED
 * RUNNING or PAUSED --> FINISHED (all steps), STOPPED (Stop) or FAILED (an error)
 * FINISHED, STOPPED or FAILED --start--> RUNNING;  --reset--> READY
 * </pre>
 */
public enum TrainingState {

    READY("Ready"),
    RUNNING("Training"),
    PAUSED("Paused"),
    STOPPED("Stopped"),
    FINISHED("Finished"),
    FAILED("Failed");

    private final String label;

    TrainingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True while a run holds the training thread: running or paused. */
    public boolean isActive() {
        return this == RUNNING || this == PAUSED;
    }
}

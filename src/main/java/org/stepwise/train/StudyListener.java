package org.stepwise.train;

/**
 * Hears a study's progress. Called from the study's worker threads, possibly
 * from several at once: implementations must be thread-safe and quick.
 */
public interface StudyListener {

    /** After each training step of any run. */
    default void onProgress(long completedSteps, long totalSteps) {
    }

    /** When one run of one configuration has finished. */
    default void onRunFinished(StudyConfiguration configuration, int run, RunRecord record) {
    }
}

package org.stepwise.train;

/** One configuration of a study, with the label its curves and table row carry. */
public record StudyConfiguration(String label, TrainingConfig config) {

    public StudyConfiguration {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a study configuration needs a label");
        }
    }
}

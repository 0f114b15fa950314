package org.stepwise.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.stepwise.train.RunResult;

/**
 * What a saved network's training run measured, kept small: one accuracy per
 * section and the final figures.
 *
 * @param sectionAccuracies the whole test set's accuracy (0..1) at the end of
 *                          each finished section, in order
 * @param completedSteps    the mini-batch steps taken, at least 0
 * @param fullTestAccuracy  the last section's whole-test accuracy, 0..1; NaN
 *                          if no section finished
 * @param finalLoss         the last step's batch loss; NaN if no step was taken
 * @param seconds           the run's wall time, at least 0
 * @param data              where the training data came from, for example
 *                          "MNIST shipped with Stepwise"
 * @param notes             anything else worth knowing, such as how the images
 *                          were augmented; may be empty
 */
public record TrainingHistory(List<Double> sectionAccuracies, int completedSteps,
        double fullTestAccuracy, double finalLoss, double seconds, String data, String notes) {

    /** Checks ranges and copies the list. */
    public TrainingHistory {
        sectionAccuracies = List.copyOf(sectionAccuracies);
        for (int i = 0; i < sectionAccuracies.size(); i++) {
            double accuracy = sectionAccuracies.get(i);
            if (!(accuracy >= 0.0 && accuracy <= 1.0)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "section %d's accuracy must be in 0..1, got %s", i + 1, accuracy));
            }
        }
        if (completedSteps < 0) {
            throw new IllegalArgumentException("completed steps must be at least 0, got " + completedSteps);
        }
        if (!Double.isNaN(fullTestAccuracy) && !(fullTestAccuracy >= 0.0 && fullTestAccuracy <= 1.0)) {
            throw new IllegalArgumentException("the full test accuracy must be in 0..1 or NaN, got "
                    + fullTestAccuracy);
        }
        if (!(seconds >= 0.0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("seconds must be a finite number, at least 0, got " + seconds);
        }
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(notes, "notes");
    }

    /**
     * The history of a finished run.
     *
     * @param result            what {@code Trainer.run} returned
     * @param sectionAccuracies the full-test accuracy of each finished section,
     *                          collected from the run's step metrics
     */
    public static TrainingHistory of(RunResult result, List<Double> sectionAccuracies, String data,
            String notes) {
        return new TrainingHistory(sectionAccuracies, result.completedSteps(), result.fullTestAccuracy(),
                result.finalLoss(), result.seconds(), data, notes);
    }
}

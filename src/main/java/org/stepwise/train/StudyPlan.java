package org.stepwise.train;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A study: configurations times repeated runs.
 *
 * <p>Run i (from 0) of every configuration uses the seed {@code baseSeed + i},
 * so configurations are compared on the same initial weights and batches
 * wherever their networks have the same shape.
 *
 * @param name a short name for files and titles, such as "figure-9"
 * @param description one sentence on what the study shows
 */
public record StudyPlan(String name, String description, List<StudyConfiguration> configurations, int runs,
        long baseSeed) {

    /** The thesis ran each configuration ten times. */
    public static final int THESIS_RUNS = 10;

    public StudyPlan {
        configurations = List.copyOf(configurations);
        if (configurations.isEmpty()) {
            throw new IllegalArgumentException("a study needs at least one configuration");
        }
        if (runs < 1) {
            throw new IllegalArgumentException("a study needs at least 1 run per configuration, got " + runs);
        }
        Set<String> labels = new HashSet<>();
        for (StudyConfiguration configuration : configurations) {
            if (!labels.add(configuration.label())) {
                throw new IllegalArgumentException("two configurations are labelled '"
                        + configuration.label() + "'; labels must differ");
            }
        }
    }

    /** The seed of run {@code run} (from 0) of every configuration. */
    public long seedOfRun(int run) {
        return baseSeed + run;
    }

    /** The number of training steps in the whole study. */
    public long totalSteps() {
        long steps = 0;
        for (StudyConfiguration configuration : configurations) {
            steps += (long) configuration.config().totalSteps() * runs;
        }
        return steps;
    }

    /**
     * About how many bytes the study's results take: every run keeps each
     * metric at every step, and the summary keeps four more series (mean,
     * standard deviation, min, max) per metric.
     */
    public long estimatedMemoryBytes() {
        long perStep = (long) Metric.values().length * Double.BYTES * (runs + 4L);
        long bytes = 0;
        for (StudyConfiguration configuration : configurations) {
            bytes += configuration.config().totalSteps() * perStep;
        }
        return bytes;
    }

    /**
     * Refuses a study whose results would not fit in {@code availableBytes},
     * with the estimate and what to change.
     *
     * @throws IllegalArgumentException when it does not fit
     */
    public void checkFitsInMemory(long availableBytes) {
        long needed = estimatedMemoryBytes();
        // As for one network: a fifth is kept free for the collector and the networks themselves.
        if (needed > availableBytes / 5 * 4) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "this study keeps every step of every run: %,d steps x %d runs need about %,d MB, "
                            + "but only %,d MB of memory is available; use fewer sections, steps per section "
                            + "or runs", totalSteps() / Math.max(1, runs), runs, needed / 1_000_000,
                    availableBytes / 1_000_000));
        }
    }

    /** The same study with another number of runs and base seed. */
    public StudyPlan withRuns(int newRuns, long newBaseSeed) {
        return new StudyPlan(name, description, configurations, newRuns, newBaseSeed);
    }
}

package org.stepwise.train;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A configuration's runs, their per-step summaries and its results-table row.
 *
 * <p>The table's figures are taken per run, then summarized over runs:
 * "last-section test accuracy" is each run's mean test-sample accuracy over
 * its last section; "final loss" is each run's mean batch loss over its last
 * section; "full test" is each run's accuracy on the whole test set at the end.
 */
public record ConfigurationSummary(StudyConfiguration configuration, List<RunRecord> runs,
        Map<Metric, SeriesSummary> series, double lastSectionTestMean, double lastSectionTestSd,
        double fullTestMean, double fullTestSd, double finalLossMean, double meanSeconds) {

    /** Summarizes finished runs of one configuration. */
    public static ConfigurationSummary of(StudyConfiguration configuration, List<RunRecord> runs) {
        Map<Metric, SeriesSummary> series = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            List<double[]> values = new ArrayList<>();
            for (RunRecord run : runs) {
                values.add(run.values(metric));
            }
            series.put(metric, SeriesSummary.of(values));
        }

        TrainingConfig config = configuration.config();
        int lastSectionStart = config.totalSteps() - config.stepsPerSection();
        double[] lastSection = new double[runs.size()];
        double[] fullTest = new double[runs.size()];
        double[] finalLoss = new double[runs.size()];
        double seconds = 0;
        for (int r = 0; r < runs.size(); r++) {
            RunRecord run = runs.get(r);
            lastSection[r] = run.mean(Metric.TEST_ACCURACY, lastSectionStart, config.totalSteps());
            finalLoss[r] = run.mean(Metric.LOSS, lastSectionStart, config.totalSteps());
            fullTest[r] = run.finalFullTestAccuracy();
            seconds += run.seconds();
        }
        return new ConfigurationSummary(configuration, List.copyOf(runs), Map.copyOf(series),
                mean(lastSection), sd(lastSection), mean(fullTest), sd(fullTest), mean(finalLoss),
                seconds / runs.size());
    }

    public String label() {
        return configuration.label();
    }

    public SeriesSummary summary(Metric metric) {
        return series.get(metric);
    }

    /**
     * The closing line of the study command, for example
     * {@code constant 0.3: last-section test accuracy mean 0.9448 sd 0.0016 (10 runs); full test 0.9471;
     * loss 0.0931; 3.2 s}.
     */
    public String summaryLine() {
        return String.format(java.util.Locale.ROOT,
                "%s: last-section test accuracy mean %.4f sd %.4f (%d %s); full test %.4f; loss %.4f; %.1f s",
                label(), lastSectionTestMean, lastSectionTestSd, runs.size(), runs.size() == 1 ? "run" : "runs",
                fullTestMean, finalLossMean, meanSeconds);
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    static double sd(double[] values) {
        if (values.length < 2) {
            return 0.0;
        }
        double m = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - m) * (v - m);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}

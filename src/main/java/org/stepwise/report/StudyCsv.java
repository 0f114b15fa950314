package org.stepwise.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stepwise.train.ConfigurationSummary;
import org.stepwise.train.Metric;
import org.stepwise.train.RunRecord;
import org.stepwise.train.SeriesSummary;
import org.stepwise.train.Smoothing;
import org.stepwise.train.StudyResult;
import org.stepwise.train.TrainingConfig;

/**
 * Writes a study as CSV: per-step means and spreads, the smoothed points, and
 * the results table. Each file starts with '#' lines that record the study's
 * settings; spreadsheet tools and commons-csv skip them as comments.
 */
public final class StudyCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setCommentMarker('#')
            .setRecordSeparator('\n').get();

    private StudyCsv() {
    }

    /** Writes the three files into {@code directory}, creating it; returns their paths. */
    public static List<Path> write(StudyResult result, int block, Path directory) throws IOException {
        Files.createDirectories(directory);
        String stem = result.plan().name();
        Path steps = directory.resolve(stem + "-steps.csv");
        Path smoothed = directory.resolve(stem + "-smoothed.csv");
        Path table = directory.resolve(stem + "-table.csv");
        writeSteps(result, steps);
        writeSmoothed(result, block, smoothed);
        writeTable(result, table);
        return List.of(steps, smoothed, table);
    }

    /** One row per configuration and step: each metric's mean, sd, min and max over runs. */
    public static void writeSteps(StudyResult result, Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("configuration", "step", "section"));
        for (Metric metric : Metric.values()) {
            for (String stat : List.of("mean", "sd", "min", "max")) {
                header.add(metric.column() + "_" + stat);
            }
        }
        try (CSVPrinter csv = open(file, result, header)) {
            for (ConfigurationSummary c : result.configurations()) {
                TrainingConfig config = c.configuration().config();
                for (int s = 0; s < config.totalSteps(); s++) {
                    List<Object> row = new ArrayList<>(List.of(c.label(), s, s / config.stepsPerSection() + 1));
                    for (Metric metric : Metric.values()) {
                        SeriesSummary summary = c.summary(metric);
                        row.add(summary.mean()[s]);
                        row.add(summary.standardDeviation()[s]);
                        row.add(summary.min()[s]);
                        row.add(summary.max()[s]);
                    }
                    csv.printRecord(row);
                }
            }
        }
    }

    /**
     * One row per configuration and block of {@code block} steps: the mean
     * over runs of each run's block mean, and its sd over runs.
     */
    public static void writeSmoothed(StudyResult result, int block, Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("configuration", "block", "center_step"));
        for (Metric metric : Metric.values()) {
            header.add(metric.column() + "_mean");
            header.add(metric.column() + "_sd");
        }
        try (CSVPrinter csv = open(file, result, header)) {
            csv.printComment("smoothing: means of blocks of " + block + " steps");
            for (ConfigurationSummary c : result.configurations()) {
                List<SeriesSummary> perMetric = new ArrayList<>();
                for (Metric metric : Metric.values()) {
                    perMetric.add(smoothed(c, metric, block));
                }
                double[] centers = Smoothing.blockCenters(c.configuration().config().totalSteps(), block);
                for (int b = 0; b < centers.length; b++) {
                    List<Object> row = new ArrayList<>(List.of(c.label(), b, centers[b]));
                    for (SeriesSummary summary : perMetric) {
                        row.add(summary.mean()[b]);
                        row.add(summary.standardDeviation()[b]);
                    }
                    csv.printRecord(row);
                }
            }
        }
    }

    /** The results table: one row per configuration. */
    public static void writeTable(StudyResult result, Path file) throws IOException {
        List<String> header = List.of("configuration", "runs", "last_section_test_accuracy_mean",
                "last_section_test_accuracy_sd", "full_test_accuracy_mean", "full_test_accuracy_sd",
                "last_section_loss_mean", "seconds_per_run");
        try (CSVPrinter csv = open(file, result, header)) {
            for (ConfigurationSummary c : result.configurations()) {
                csv.printRecord(c.label(), c.runs().size(), c.lastSectionTestMean(), c.lastSectionTestSd(),
                        c.fullTestMean(), c.fullTestSd(), c.finalLossMean(), c.meanSeconds());
            }
        }
    }

    /** Each run's block means of one metric, summarized over runs. */
    public static SeriesSummary smoothed(ConfigurationSummary c, Metric metric, int block) {
        List<double[]> runs = new ArrayList<>();
        for (RunRecord run : c.runs()) {
            runs.add(Smoothing.blockMeans(run.values(metric), block));
        }
        return SeriesSummary.of(runs);
    }

    private static CSVPrinter open(Path file, StudyResult result, List<String> header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, FORMAT);
        csv.printComment("Stepwise study " + result.plan().name() + ": " + result.plan().description());
        csv.printComment(result.plan().runs() + " runs per configuration; run i uses seed "
                + result.plan().baseSeed() + " + i" + (result.cancelled() ? "; CANCELLED before the end" : ""));
        for (ConfigurationSummary c : result.configurations()) {
            csv.printComment(c.label() + ": " + c.configuration().config().describe(784, 10)
                    .replaceFirst(", seed \\d+$", ""));
        }
        csv.printRecord(header);
        return csv;
    }
}

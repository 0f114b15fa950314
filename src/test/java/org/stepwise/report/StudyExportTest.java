package org.stepwise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.data.ShippedData;
import org.stepwise.train.ConfigurationSummary;
import org.stepwise.train.Metric;
import org.stepwise.train.RunControl;
import org.stepwise.train.StudyConfiguration;
import org.stepwise.train.StudyListener;
import org.stepwise.train.StudyPlan;
import org.stepwise.train.StudyResult;
import org.stepwise.train.StudyRunner;
import org.stepwise.train.TrainingConfig;

class StudyExportTest {

    private static StudyResult result;

    @BeforeAll
    static void runSmallStudy() throws IOException {
        TrainingConfig config = TrainingConfig.thesis().toBuilder().sections(2).stepsPerSection(50).build();
        StudyPlan plan = new StudyPlan("small", "two short configurations", List.of(
                new StudyConfiguration("rate 0.3", config),
                new StudyConfiguration("rate 0.05", config.toBuilder().learningRate(0.05).build())), 3, 1);
        result = new StudyRunner(ShippedData.loadMnist(), 2).run(plan, new StudyListener() { }, new RunControl());
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file);
                CSVParser parser = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader()
                        .setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords();
        }
    }

    @Test
    void stepMeansInTheCsvAreTheMeansOfThePerRunValues(@TempDir Path dir) throws IOException {
        List<Path> files = StudyCsv.write(result, 25, dir);

        List<CSVRecord> rows = read(files.get(0));

        assertEquals(200, rows.size());
        for (CSVRecord row : rows) {
            ConfigurationSummary c = result.configurations().stream()
                    .filter(s -> s.label().equals(row.get("configuration"))).findFirst().orElseThrow();
            int step = Integer.parseInt(row.get("step"));
            for (Metric metric : Metric.values()) {
                double sum = 0;
                for (var run : c.runs()) {
                    sum += run.values(metric)[step];
                }
                assertEquals(sum / c.runs().size(), Double.parseDouble(row.get(metric.column() + "_mean")),
                        1e-12, metric + " at step " + step);
            }
        }
    }

    @Test
    void smoothedCsvHasOnePointPerBlockAndTheSettingsInItsHeader(@TempDir Path dir) throws IOException {
        List<Path> files = StudyCsv.write(result, 25, dir);

        List<CSVRecord> rows = read(files.get(1));
        String text = Files.readString(files.get(1));

        assertEquals(2 * 4, rows.size());
        assertEquals(12.0, Double.parseDouble(rows.get(0).get("center_step")), 0.0);
        assertTrue(text.startsWith("# Stepwise study small"), text.substring(0, 80));
        assertTrue(text.contains("3 runs per configuration; run i uses seed 1 + i"));
        assertTrue(text.contains("rate 0.05: 784-32-10"));
    }

    @Test
    void tableHasOneRowPerConfigurationWithItsAccuracies(@TempDir Path dir) throws IOException {
        List<Path> files = StudyCsv.write(result, 25, dir);

        List<CSVRecord> rows = read(files.get(2));

        assertEquals(List.of("rate 0.3", "rate 0.05"), rows.stream().map(r -> r.get("configuration")).toList());
        assertEquals(result.configurations().get(0).fullTestMean(),
                Double.parseDouble(rows.get(0).get("full_test_accuracy_mean")), 1e-15);
    }

    @Test
    void chartsAreWrittenAsImagesWithTheSeriesColours(@TempDir Path dir) throws IOException {
        List<Path> files = StudyCharts.write(result, 25, dir);

        assertEquals(StudyCharts.EXPORTED.size(), files.size());
        BufferedImage image = ImageIO.read(files.get(0).toFile());
        assertEquals(1200, image.getWidth());
        assertTrue(countPixels(image, Palette.awt(0).getRGB()) > 100, "the first series is drawn");
        assertTrue(countPixels(image, Palette.awt(1).getRGB()) > 100, "the second series is drawn");
    }

    private static int countPixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return count;
    }
}

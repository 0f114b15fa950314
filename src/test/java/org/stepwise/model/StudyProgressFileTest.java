package org.stepwise.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.data.Datasets;
import org.stepwise.data.ShippedData;
import org.stepwise.optimize.ConstantRate;
import org.stepwise.optimize.ExponentialDecay;
import org.stepwise.train.ConfigurationSummary;
import org.stepwise.train.Metric;
import org.stepwise.train.RunControl;
import org.stepwise.train.RunRecord;
import org.stepwise.train.StudyConfiguration;
import org.stepwise.train.StudyListener;
import org.stepwise.train.StudyPlan;
import org.stepwise.train.StudyResult;
import org.stepwise.train.StudyRunner;
import org.stepwise.train.TrainingConfig;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A study stopped part-way, saved, read back and resumed ends exactly as one never stopped. */
class StudyProgressFileTest {

    @TempDir
    Path folder;

    private static StudyPlan plan() {
        TrainingConfig base = TrainingConfig.everyday().toBuilder().hiddenSizes(List.of(8)).sections(2)
                .stepsPerSection(30).build();
        return new StudyPlan("resume", "two schedules, three runs each", List.of(
                new StudyConfiguration("constant", base.toBuilder().schedule(new ConstantRate(0.1)).build()),
                new StudyConfiguration("exponential", base.toBuilder().schedule(new ExponentialDecay(0.2,
                0.5))
                        .build())), 3, 11);
    }

    @Test
    void aResumedStudyEqualsAnUninterruptedOne() throws IOException {
        Datasets mnist = ShippedData.loadMnist();
        Path file = folder.resolve("study-progress.json");

        // First session: one thread, stopped once two runs have finished, each saved as it finishes.
        Map<String, RunRecord> finished = new ConcurrentHashMap<>();
        RunControl firstControl = new RunControl();
        StudyResult cut = new StudyRunner(mnist, 1).run(plan(), new StudyListener() {
            @Override
            public void onRunFinished(StudyConfiguration configuration, int run, RunRecord record) {
                finished.put(StudyRunner.runKey(plan().configurations().indexOf(configuration), run), record);
                try {
                    StudyProgressFile.save(file, new StudyProgressFile.Progress(plan(), finished));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                if (finished.size() == 2) {
                    firstControl.cancel();
                }
            }
        }, firstControl);
        assertTrue(cut.cancelled());

        // Second session: only the file is left.
        StudyProgressFile.Progress progress = StudyProgressFile.load(file);
        assertEquals(2, progress.finishedRuns());
        assertEquals(6, progress.totalRuns());
        assertEquals(plan(), progress.plan());
        StudyResult resumed = new StudyRunner(mnist, 2).run(progress.plan(), new StudyListener() { },
                new RunControl(), progress.finished());

        StudyResult uninterrupted = new StudyRunner(mnist, 2).run(plan(), new StudyListener() { },
                new RunControl());

        assertFalse(resumed.cancelled());
        assertEquals(2, resumed.configurations().size());
        for (int c = 0; c < 2; c++) {
            ConfigurationSummary a = resumed.configurations().get(c);
            ConfigurationSummary b = uninterrupted.configurations().get(c);
            for (Metric metric : Metric.values()) {
                assertArrayEquals(b.summary(metric).mean(), a.summary(metric).mean(), 0.0, a.label() + " "
                        + metric);
                assertArrayEquals(b.summary(metric).standardDeviation(),
                        a.summary(metric).standardDeviation(), 0.0,
                        a.label() + " " + metric);
            }
            for (int r = 0; r < 3; r++) {
                assertArrayEquals(b.runs().get(r).fullTestAccuracy(), a.runs().get(r).fullTestAccuracy(),
                        0.0);
            }
        }
        assertTrue(Files.readString(file).contains("\"format\" : \"stepwise-study-progress\""));
    }

    @Test
    void aDamagedProgressFileIsNamedWithItsProblem() throws IOException {
        Path file = folder.resolve("study-progress.json");
        StudyProgressFile.save(file, new StudyProgressFile.Progress(plan(), Map.of()));
        Files.writeString(file, Files.readString(file).replace("\"runs\" : 3", "\"runs\" : 0"));

        ModelFormatException refusal = org.junit.jupiter.api.Assertions.assertThrows(ModelFormatException.class,
                () -> StudyProgressFile.load(file));

        assertEquals(file + ": plan: a study needs at least 1 run per configuration, got 0",
                refusal.getMessage());
    }
}

package org.stepwise.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stepwise.data.Datasets;
import org.stepwise.data.ShippedData;
import org.stepwise.optimize.ConstantRate;
import org.stepwise.optimize.LearningRateSchedule;

/** Studies on the real MNIST files. */
class StudyRunnerTest {

    private static Datasets mnist;

    @BeforeAll
    static void loadMnist() throws IOException {
        mnist = ShippedData.loadMnist();
    }

    private static StudyResult run(StudyPlan plan) {
        return new StudyRunner(mnist, StudyRunner.defaultThreads()).run(plan, new StudyListener() { },
                new RunControl());
    }

    @Test
    void thesisProtocolAtConstantRateReproducesTheThesisAccuracyOverTenRuns() {
        TrainingConfig config = TrainingConfig.thesis().toBuilder().schedule(new ConstantRate(0.3)).build();
        StudyPlan plan = new StudyPlan("constant", "constant 0.3", List.of(new StudyConfiguration("c", config)),
                StudyPlan.THESIS_RUNS, 1);

        ConfigurationSummary summary = run(plan).configurations().get(0);

        // The thesis's own ten runs averaged about 0.945 over the last section.
        assertTrue(summary.lastSectionTestMean() >= 0.935 && summary.lastSectionTestMean() <= 0.955,
                summary.summaryLine());
        assertEquals(10, summary.runs().size());
    }

    @Test
    void everyScheduleOfFigureNineFollowsItsFormulaAtEveryStep() {
        StudyPlan plan = ThesisPresets.find("figure-9").orElseThrow().plan(1, 1);

        StudyResult result = run(plan);

        assertEquals(5, result.configurations().size());
        for (ConfigurationSummary c : result.configurations()) {
            LearningRateSchedule schedule = c.configuration().config().schedule();
            double[] rates = c.summary(Metric.LEARNING_RATE).mean();
            for (int step = 0; step < 3_750; step++) {
                int finishedSections = step / 375;
                assertEquals(schedule.rate(finishedSections, 10), rates[step], 0.0,
                        c.label() + " at step " + step);
            }
            assertEquals(schedule.rate(0, 10), rates[374], 0.0, "step 374 is the last of section 1");
            assertEquals(schedule.rate(1, 10), rates[375], 0.0, "step 375 opens section 2");
        }
    }

    @Test
    void sameSeedRepeatsAStudyToTheBitWhateverTheThreads() {
        TrainingConfig shortRun = TrainingConfig.thesis().toBuilder().sections(3).stepsPerSection(60).build();
        StudyPlan plan = new StudyPlan("short", "short", List.of(new StudyConfiguration("a", shortRun),
                new StudyConfiguration("b", shortRun.toBuilder().learningRate(0.1).build())), 3, 7);

        StudyResult parallel = run(plan);
        StudyResult serial = new StudyRunner(mnist, 1).run(plan, new StudyListener() { }, new RunControl());

        for (int c = 0; c < 2; c++) {
            for (Metric metric : Metric.values()) {
                assertArrayEquals(parallel.configurations().get(c).summary(metric).mean(),
                        serial.configurations().get(c).summary(metric).mean(), 0.0, metric.toString());
            }
        }
    }

    @Test
    void runIOfEveryConfigurationSharesItsSeed() {
        TrainingConfig shortRun = TrainingConfig.thesis().toBuilder().sections(1).stepsPerSection(20).build();
        StudyPlan plan = new StudyPlan("seeds", "seeds", List.of(new StudyConfiguration("a", shortRun),
                new StudyConfiguration("b", shortRun.toBuilder().learningRate(0.2).build())), 2, 40);

        StudyResult result = run(plan);

        for (ConfigurationSummary c : result.configurations()) {
            assertEquals(List.of(40L, 41L), c.runs().stream().map(RunRecord::seed).toList());
        }
        // Same seed, same initial weights and first batch: the first step's loss agrees.
        assertEquals(result.configurations().get(0).runs().get(1).values(Metric.LOSS)[0],
                result.configurations().get(1).runs().get(1).values(Metric.LOSS)[0], 0.0);
    }

    @Test
    void cancellingAStudyReturnsWithoutUnfinishedConfigurations() {
        RunControl control = new RunControl();
        StudyPlan plan = ThesisPresets.find("figure-4").orElseThrow().plan(2, 1);

        StudyResult result = new StudyRunner(mnist, 2).run(plan, new StudyListener() {
            @Override
            public void onProgress(long completed, long total) {
                if (completed == 500) {
                    control.cancel();
                }
            }
        }, control);

        assertTrue(result.cancelled());
        assertTrue(result.configurations().isEmpty());
    }
}

package org.stepwise.ui.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.data.Datasets;
import org.stepwise.data.ShippedData;
import org.stepwise.model.StudyProgressFile;
import org.stepwise.train.Metric;
import org.stepwise.train.RunControl;
import org.stepwise.train.StudyConfiguration;
import org.stepwise.train.StudyListener;
import org.stepwise.train.StudyPlan;
import org.stepwise.train.StudyResult;
import org.stepwise.train.StudyRunner;
import org.stepwise.train.TrainingConfig;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Studies tab keeps its study in a file: a finished one comes back, a stopped one resumes. */
class KeptStudyTest {

    private static Datasets mnist;
    private final Executor background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "kept-study-test");
        thread.setDaemon(true);
        return thread;
    });

    @TempDir
    Path home;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        mnist = ShippedData.loadMnist();
    }

    private static StudyPlan plan() {
        TrainingConfig config = TrainingConfig.thesis().toBuilder().hiddenSizes(List.of(8)).sections(2)
                .stepsPerSection(20).build();
        return new StudyPlan("kept", "one configuration, four runs",
                List.of(new StudyConfiguration("small", config)), 4, 1);
    }

    @Test
    void aStudyStoppedAfterOneRunResumesInANewWindowAndEqualsOneNeverStopped() throws Exception {
        Path file = home.resolve("study-progress.json");
        StudyPlan plan = plan();
        StudyResult whole = new StudyRunner(mnist, 1).run(plan, new StudyListener() { }, new RunControl());
        // What a window closed after the first run leaves behind.
        StudyProgressFile.save(file, new StudyProgressFile.Progress(plan,
                Map.of(StudyRunner.runKey(0, 0), whole.configurations().get(0).runs().get(0))));

        StudyViewModel model = new StudyViewModel(background, () -> mnist, () -> null);
        WaitForAsyncUtils.asyncFx(() -> model.keepStudiesIn(file)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.resumableProperty().get());
        assertEquals("The study kept stopped after 1 of 4 runs. Resume finishes it with the same seeds.",
                model.statusProperty().get());

        WaitForAsyncUtils.asyncFx(model::resume).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !model.runningProperty().get() && model.resultProperty().get() != null);

        StudyResult resumed = model.resultProperty().get();
        assertFalse(resumed.cancelled());
        for (Metric metric : Metric.values()) {
            assertArrayEquals(whole.configurations().get(0).summary(metric).mean(),
                    resumed.configurations().get(0).summary(metric).mean(), 0.0, metric.toString());
        }
        assertEquals(4, StudyProgressFile.load(file).finishedRuns(), "every run is kept as it finishes");

        // A later window finds the finished study and shows it without training.
        StudyViewModel later = new StudyViewModel(background, () -> null, () -> null);
        WaitForAsyncUtils.asyncFx(() -> later.keepStudiesIn(file)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> later.resultProperty().get() != null);
        assertEquals("Your last study, kept, is back from the last session.", later.statusProperty().get());
        assertArrayEquals(whole.configurations().get(0).summary(Metric.TEST_ACCURACY).mean(),
                later.resultProperty().get().configurations().get(0).summary(Metric.TEST_ACCURACY).mean(),
                0.0);
        assertFalse(later.resumableProperty().get());
        assertTrue(Files.exists(file));
    }
}

package org.stepwise.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.data.Datasets;
import org.stepwise.data.ShippedData;
import org.stepwise.optimize.ScheduleKind;
import org.stepwise.train.ThesisPresets;
import org.stepwise.train.TrainingConfig;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class StudyViewModelTest {

    private static Datasets mnist;
    private final Executor background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "study-test");
        thread.setDaemon(true);
        return thread;
    });

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        mnist = ShippedData.loadMnist();
    }

    private static TrainingConfig tiny() {
        return TrainingConfig.thesis().toBuilder().sections(2).stepsPerSection(30).build();
    }

    @Test
    void choosingAPresetListsItsConfigurations() {
        StudyViewModel model = new StudyViewModel(background, () -> mnist, StudyViewModelTest::tiny);

        model.presetProperty().set(ThesisPresets.find("figure-10").orElseThrow());

        assertEquals(6, model.configurations().size());
        assertEquals("Adam 0.003", model.configurations().get(5).label());
        assertEquals("figure-10", model.getName());
    }

    @Test
    void addingTheSameSettingsTwiceKeepsLabelsApart() {
        StudyViewModel model = new StudyViewModel(background, () -> mnist, StudyViewModelTest::tiny);
        model.configurations().clear();

        model.addCurrentSettings();
        model.addCurrentSettings();

        assertEquals("784-32-10 SGD constant 0.3", model.configurations().get(0).label());
        assertEquals("784-32-10 SGD constant 0.3 (2)", model.configurations().get(1).label());
        assertEquals(StudyViewModel.CUSTOM_NAME, model.getName());
    }

    @Test
    void ratePreviewChangesOnlyBetweenSections() {
        TrainingConfig config = TrainingConfig.thesis().toBuilder()
                .schedule(ScheduleKind.EXPONENTIAL.thesisDefault()).build();

        double[] rates = StudyViewModel.ratePreview(config);

        assertEquals(10, rates.length);
        assertEquals(0.5, rates[0], 0.0);
        assertEquals(0.375, rates[1], 0.0);
        assertEquals(0.5 * Math.pow(0.75, 9), rates[9], 1e-15);
    }

    @Test
    void aConfigurationTooLongToKeepIsRefusedWithTheEstimate() throws Exception {
        TrainingConfig huge = TrainingConfig.thesis().toBuilder().stepsPerSection(100_000_000).build();
        StudyViewModel model = new StudyViewModel(background, () -> mnist, () -> huge);
        String status = WaitForAsyncUtils.asyncFx(() -> {
            int before = model.configurations().size();
            model.addCurrentSettings();
            assertEquals(before, model.configurations().size(), "nothing is added");
            return model.statusProperty().get();
        }).get();

        assertTrue(status.startsWith("Not added: this study keeps every step of every run: 1,000,000,000 steps x "),
                status);
        assertTrue(status.contains("use fewer sections, steps per section or runs"), status);
    }

    @Test
    void aStudyRunsInTheBackgroundAndItsExportWritesTheFiles(@TempDir Path dir) throws Exception {
        StudyViewModel model = new StudyViewModel(background, () -> mnist, StudyViewModelTest::tiny);
        WaitForAsyncUtils.asyncFx(() -> {
            model.configurations().clear();
            model.addCurrentSettings();
            model.runsProperty().set(2);
            model.start();
        }).get();

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.resultProperty().get() != null);
        WaitForAsyncUtils.asyncFx(() -> model.export(dir)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () ->
                model.statusProperty().get().startsWith("Wrote"));

        assertNotNull(model.resultProperty().get());
        assertFalse(model.runningProperty().get());
        assertEquals(2, model.resultProperty().get().configurations().get(0).runs().size());
        assertTrue(Files.exists(dir.resolve("custom-study-table.csv")));
        assertTrue(Files.size(dir.resolve("custom-study-test-accuracy.png")) > 10_000);
        assertEquals(7, model.existingExportFiles(dir).size());
    }

    @Test
    void startingWithoutDataSaysWhy() {
        StudyViewModel model = new StudyViewModel(background, () -> null, StudyViewModelTest::tiny);

        model.start();

        assertFalse(model.runningProperty().get());
        assertTrue(model.statusProperty().get().contains("still loading"), model.statusProperty().get());
    }
}

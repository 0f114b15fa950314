package org.stepwise.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.train.TrainingConfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepwise.ui.OpenWindow.fx;

/** Lessons as a teacher opens them: from the Lessons menu, and a broken file that changes nothing. */
class LessonWindowTest {

    @TempDir
    Path folder;

    private OpenWindow window;

    @BeforeEach
    void open() throws Exception {
        window = OpenWindow.open();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aShippedLessonFromTheMenuSetsTheSettingsAndShowsItsText() throws Exception {
        assertFalse(fx(() -> window.node("#lessonPanel").isVisible()));

        window.robot.clickOn("File").clickOn("Lessons").clickOn("The noise ball");
        window.await(() -> window.node("#lessonPanel").isVisible());

        assertEquals("The noise ball: a learning rate that is too high", window.text("#lessonTitle"));
        assertTrue(window.text("#lessonText").startsWith("The learning rate here is a constant 0.8"));
        TrainingConfig config = fx(() -> window.model().config().getConfig());
        assertEquals(0.8, config.learningRate());
        assertEquals(7L, config.seed());
        assertEquals(8, config.sections());
        assertEquals("Opened the lesson \u201cThe noise ball: a learning rate that is too high\u201d; Start runs it.",
                window.text("#statusMessage"));

        window.robot.clickOn("#closeLessonButton");
        window.settle();

        assertFalse(fx(() -> window.node("#lessonPanel").isVisible()));
        assertEquals(0.8, fx(() -> window.model().config().getConfig().learningRate()), "the settings stay");
    }

    @Test
    void aBrokenLessonIsNamedAndNoSettingChanges() throws Exception {
        Path file = Files.writeString(folder.resolve("broken.json"), "{\"format\": \"stepwise-lesson\",");
        TrainingConfig before = fx(() -> window.model().config().getConfig());

        OpenWindow.fxRun(() -> window.model().lessons().open(file));
        window.await(() -> window.model().getMessage().startsWith("The lesson broken.json"));

        assertEquals("The lesson broken.json could not be opened: " + file
                + ": the JSON ends too early; the file"
                + " is truncated", window.text("#statusMessage"));
        assertEquals(before, fx(() -> window.model().config().getConfig()));
        assertFalse(fx(() -> window.node("#lessonPanel").isVisible()));
    }
}

package org.stepwise.ui.lesson;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

import javafx.beans.property.SimpleIntegerProperty;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.model.ShippedModel;
import org.stepwise.optimize.AdamSettings;
import org.stepwise.optimize.ExponentialDecay;
import org.stepwise.train.TrainingConfig;
import org.stepwise.ui.classroom.ClassroomViewModel;
import org.stepwise.ui.classroom.ShownControl;
import org.stepwise.ui.classroom.Theme;
import org.stepwise.ui.config.ConfigViewModel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonFileTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path folder;

    private static Lesson sample() {
        TrainingConfig training = TrainingConfig.everyday().toBuilder().hiddenSizes(List.of(64, 16))
                .optimizer(AdamSettings.thesis()).schedule(new ExponentialDecay(0.004,
                0.75)).seed(42L).build();
        return new Lesson("Two layers", "Watch the loss fall.\nThen draw a 7.", training,
                EnumSet.of(ShownControl.LEARNING_RATE, ShownControl.DRAWING), Theme.DARK, true, 4.0);
    }

    @Test
    void aSavedLessonOpensAsTheSameLesson() throws IOException {
        Path file = folder.resolve("two-layers.json");
        LessonFile.save(file, sample());

        Lesson read = LessonFile.load(file);

        assertEquals(sample(), read);
        String json = Files.readString(file);
        assertTrue(json.contains("\"format\" : \"stepwise-lesson\""), json);
        assertTrue(json.contains("\"shownControls\" : [ \"learning-rate\", \"drawing\" ]"), json);
        assertTrue(json.contains("\"seed\" : 42"), json);
    }

    @Test
    void optionalFieldsMayBeLeftOut() throws IOException {
        Lesson lesson = new Lesson("Plain", "", TrainingConfig.thesis(), Set.of(), null, null, null);
        Path file = folder.resolve("plain.json");
        LessonFile.save(file, lesson);

        Lesson read = LessonFile.load(file);

        assertEquals(lesson, read);
        assertNull(read.theme());
        assertTrue(!Files.readString(file).contains("theme"));
    }

    @Test
    void everyShippedLessonOpensAndSaysSomething() throws IOException {
        for (ShippedLessons.Entry entry : ShippedLessons.ENTRIES) {
            Lesson lesson = ShippedLessons.load(entry.fileName());
            assertTrue(lesson.text().length() > 200, entry.fileName());
            assertTrue(lesson.shownControls().contains(ShownControl.PACE), entry.fileName());
            assertEquals(7L, lesson.training().seed(), entry.fileName());
        }
        assertEquals(0.8, ShippedLessons.load("noise-ball.json").training().learningRate());
        assertEquals(List.of(4), ShippedLessons.load("small-vs-large.json").training().hiddenSizes());
    }

    /** A valid lesson's JSON with one change, and the words the refusal must contain. */
    static List<Arguments> badLessons() throws IOException {
        String good = LessonFile.toJson(sample()).toPrettyString();
        return List.of(
                Arguments.of("not JSON", "title: The noise ball\n", "the content is not JSON"),
                Arguments.of("empty", "", "the file is empty"),
                Arguments.of("truncated", good.substring(0, good.length() / 2), "the file is truncated"),
                Arguments.of("a JSON list", "[1, 2, 3]", "expected a JSON object"),
                Arguments.of("wrong format", good.replace("stepwise-lesson", "stepwise-lessons"),
                        "expected \"format\": \"stepwise-lesson\""),
                Arguments.of("newer version", good.replace("\"version\" : 1", "\"version\" : 7"),
                        "version 7, newer than this Stepwise opens"),
                Arguments.of("version as text", good.replace("\"version\" : 1", "\"version\" : \"1\""),
                        "expected a whole-number \"version\""),
                Arguments.of("unknown control", good.replace("\"drawing\"", "\"joystick\""),
                        "shownControls: \"joystick\" is not a control; the controls are layers, learning-rate"),
                Arguments.of("no settings", good.replaceFirst("\"training\" : \\{", "\"trainingX\" : {"),
                        "expected a \"training\" object with the settings but found none"),
                Arguments.of("negative rate", good.replace("\"initialRate\" : 0.004",
                "\"initialRate\" : -0.5"),
                        "training: the initial learning rate must be a positive number, got -0.5"),
                Arguments.of("batch as text", good.replace("\"batchSize\" : 16", "\"batchSize\" : \"16\""),
                        "training.batchSize: expected a whole number but found string \"16\""),
                Arguments.of("unknown theme", good.replace("\"dark\"", "\"purple\""),
                        "theme: expected \"light\" or \"dark\" but found \"purple\""),
                Arguments.of("no title", good.replace("\"title\"", "\"name\""), "expected a \"title\" field"),
                Arguments.of("blank title", good.replace("\"Two layers\"", "\"  \""), "the title is empty"),
                Arguments.of("pace too fast", good.replace("\"pace\" : 4.0", "\"pace\" : 5000"),
                        "the pace must be from above 0 to 1000 steps per second, got 5000.0"),
                Arguments.of("unknown activation", good.replace("\"relu\"", "\"swish\""),
                        "training.hiddenActivation: expected one of"),
                Arguments.of("layer too large", good.replace("64,", "100000,"),
                        "hidden layer sizes must be 1 to 8192"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLessons")
    void aBadLessonIsRefusedWithItsReasonAndChangesNoSetting(String what, String content, String reason)
            throws IOException {
        Path file = folder.resolve("bad.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);

        LessonFormatException refusal = assertThrows(LessonFormatException.class, () ->
                LessonFile.load(file));
        assertTrue(refusal.getMessage().startsWith(file.toString() + ": "), refusal.getMessage());
        assertTrue(refusal.getMessage().contains(reason), refusal.getMessage());

        assertWindowUnchangedAfterOpening(file, reason);
    }

    @Test
    void aModelFileGivenAsALessonIsNamedAsSuch() throws IOException {
        Path model = folder.resolve("network.json");
        try (var in = ShippedModel.class.getClassLoader().getResourceAsStream("assets/models/"
                + ShippedModel.FILE_NAME)) {
            Files.copy(in, model);
        }
        LessonFormatException refusal = assertThrows(LessonFormatException.class, () ->
                LessonFile.load(model));
        assertTrue(refusal.getMessage().endsWith("this is a saved network (a Stepwise model file), not a lesson;"
                + " open it with File > Open network"), refusal.getMessage());
        assertWindowUnchangedAfterOpening(model, "not a lesson");
    }

    @Test
    void aPictureOrAFolderIsNamedAsSuch() throws IOException {
        Path picture = folder.resolve("digit.png");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        assertTrue(assertThrows(LessonFormatException.class, () -> LessonFile.load(picture)).getMessage()
                .endsWith("expected a Stepwise lesson (JSON) but found a PNG image"));
        assertWindowUnchangedAfterOpening(picture, "a PNG image");
        assertWindowUnchangedAfterOpening(folder, "expected a lesson file but found a folder");
        assertWindowUnchangedAfterOpening(folder.resolve("missing.json"), "there is no such file");
    }

    /** Opens the file as the window does and checks that only the error changed. */
    private static void assertWindowUnchangedAfterOpening(Path file, String reason) {
        ConfigViewModel config = new ConfigViewModel(TrainingConfig.thesis());
        ClassroomViewModel classroom = new ClassroomViewModel();
        LessonViewModel lessons = new LessonViewModel(NOW, NOW, config, classroom, () -> false,
                new SimpleIntegerProperty());
        TrainingConfig before = config.getConfig();

        lessons.open(file);

        assertTrue(lessons.getError().startsWith("The lesson " + file.getFileName()
                + " could not be opened: "),
                lessons.getError());
        assertTrue(lessons.getError().contains(reason), lessons.getError());
        assertEquals(before, config.getConfig());
        assertEquals("", classroom.lessonTitleProperty().get());
        assertEquals(EnumSet.allOf(ShownControl.class), classroom.shownControls());
        assertEquals(Theme.LIGHT, classroom.themeProperty().get());
    }

    @Test
    void openingALessonSetsTheSettingsAndTheClassroom() throws IOException {
        Path file = folder.resolve("two-layers.json");
        LessonFile.save(file, sample());
        ConfigViewModel config = new ConfigViewModel(TrainingConfig.thesis());
        ClassroomViewModel classroom = new ClassroomViewModel();
        SimpleIntegerProperty pace = new SimpleIntegerProperty();
        LessonViewModel lessons = new LessonViewModel(NOW, NOW, config, classroom, () -> false, pace);

        lessons.open(file);

        assertEquals("", lessons.getError());
        assertEquals(2, pace.get(), "4 steps a second goes to the pace slider's nearest stop, 2 a second");
        assertEquals(sample().training(), config.getConfig());
        assertEquals("Two layers", classroom.lessonTitleProperty().get());
        assertEquals("Watch the loss fall.\nThen draw a 7.", classroom.lessonTextProperty().get());
        assertEquals(EnumSet.of(ShownControl.LEARNING_RATE, ShownControl.DRAWING), classroom.shownControls());
        assertEquals(Theme.DARK, classroom.themeProperty().get());
        assertTrue(classroom.isPresenter());
        Lesson sample = sample();
        assertEquals(new Lesson(sample.title(), sample.text(), sample.training(), sample.shownControls(),
                sample.theme(), sample.presenter(), 2.0), lessons.current("Two layers",
                "Watch the loss fall.\nThen draw a 7."));
    }

    @Test
    void noLessonOpensWhileTraining() throws IOException {
        Path file = folder.resolve("two-layers.json");
        LessonFile.save(file, sample());
        ConfigViewModel config = new ConfigViewModel(TrainingConfig.thesis());
        LessonViewModel lessons = new LessonViewModel(NOW, NOW, config, new ClassroomViewModel(), () -> true,
                new SimpleIntegerProperty());

        lessons.open(file);

        assertEquals("Stop training before opening a lesson; the lesson sets the training settings.",
                lessons.getError());
        assertEquals(TrainingConfig.thesis(), config.getConfig());
    }
}

package org.stepwise.ui.persist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.optimize.InverseTimeDecay;
import org.stepwise.train.TrainingConfig;
import org.stepwise.ui.classroom.ShownControl;
import org.stepwise.ui.classroom.Theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsFileTest {

    @TempDir
    Path home;

    private static SavedSettings sample() {
        return new SavedSettings(TrainingConfig.everyday().toBuilder().hiddenSizes(List.of(48))
                .schedule(new InverseTimeDecay(0.2, 0.5)).seed(99L).build(), Theme.DARK,
                EnumSet.of(ShownControl.SCHEDULE, ShownControl.PACE),
                new SavedSettings.WindowPlace(40, 30, 1200, 800, false), "studiesTab", List.of());
    }

    @Test
    void whatIsWrittenIsReadBack() throws IOException {
        SettingsFile.write(home, sample());

        assertEquals(sample(), SettingsFile.read(home));
    }

    @Test
    void noFileMeansDefaultsWithoutANotice() {
        assertEquals(SavedSettings.none(), SettingsFile.read(home.resolve("never-made")));
    }

    static List<Arguments> brokenFiles() {
        return List.of(
                Arguments.of("", "settings.json was not used because it is empty"),
                Arguments.of("theme=dark", "settings.json was not used because it is not JSON"),
                Arguments.of("[]", "it does not start with \"format\": \"stepwise-settings\""),
                Arguments.of("{\"format\": \"stepwise-settings\", \"version\": 9}",
                        "it is version 9, and this Stepwise reads version 1"),
                Arguments.of("{\"format\": \"stepwise-lesson\", \"version\": 1}",
                        "it does not start with \"format\": \"stepwise-settings\""));
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void aBrokenFileGivesDefaultsAndSaysWhy(String content, String reason) throws IOException {
        Files.writeString(home.resolve(SettingsFile.FILE_NAME), content);

        SavedSettings read = SettingsFile.read(home);

        assertNull(read.training());
        assertNull(read.theme());
        assertNull(read.window());
        assertEquals(1, read.problems().size());
        assertTrue(read.problems().get(0).contains(reason), read.problems().get(0));
    }

    /** One part edited wrongly by hand: only that part falls back, and the notice names it. */
    static List<Arguments> oneBadPart() {
        return List.of(
                Arguments.of("\"batchSize\" : 16", "\"batchSize\" : \"sixteen\"",
                "training.batchSize: expected a"
                        + " whole number but found string \"sixteen\""),
                Arguments.of("\"initialRate\" : 0.2", "\"initialRate\" : -3",
                "the initial learning rate must be"
                        + " a positive number, got -3"),
                Arguments.of("\"theme\" : \"dark\"", "\"theme\" : 7",
                "theme: expected \"light\" or \"dark\""),
                Arguments.of("\"width\" : 1200.0", "\"width\" : 5",
                "window: expected x, y, width and height"),
                Arguments.of("\"pace\"", "\"wheel\"", "\"wheel\" is not a control"),
                Arguments.of("\"tab\" : \"studiesTab\"", "\"tab\" : [1]", "tab: expected the name of a tab"));
    }

    @ParameterizedTest
    @MethodSource("oneBadPart")
    void aWrongValueCostsOnlyItsOwnPart(String good, String bad, String reason) throws IOException {
        SettingsFile.write(home, sample());
        Path file = home.resolve(SettingsFile.FILE_NAME);
        String content = Files.readString(file);
        assertTrue(content.contains(good), content);
        Files.writeString(file, content.replace(good, bad));

        SavedSettings read = SettingsFile.read(home);

        assertEquals(1, read.problems().size(), read.problems().toString());
        assertTrue(read.problems().get(0).contains(reason), read.problems().get(0));
        int intact = (read.training() == null ? 0 : 1) + (read.theme() == null ? 0 : 1)
                + (read.shownControls() == null ? 0 : 1) + (read.window() == null ? 0 : 1)
                + (read.tab() == null ? 0 : 1);
        assertEquals(4, intact, "every other part is read: " + read);
        if (read.training() != null) {
            assertEquals(sample().training(), read.training());
        }
        if (read.theme() != null) {
            assertEquals(Theme.DARK, read.theme());
        }
    }
}

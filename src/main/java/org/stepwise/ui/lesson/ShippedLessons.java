package org.stepwise.ui.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.stepwise.data.ShippedData;

/**
 * The lessons that ship in {@value #ASSET_PATH}, found the way the shipped
 * network is: under the working directory, under the folder of Stepwise's
 * classes or jar and its parents, then inside the jar.
 */
public final class ShippedLessons {

    /** Where the lessons sit, relative to a search folder or the classpath root. */
    public static final String ASSET_PATH = "assets/lessons";

    /** A shipped lesson's file name and the short name the Lessons menu gives it. */
    public record Entry(String fileName, String menuName) {
    }

    /** The shipped lessons, in the order the menu lists them. */
    public static final List<Entry> ENTRIES = List.of(
            new Entry("noise-ball.json", "The noise ball"),
            new Entry("schedules-vs-constant.json", "Schedules against a constant rate"),
            new Entry("adam-fast-start.json", "Adam's fast start"),
            new Entry("small-vs-large.json", "Small against large networks"));

    private ShippedLessons() {
    }

    /** Opens the shipped lesson of that file name. */
    public static Lesson load(String fileName) throws IOException {
        List<Path> directories = ShippedData.searchDirectories(ASSET_PATH);
        for (Path directory : directories) {
            Path file = directory.resolve(fileName);
            if (Files.isRegularFile(file)) {
                return LessonFile.load(file);
            }
        }
        String resource = ASSET_PATH + "/" + fileName;
        InputStream in = ShippedLessons.class.getClassLoader().getResourceAsStream(resource);
        if (in != null) {
            try (in) {
                return LessonFile.read(in, fileName);
            }
        }
        throw new NoSuchFileException(resource, null, "cannot find the lesson " + fileName
                + " shipped with Stepwise; looked in " + directories + " and inside the jar. Restore "
                + ASSET_PATH + " from a fresh copy of Stepwise.");
    }
}

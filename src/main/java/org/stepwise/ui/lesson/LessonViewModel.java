package org.stepwise.ui.lesson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.stepwise.ui.classroom.ClassroomViewModel;
import org.stepwise.ui.config.ConfigViewModel;
import org.stepwise.ui.training.TrainingViewModel;

/**
 * Opening and saving lessons. A lesson file is read on the background
 * executor and applied on the FX thread all at once: the settings, the
 * lesson's title and text, the shown controls and, when the lesson names
 * them, the theme and presenter mode. A file that cannot be read changes
 * nothing and leaves one sentence in {@link #errorProperty()}.
 *
 * <p>A lesson's pace is set to the pace slider's nearest stop (full, 1000,
 * 100, 10 or 2 steps a second); a lesson saved from the window holds the
 * slider's pace.
 */
public final class LessonViewModel {

    private final Executor background;
    private final Executor fxThread;
    private final ConfigViewModel config;
    private final ClassroomViewModel classroom;
    private final BooleanSupplier training;
    private final IntegerProperty pace;

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Lesson open;

    /**
     * @param training true while a run is active, when the settings cannot change
     * @param pace     the training's pace in steps a second, 0 for full speed
     */
    public LessonViewModel(Executor background, Executor fxThread, ConfigViewModel config,
            ClassroomViewModel classroom, BooleanSupplier training, IntegerProperty pace) {
        this.background = background;
        this.fxThread = fxThread;
        this.config = config;
        this.classroom = classroom;
        this.training = training;
        this.pace = pace;
    }

    /** Opens a lesson file in the background. */
    public void open(Path file) {
        open(file, () -> { });
    }

    /** Opens a lesson file in the background and runs {@code then} on the FX thread once it is applied. */
    public void open(Path file, Runnable then) {
        read(() -> LessonFile.load(file), nameOf(file), then);
    }

    /** Opens one of the lessons shipped in assets/lessons. */
    public void openShipped(String fileName) {
        read(() -> ShippedLessons.load(fileName), fileName, () -> { });
    }

    private interface Reader {
        Lesson read() throws IOException;
    }

    private void read(Reader reader, String name, Runnable then) {
        if (training.getAsBoolean()) {
            error.set("Stop training before opening a lesson; the lesson sets the training settings.");
            return;
        }
        error.set("");
        message.set("Opening the lesson " + name + "\u2026");
        background.execute(() -> {
            try {
                Lesson lesson = reader.read();
                fxThread.execute(() -> {
                    if (apply(lesson, name)) {
                        then.run();
                    }
                });
            } catch (IOException | RuntimeException e) {
                String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                fxThread.execute(() -> {
                    message.set("");
                    error.set("The lesson " + name + " could not be opened: " + problem);
                });
            }
        });
    }

    /** Sets the window from a lesson already read; FX thread. False when training started meanwhile. */
    public boolean apply(Lesson lesson, String name) {
        if (training.getAsBoolean()) {
            message.set("");
            error.set("The lesson " + name + " was not opened because training started meanwhile.");
            return false;
        }
        open = lesson;
        config.load(lesson.training());
        classroom.lessonTitleProperty().set(lesson.title());
        classroom.lessonTextProperty().set(lesson.text());
        classroom.shownControls().retainAll(lesson.shownControls());
        classroom.shownControls().addAll(lesson.shownControls());
        if (lesson.theme() != null) {
            classroom.themeProperty().set(lesson.theme());
        }
        if (lesson.presenter() != null) {
            classroom.setPresenter(lesson.presenter());
        }
        if (lesson.pace() != null) {
            pace.set(TrainingViewModel.nearestPace(lesson.pace()));
        }
        error.set("");
        message.set("Opened the lesson \u201c" + lesson.title() + "\u201d; Start runs it.");
        return true;
    }

    /**
     * The lesson the window shows now: its settings, shown controls and
     * theme, with the given title and text.
     *
     * @throws IllegalStateException when a setting is not valid
     * @throws IllegalArgumentException when the title or text is not allowed
     */
    public Lesson current(String title, String text) {
        if (!config.isValid()) {
            throw new IllegalStateException(config.getProblem());
        }
        return new Lesson(title, text, config.getConfig(), classroom.shownControls(),
                classroom.themeProperty().get(), classroom.isPresenter(),
                pace.get() == 0 ? null : Double.valueOf(pace.get()));
    }

    /** Writes a lesson in the background; the caller has asked before replacing a file. */
    public void save(Path file, Lesson lesson) {
        String name = nameOf(file);
        error.set("");
        message.set("Saving the lesson to " + name + "\u2026");
        background.execute(() -> {
            try {
                LessonFile.save(file, lesson);
                fxThread.execute(() -> {
                    open = lesson;
                    classroom.lessonTitleProperty().set(lesson.title());
                    classroom.lessonTextProperty().set(lesson.text());
                    message.set("Saved the lesson \u201c" + lesson.title() + "\u201d to " + name + ".");
                });
            } catch (IOException | RuntimeException e) {
                fxThread.execute(() -> {
                    message.set("");
                    error.set("The lesson could not be saved to " + name + ": " + e.getMessage());
                });
            }
        });
    }

    /** Hides the lesson's text from the Train tab; the settings stay as they are. */
    public void closeText() {
        classroom.lessonTitleProperty().set("");
        classroom.lessonTextProperty().set("");
    }

    /** Why the last open or save failed, one sentence; empty when it worked. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** What the last open or save did, for the status line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}

package org.stepwise.ui.lesson;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.stepwise.train.TrainingConfig;
import org.stepwise.ui.classroom.ShownControl;
import org.stepwise.ui.classroom.Theme;

/**
 * A lesson: a title and a short text for the class, the training settings
 * (seed included) that show what the text says, the controls the class sees,
 * and optionally the theme, presenter mode and pace the teacher wants.
 *
 * @param theme     null to leave the window's theme as it is
 * @param presenter null to leave presenter mode as it is
 * @param pace      steps per second, or null for full speed and to leave the pace as it is
 */
public record Lesson(String title, String text, TrainingConfig training, Set<ShownControl> shownControls,
        Theme theme, Boolean presenter, Double pace) {

    /** The longest title a lesson may have, so that it fits on one line of the window. */
    public static final int MAX_TITLE_LENGTH = 120;

    /** The longest text: a few paragraphs, readable from the back of a room. */
    public static final int MAX_TEXT_LENGTH = 4000;

    public Lesson {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(training, "training");
        if (title.isBlank()) {
            throw new IllegalArgumentException("the title is empty; give the lesson a title");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("the title has " + title.length() + " characters; at most "
                    + MAX_TITLE_LENGTH + " fit on one line");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("the text has " + text.length() + " characters; at most "
                    + MAX_TEXT_LENGTH + " are allowed, a few paragraphs");
        }
        if (pace != null && !(pace > 0 && pace <= 1000)) {
            throw new IllegalArgumentException("the pace must be from above 0 to 1000 steps per second, got "
                    + pace);
        }
        shownControls = shownControls.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shownControls));
    }
}

package org.stepwise.ui.lesson;

import java.io.IOException;

/**
 * A lesson file that cannot be opened. The message names the file and says
 * what was expected and what was found, ready to show to a teacher as it is.
 */
public final class LessonFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public LessonFormatException(String source, String problem) {
        super(source + ": " + problem);
    }

    public LessonFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

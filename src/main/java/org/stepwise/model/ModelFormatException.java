package org.stepwise.model;

import java.io.IOException;

/**
 * A model file whose content is not a Stepwise model Stepwise can open:
 * not JSON, another format, a newer version, or values that do not fit
 * together.
 *
 * <p>The message starts with the file's name and then says what was expected
 * and what was found, so it can be shown to a user as it is.
 */
public final class ModelFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * @param source  the file's path or display name
     * @param problem what was expected and what was found
     */
    public ModelFormatException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    /**
     * @param source  the file's path or display name
     * @param problem what was expected and what was found
     * @param cause   the lower-level failure, such as a JSON parse error
     */
    public ModelFormatException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
    }

    /** @return the path or display name of the file that was refused */
    public String source() {
        return source;
    }
}

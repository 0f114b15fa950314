package org.stepwise.data;

import java.io.IOException;

/**
 * An IDX file (or stream) whose content is not what the reader expected:
 * a wrong magic number, byte order, dimension, size or label, a truncated
 * header or body, or a damaged gzip stream.
 *
 * <p>The message always starts with the file's name and then says what was
 * expected and what was found, so it can be shown to a user as it is.
 */
public final class IdxFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * @param source  the file's path or display name
     * @param problem what was expected and what was found
     */
    public IdxFormatException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    /**
     * @param source  the file's path or display name
     * @param problem what was expected and what was found
     * @param cause   the lower-level failure, such as a {@code ZipException}
     */
    public IdxFormatException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
    }

    /** @return the path or display name of the file that was rejected */
    public String source() {
        return source;
    }
}

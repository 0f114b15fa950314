package org.stepwise.data;

import java.io.IOException;

/**
 * A shipped data file whose SHA-256 sum differs from the one listed in the
 * {@code SHA256SUMS} file beside it: the file was damaged or replaced.
 *
 * <p>The message names the file, gives both sums in lower-case hex and says
 * how to get a good copy back.
 */
public final class ChecksumMismatchException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String expected;
    private final String found;

    /**
     * @param source   the file's path or display name
     * @param expected the SHA-256 sum listed in {@code SHA256SUMS}, hex
     * @param found    the SHA-256 sum of the bytes actually read, hex
     */
    public ChecksumMismatchException(String source, String expected,
            String found) {
        super(source + ": SHA-256 expected " + expected
                + " (from SHA256SUMS) but found " + found
                + "; the file is damaged or was changed."
                + " Download it again, or restore assets/mnist"
                + " from a fresh clone of Stepwise.");
        this.source = source;
        this.expected = expected;
        this.found = found;
    }

    /** @return the path or display name of the file that failed the check */
    public String source() {
        return source;
    }

    /** @return the sum listed in {@code SHA256SUMS}, lower-case hex */
    public String expected() {
        return expected;
    }

    /** @return the sum of the bytes read, lower-case hex */
    public String found() {
        return found;
    }
}

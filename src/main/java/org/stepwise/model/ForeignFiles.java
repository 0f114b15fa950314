package org.stepwise.model;

import java.io.BufferedInputStream;
import java.io.IOException;

/**
 * Names common non-JSON files from their first bytes, so that opening a
 * picture or an archive as a model says what it is instead of quoting a JSON
 * parse error.
 */
final class ForeignFiles {

    private static final int LOOKAHEAD = 8;

    private ForeignFiles() {
    }

    /**
     * Peeks at the stream's first bytes and resets it.
     *
     * @return "a PNG image", "a JPEG image" and so on, or null when the start
     *         could be JSON or is not one of the known kinds
     */
    static String recognize(BufferedInputStream in) throws IOException {
        in.mark(LOOKAHEAD);
        byte[] start = in.readNBytes(LOOKAHEAD);
        in.reset();

        if (startsWith(start, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(start, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(start, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(start, 0x1F, 0x8B)) {
            return "a gzip file (MNIST's IDX files are gzipped; a model file is plain JSON)";
        }
        if (startsWith(start, 'P', 'K', 0x03, 0x04)) {
            return "a zip or jar file";
        }
        if (startsWith(start, 0xAC, 0xED)) {
            return "a Java serialization stream";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

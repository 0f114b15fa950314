package org.stepwise.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tiny IDX files, well-formed or broken, and message checks for the data tests. */
final class IdxFixtures {

    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;

    private IdxFixtures() {
    }

    /** Each generated image's value at pixel {@code p}: varied, 255 at p = 0 of image 0. */
    static int pixelValue(int image, int p) {
        return (255 - image * 37 + p * 11) & 0xFF;
    }

    /** {@code count} images of {@code rows x columns} following {@link #pixelValue}. */
    static byte[] pixels(int count, int rows, int columns) {
        int pixelCount = rows * columns;
        byte[] pixels = new byte[count * pixelCount];
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < pixelCount; p++) {
                pixels[i * pixelCount + p] = (byte) pixelValue(i, p);
            }
        }
        return pixels;
    }

    /** A well-formed big-endian images file. */
    static byte[] imagesFile(int count, int rows, int columns) {
        return idx(IMAGES_MAGIC, new int[] {count, rows, columns},
                pixels(count, rows, columns));
    }

    /** A well-formed big-endian labels file. */
    static byte[] labelsFile(int... labels) {
        byte[] data = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            data[i] = (byte) labels[i];
        }
        return idx(LABELS_MAGIC, new int[] {labels.length}, data);
    }

    /** A header (magic, sizes) in the given byte order followed by the data. */
    static byte[] idx(int magic, int[] sizes, byte[] data, ByteOrder order) {
        ByteBuffer bytes = ByteBuffer.allocate(4 + 4 * sizes.length + data.length)
                .order(order);
        bytes.putInt(magic);
        for (int size : sizes) {
            bytes.putInt(size);
        }
        bytes.put(data);
        return bytes.array();
    }

    static byte[] idx(int magic, int[] sizes, byte[] data) {
        return idx(magic, sizes, data, ByteOrder.BIG_ENDIAN);
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    static byte[] firstBytes(byte[] content, int length) {
        return Arrays.copyOf(content, length);
    }

    static Path write(Path directory, String name, byte[] content) {
        try {
            return Files.write(directory.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that the message holds each part: file name, expected, found. */
    static void assertMessageNames(Throwable thrown, String... parts) {
        String message = thrown.getMessage();
        for (String part : parts) {
            assertTrue(message.contains(part),
                    () -> "expected '" + part + "' in the message: " + message);
        }
    }
}

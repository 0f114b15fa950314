package org.stepwise.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads unsigned-byte IDX files, the format MNIST and Fashion-MNIST use.
 *
 * <p>An IDX file starts with a big-endian header: two zero bytes, a type
 * byte ({@code 0x08} for unsigned bytes, the only type read here), a byte
 * giving the number of dimensions, then each dimension's size as a
 * big-endian 32-bit integer. The data follows, one byte per value, last
 * dimension fastest. Images have three dimensions (count, rows, columns),
 * labels one (count).
 *
 * <p>Input may be raw or gzip-compressed; compression is detected from the
 * content (the gzip magic {@code 0x1f 0x8b}), never from the file name. This
 * is unambiguous because a raw IDX file always starts with {@code 0x00}.
 *
 * <p>Every problem is reported as an {@link IOException} whose message names
 * the file and gives the expected and the found value: a missing file
 * ({@link NoSuchFileException}), and a truncated header or body, a wrong
 * magic number, a little-endian header, an unexpected dimension count, bytes
 * beyond what the dimensions describe, a label outside 0..9 and a damaged
 * gzip stream ({@link IdxFormatException}).
 */
public final class IdxReader {

    /** Labels are digits (or Fashion-MNIST's ten classes): 0..9. */
    public static final int LABEL_COUNT = 10;

    private static final int UNSIGNED_BYTE = 0x08;
    private static final int GZIP_MAGIC_0 = 0x1f;
    private static final int GZIP_MAGIC_1 = 0x8b;
    private static final int BUFFER_SIZE = 1 << 16;

    // The largest array HotSpot reliably allocates.
    private static final long MAX_DATA_BYTES = Integer.MAX_VALUE - 8;

    private IdxReader() {
    }

    /**
     * Images read from an IDX file: {@code count} images of
     * {@code rows x columns} unsigned bytes.
     *
     * @param name    the file's path or display name, for messages
     * @param count   the number of images, at least 0
     * @param rows    pixel rows per image, at least 0
     * @param columns pixel columns per image, at least 0
     * @param pixels  {@code count * rows * columns} unsigned bytes, image
     *                after image, each row-major (0 = background, 255 = ink
     *                for MNIST). The reader hands this array over and keeps
     *                no reference; the record does not copy it.
     */
    public record Images(String name, int count, int rows, int columns,
            byte[] pixels) {

        /** Checks that the pixel array holds exactly the described images. */
        public Images {
            if (count < 0 || rows < 0 || columns < 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s: sizes must not be negative, found %d x %d x %d",
                        name, count, rows, columns));
            }
            long expected = (long) count * rows * columns;
            if (pixels.length != expected) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s: expected %d pixel bytes (%d x %d x %d) but found %d",
                        name, expected, count, rows, columns, pixels.length));
            }
        }

        /** @return a summary without the pixels: name, count, rows, columns */
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Images[%s: %d x %d x %d]",
                    name, count, rows, columns);
        }
    }

    /**
     * Labels read from an IDX file, one unsigned byte per image, each in
     * 0..9.
     *
     * @param name   the file's path or display name, for messages
     * @param labels the labels in file order. The reader hands this array
     *               over and keeps no reference; the record does not copy it.
     */
    public record Labels(String name, byte[] labels) {

        /** @return the number of labels */
        public int count() {
            return labels.length;
        }

        /** @return a summary without the labels: name and count */
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Labels[%s: %d labels]", name,
                    labels.length);
        }
    }

    /**
     * Reads an images file (magic {@code 0x00000803}), raw or gzipped.
     *
     * @param file the IDX file
     * @return the images, of whatever rows x columns the file gives
     * @throws NoSuchFileException if the file does not exist
     * @throws IdxFormatException  if the content is not an unsigned-byte,
     *                             three-dimensional IDX file of the length its
     *                             header describes
     * @throws IOException         if the file cannot be read
     */
    public static Images readImages(Path file) throws IOException {
        try (InputStream in = open(file, Kind.IMAGES)) {
            return readImages(in, file.toString());
        }
    }

    /**
     * Reads an images file from a stream, raw or gzipped. The stream is read
     * to its end but not closed.
     *
     * @param in   the file's content
     * @param name the file's path or display name, used in messages
     * @return the images, of whatever rows x columns the stream gives
     * @throws IdxFormatException as for {@link #readImages(Path)}
     * @throws IOException        if the stream cannot be read
     */
    public static Images readImages(InputStream in, String name)
            throws IOException {
        Contents contents = read(in, name, Kind.IMAGES);

        int[] sizes = contents.sizes();
        return new Images(name, sizes[0], sizes[1], sizes[2], contents.data());
    }

    /**
     * Reads a labels file (magic {@code 0x00000801}), raw or gzipped.
     *
     * @param file the IDX file
     * @return the labels, each in 0..9
     * @throws NoSuchFileException if the file does not exist
     * @throws IdxFormatException  if the content is not an unsigned-byte,
     *                             one-dimensional IDX file of the length its
     *                             header describes, or a label is above 9
     * @throws IOException         if the file cannot be read
     */
    public static Labels readLabels(Path file) throws IOException {
        try (InputStream in = open(file, Kind.LABELS)) {
            return readLabels(in, file.toString());
        }
    }

    /**
     * Reads a labels file from a stream, raw or gzipped. The stream is read
     * to its end but not closed.
     *
     * @param in   the file's content
     * @param name the file's path or display name, used in messages
     * @return the labels, each in 0..9
     * @throws IdxFormatException as for {@link #readLabels(Path)}
     * @throws IOException        if the stream cannot be read
     */
    public static Labels readLabels(InputStream in, String name)
            throws IOException {
        byte[] labels = read(in, name, Kind.LABELS).data();

        checkLabelRange(labels, name);
        return new Labels(name, labels);
    }

    /** What the caller asked for: the dimension count and how to say it. */
    private enum Kind {
        IMAGES(3, "images"),
        LABELS(1, "labels");

        final int dimensions;
        final String noun;

        Kind(int dimensions, String noun) {
            this.dimensions = dimensions;
            this.noun = noun;
        }

        int magic() {
            return UNSIGNED_BYTE << 8 | dimensions;
        }

        int headerBytes() {
            return 4 + 4 * dimensions;
        }

        String describeMagic() {
            return String.format(Locale.ROOT,
                    "0x%08X (unsigned-byte %s, %d %s)", magic(), noun,
                    dimensions, dimensions == 1 ? "dimension" : "dimensions");
        }
    }

    /** A parsed file: the dimension sizes and the data bytes. */
    private record Contents(int[] sizes, byte[] data) {
    }

    private static InputStream open(Path file, Kind kind) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IdxFormatException(file.toString(),
                    "expected an IDX " + kind.noun + " file but found a directory");
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null,
                    "expected an IDX " + kind.noun + " file but there is none");
        }
    }

    private static Contents read(InputStream in, String name, Kind kind)
            throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, BUFFER_SIZE);
        if (!startsWithGzipMagic(buffered)) {
            return parse(buffered, name, kind);
        }

        try (InputStream gzip = new GZIPInputStream(notClosing(buffered),
                BUFFER_SIZE)) {
            return parse(gzip, name, kind);
        } catch (ZipException | EOFException e) {
            // Our own parsing reports short data itself, without exceptions,
            // so these two can only come from the inflater.
            throw new IdxFormatException(name,
                    "expected a valid gzip stream but it is corrupt or cut short ("
                            + e.getMessage() + ")", e);
        }
    }

    private static boolean startsWithGzipMagic(BufferedInputStream in)
            throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();

        return first == GZIP_MAGIC_0 && second == GZIP_MAGIC_1;
    }

    /** Lets us close the gzip wrapper, freeing its inflater, not the caller's stream. */
    private static InputStream notClosing(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // The caller opened the stream and closes it.
            }
        };
    }

    private static Contents parse(InputStream in, String name, Kind kind)
            throws IOException {
        byte[] magic = new byte[4];
        int found = readUpTo(in, magic, 0, 4);
        if (found < 4) {
            throw truncatedHeader(name, kind, found);
        }
        checkMagic(magic, name, kind);

        int[] sizes = readSizes(in, name, kind);
        long dataBytes = checkedProduct(sizes, name);

        byte[] data = new byte[(int) dataBytes];
        int dataFound = readUpTo(in, data, 0, data.length);
        if (dataFound < data.length) {
            throw new IdxFormatException(name, String.format(Locale.ROOT,
                    "data is truncated: expected %s after the header (%s)"
                            + " but found %d",
                    count(dataBytes, "byte"), describeSizes(sizes, kind),
                    dataFound));
        }

        checkNothingFollows(in, name, kind, sizes, dataBytes);
        return new Contents(sizes, data);
    }

    private static void checkMagic(byte[] magic, String name, Kind kind)
            throws IdxFormatException {
        int value = bigEndianInt(magic, 0);
        if (value == kind.magic()) {
            return;
        }

        String problem = String.format(Locale.ROOT,
                "expected magic %s but found 0x%08X", kind.describeMagic(), value);
        int swapped = Integer.reverseBytes(value);
        if (looksLikeMagic(swapped)) {
            problem += String.format(Locale.ROOT,
                    ", which is 0x%08X byte-swapped: the header was written"
                            + " little-endian, but IDX headers are big-endian",
                    swapped);
        } else if (looksLikeMagic(value)) {
            problem += " (" + describeFoundMagic(magic) + ")";
        } else {
            problem += "; this is not an IDX file";
        }
        throw new IdxFormatException(name, problem);
    }

    private static boolean looksLikeMagic(int value) {
        int type = value >>> 8 & 0xFF;
        int dimensions = value & 0xFF;
        return value >>> 16 == 0 && typeName(type) != null && dimensions > 0;
    }

    private static String describeFoundMagic(byte[] magic) {
        int type = magic[2] & 0xFF;
        int dimensions = magic[3] & 0xFF;

        String description = String.format(Locale.ROOT, "%s, %d %s",
                typeName(type), dimensions,
                dimensions == 1 ? "dimension" : "dimensions");
        if (type != UNSIGNED_BYTE) {
            return description
                    + "; Stepwise reads only unsigned-byte (0x08) IDX files";
        }
        if (dimensions == 1) {
            return description + "; this looks like a labels file";
        }
        if (dimensions == 3) {
            return description + "; this looks like an images file";
        }
        return description;
    }

    private static String typeName(int type) {
        return switch (type) {
            case 0x08 -> "unsigned byte";
            case 0x09 -> "signed byte";
            case 0x0B -> "16-bit integer";
            case 0x0C -> "32-bit integer";
            case 0x0D -> "32-bit float";
            case 0x0E -> "64-bit float";
            default -> null;
        };
    }

    private static int[] readSizes(InputStream in, String name, Kind kind)
            throws IOException {
        byte[] header = new byte[4 * kind.dimensions];
        int found = readUpTo(in, header, 0, header.length);
        if (found < header.length) {
            throw truncatedHeader(name, kind, 4 + found);
        }

        int[] sizes = new int[kind.dimensions];
        for (int d = 0; d < sizes.length; d++) {
            sizes[d] = bigEndianInt(header, 4 * d);
        }
        return sizes;
    }

    private static long checkedProduct(int[] sizes, String name)
            throws IdxFormatException {
        long product = 1;
        for (int size : sizes) {
            if (size < 0) {
                throw new IdxFormatException(name, String.format(Locale.ROOT,
                        "expected dimension sizes below 2^31 but found %d"
                                + " (header sizes %s)",
                        Integer.toUnsignedLong(size), joinSizes(sizes)));
            }
            product *= size;
            if (product > MAX_DATA_BYTES) {
                throw new IdxFormatException(name, String.format(Locale.ROOT,
                        "expected at most %d data bytes but the header sizes"
                                + " %s describe more",
                        MAX_DATA_BYTES, joinSizes(sizes)));
            }
        }
        return product;
    }

    private static void checkNothingFollows(InputStream in, String name,
            Kind kind, int[] sizes, long dataBytes) throws IOException {
        // Reading on to the end also makes a gzip stream check its CRC.
        long extra = in.transferTo(OutputStream.nullOutputStream());
        if (extra > 0) {
            throw new IdxFormatException(name, String.format(Locale.ROOT,
                    "expected %s after the header (%s) but found %d,"
                            + " %d more than the header describes",
                    count(dataBytes, "byte"), describeSizes(sizes, kind),
                    dataBytes + extra, extra));
        }
    }

    // Limitation (no issue filed): labels above 9, such as EMNIST's letters,
    // are rejected, because Stepwise's networks have exactly ten outputs.
    private static void checkLabelRange(byte[] labels, String name)
            throws IdxFormatException {
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i] & 0xFF;
            if (label >= LABEL_COUNT) {
                throw new IdxFormatException(name, String.format(Locale.ROOT,
                        "expected labels 0..%d but found %d at index %d",
                        LABEL_COUNT - 1, label, i));
            }
        }
    }

    private static IdxFormatException truncatedHeader(String name, Kind kind,
            int found) {
        return new IdxFormatException(name, String.format(Locale.ROOT,
                "header is truncated: expected %d bytes (magic number and %d"
                        + " dimension %s) but found %d",
                kind.headerBytes(), kind.dimensions,
                kind.dimensions == 1 ? "size" : "sizes", found));
    }

    private static String describeSizes(int[] sizes, Kind kind) {
        if (kind == Kind.LABELS) {
            return count(sizes[0], "label");
        }
        return String.format(Locale.ROOT, "%s of %d x %d",
                count(sizes[0], "image"), sizes[1], sizes[2]);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String joinSizes(int[] sizes) {
        StringBuilder joined = new StringBuilder();
        for (int size : sizes) {
            if (joined.length() > 0) {
                joined.append(" x ");
            }
            joined.append(Integer.toUnsignedLong(size));
        }
        return joined.toString();
    }

    /** Reads until {@code length} bytes arrive or the stream ends; returns how many. */
    private static int readUpTo(InputStream in, byte[] buffer, int offset,
            int length) throws IOException {
        int total = 0;
        while (total < length) {
            int n = in.read(buffer, offset + total, length - total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    private static int bigEndianInt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) << 24
                | (bytes[offset + 1] & 0xFF) << 16
                | (bytes[offset + 2] & 0xFF) << 8
                | bytes[offset + 3] & 0xFF;
    }
}

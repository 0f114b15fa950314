package org.stepwise.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * An immutable set of labelled 28x28 grey images: MNIST, Fashion-MNIST or
 * anything else in the same form.
 *
 * <p>Images are indexed {@code 0..size()-1}; pixels within an image are
 * indexed {@code p = row * 28 + column}, {@code 0..783}. Pixels are held as
 * unsigned bytes (784 bytes an image, 47 MB for MNIST's training set) and
 * handed out scaled to {@code 0..1} ({@code value / 255.0}), the input range
 * of Stepwise's networks. Labels are in {@code 0..9}.
 *
 * <p>Instances never change after construction, so any number of threads may
 * read one at the same time.
 */
public final class MnistDataset {

    /** Pixel rows per image. */
    public static final int ROWS = 28;

    /** Pixel columns per image. */
    public static final int COLUMNS = 28;

    /** Pixels per image, {@code ROWS * COLUMNS}: one network input each. */
    public static final int PIXEL_COUNT = ROWS * COLUMNS;

    // Every byte's scaled value, so copying an image is a lookup per pixel.
    private static final double[] SCALED = new double[256];

    static {
        for (int value = 0; value < SCALED.length; value++) {
            SCALED[value] = value / 255.0;
        }
    }

    private final String name;
    private final byte[] pixels;
    private final byte[] labels;

    private MnistDataset(String name, byte[] pixels, byte[] labels) {
        this.name = name;
        this.pixels = pixels;
        this.labels = labels;
    }

    /**
     * Reads an images file and a labels file (each raw or gzipped) and pairs
     * them.
     *
     * @param imagesFile an IDX images file of N x 28 x 28 unsigned bytes
     * @param labelsFile an IDX labels file of N labels in 0..9
     * @return the dataset, named after the two files
     * @throws java.nio.file.NoSuchFileException if either file is missing
     * @throws IdxFormatException if either file is malformed, the images are
     *                            not 28 x 28, there are none, or the two
     *                            counts differ
     * @throws IOException        if a file cannot be read
     */
    public static MnistDataset of(Path imagesFile, Path labelsFile)
            throws IOException {
        IdxReader.Images images = IdxReader.readImages(imagesFile);
        IdxReader.Labels labels = IdxReader.readLabels(labelsFile);

        String name = imagesFile.getFileName() + " + " + labelsFile.getFileName();
        return from(images, labels, name);
    }

    /**
     * Builds a dataset from bytes already in memory, for example a few
     * hand-made images in a test. Both arrays are copied.
     *
     * @param name   a short description used in messages
     * @param pixels {@code n * 784} unsigned bytes, image after image, each
     *               row-major; n must be at least 1
     * @param labels {@code n} labels, each in 0..9
     * @return the dataset
     * @throws IllegalArgumentException if the lengths do not fit each other or
     *                                  a label is above 9
     */
    public static MnistDataset of(String name, byte[] pixels, byte[] labels) {
        Objects.requireNonNull(name, "name");
        if (labels.length == 0) {
            throw new IllegalArgumentException(
                    name + ": expected at least one image but found none");
        }
        if (pixels.length != (long) labels.length * PIXEL_COUNT) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: expected %d pixel bytes (%d labels x %d pixels)"
                            + " but found %d",
                    name, (long) labels.length * PIXEL_COUNT, labels.length,
                    PIXEL_COUNT, pixels.length));
        }
        for (int i = 0; i < labels.length; i++) {
            if ((labels[i] & 0xFF) >= IdxReader.LABEL_COUNT) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s: expected labels 0..9 but found %d at index %d",
                        name, labels[i] & 0xFF, i));
            }
        }

        return new MnistDataset(name, pixels.clone(), labels.clone());
    }

    /**
     * Pairs what the reader returned, without copying: the reader hands its
     * arrays over and keeps no reference.
     */
    static MnistDataset from(IdxReader.Images images, IdxReader.Labels labels,
            String name) throws IdxFormatException {
        if (images.rows() != ROWS || images.columns() != COLUMNS) {
            throw new IdxFormatException(images.name(), String.format(
                    Locale.ROOT,
                    "expected images of %d x %d pixels (Stepwise's networks"
                            + " take %d inputs) but found %d x %d",
                    ROWS, COLUMNS, PIXEL_COUNT, images.rows(), images.columns()));
        }
        if (images.count() != labels.count()) {
            throw new IdxFormatException(images.name(), String.format(
                    Locale.ROOT,
                    "expected as many images as %s has labels (%d)"
                            + " but found %d images",
                    labels.name(), labels.count(), images.count()));
        }
        if (images.count() == 0) {
            throw new IdxFormatException(images.name(),
                    "expected at least one image but found none");
        }

        return new MnistDataset(name, images.pixels(), labels.labels());
    }

    /** @return a short description for messages, such as the two file names */
    public String name() {
        return name;
    }

    /** @return the number of images, at least 1 */
    public int size() {
        return labels.length;
    }

    /** @return pixel rows per image, always {@value #ROWS} */
    public int rows() {
        return ROWS;
    }

    /** @return pixel columns per image, always {@value #COLUMNS} */
    public int columns() {
        return COLUMNS;
    }

    /** @return pixels per image, always {@value #PIXEL_COUNT} */
    public int pixelCount() {
        return PIXEL_COUNT;
    }

    /**
     * @param index the image, {@code 0..size()-1}
     * @return its label, {@code 0..9}
     * @throws IndexOutOfBoundsException if the index is outside the set
     */
    public int label(int index) {
        return labels[Objects.checkIndex(index, labels.length)];
    }

    /**
     * @param index the image, {@code 0..size()-1}
     * @param p     the pixel, {@code row * 28 + column}, {@code 0..783}
     * @return the pixel's value scaled to {@code 0..1} ({@code value / 255.0})
     * @throws IndexOutOfBoundsException if either index is out of range
     */
    public double pixel(int index, int p) {
        return SCALED[rawPixel(index, p)];
    }

    /**
     * @param index the image, {@code 0..size()-1}
     * @param p     the pixel, {@code row * 28 + column}, {@code 0..783}
     * @return the pixel's stored value, {@code 0..255}
     * @throws IndexOutOfBoundsException if either index is out of range
     */
    public int rawPixel(int index, int p) {
        Objects.checkIndex(index, labels.length);
        Objects.checkIndex(p, PIXEL_COUNT);

        return pixels[index * PIXEL_COUNT + p] & 0xFF;
    }

    /**
     * Writes one image's 784 pixels, scaled to {@code 0..1}, into
     * {@code destination[offset + p * stride]} for {@code p = 0..783}.
     *
     * <p>With a row-major {@code 784 x B} matrix (one column per sample),
     * {@code offset = column} and {@code stride = B} fill that column; with
     * {@code stride = 1} the pixels land side by side.
     *
     * @param index       the image, {@code 0..size()-1}
     * @param destination the array to write into; other entries are untouched
     * @param offset      where pixel 0 goes, at least 0
     * @param stride      the distance between consecutive pixels, at least 1
     * @throws IndexOutOfBoundsException if the index is outside the set
     * @throws IllegalArgumentException  if the offset or stride is out of
     *                                   range or the last pixel would fall
     *                                   beyond the array
     */
    public void copyImage(int index, double[] destination, int offset,
            int stride) {
        Objects.checkIndex(index, labels.length);
        checkDestination(destination.length, offset, stride);

        int source = index * PIXEL_COUNT;
        int target = offset;
        for (int p = 0; p < PIXEL_COUNT; p++) {
            destination[target] = SCALED[pixels[source + p] & 0xFF];
            target += stride;
        }
    }

    private static void checkDestination(int length, int offset, int stride) {
        if (offset < 0 || stride < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "expected offset >= 0 and stride >= 1 but found offset %d,"
                            + " stride %d",
                    offset, stride));
        }
        long last = offset + (long) (PIXEL_COUNT - 1) * stride;
        if (last >= length) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "destination too short: offset %d and stride %d put the"
                            + " last pixel at %d, expected a length of at"
                            + " least %d but found %d",
                    offset, stride, last, last + 1, length));
        }
    }

    /** @return the name, size and image shape, for logs */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "MnistDataset[%s: %d images of %d x %d]",
                name, labels.length, ROWS, COLUMNS);
    }
}

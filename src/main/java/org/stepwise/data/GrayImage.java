package org.stepwise.data;

import java.util.Arrays;
import java.util.Locale;

/**
 * A grey picture of any size: a canvas, a photo or a scan, before it is
 * prepared for a network.
 *
 * <p>Values are brightness from 0 (black) to 1 (white), row-major:
 * the pixel in column {@code x} and row {@code y} is
 * {@code brightness[y * width + x]}. Which tone is ink is not stored here;
 * {@link DigitPreprocessor} decides that from the picture.
 *
 * <p>Immutable: the array is copied in and out, so an image may be handed
 * to another thread.
 *
 * @param width      pixels per row, at least 1
 * @param height     rows, at least 1
 * @param brightness {@code width * height} values in 0..1
 */
public record GrayImage(int width, int height, double[] brightness) {

    /**
     * Checks the sizes and values and copies the array.
     *
     * @throws IllegalArgumentException if a size is below 1, the array's
     *                                  length is not {@code width * height},
     *                                  or a value is outside 0..1 or NaN
     */
    public GrayImage {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "expected an image of at least 1 x 1 pixels but found %d x %d",
                    width, height));
        }
        if (brightness.length != (long) width * height) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "expected %d values for %d x %d pixels but found %d",
                    (long) width * height, width, height, brightness.length));
        }
        brightness = brightness.clone();
        for (int i = 0; i < brightness.length; i++) {
            if (!(brightness[i] >= 0.0 && brightness[i] <= 1.0)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "expected brightness in 0..1 but found %s at x %d, y %d",
                        brightness[i], i % width, i / width));
            }
        }
    }

    /**
     * An image from rows of values, such as a test's drawing.
     *
     * @param rows {@code rows[y][x]}, brightness in 0..1; every row as long
     *             as the first, at least one of each
     * @throws IllegalArgumentException if the rows differ in length or a
     *                                  value is out of range
     */
    public static GrayImage of(double[][] rows) {
        if (rows.length == 0 || rows[0].length == 0) {
            throw new IllegalArgumentException(
                    "expected at least one row of at least one value but found none");
        }
        int width = rows[0].length;
        double[] brightness = new double[rows.length * width];
        for (int y = 0; y < rows.length; y++) {
            if (rows[y].length != width) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "expected every row to hold %d values like row 0"
                                + " but row %d holds %d",
                        width, y, rows[y].length));
            }
            System.arraycopy(rows[y], 0, brightness, y * width, width);
        }
        return new GrayImage(width, rows.length, brightness);
    }

    /**
     * An image from packed ARGB pixels, the form both
     * {@code java.awt.image.BufferedImage.getRGB} and JavaFX's
     * {@code PixelReader.getPixels} with {@code PixelFormat.getIntArgbInstance()}
     * give, so the window can pass its canvas without any AWT type.
     *
     * <p>Colour becomes brightness by the Rec. 601 luma weights
     * (0.299 R + 0.587 G + 0.114 B). Transparent pixels are laid over a
     * backdrop that contrasts with the opaque ones: white behind dark
     * strokes, black behind light strokes, so that a stroke on a transparent
     * canvas stays visible whatever its colour.
     *
     * @param width  pixels per row, at least 1
     * @param height rows, at least 1
     * @param argb   {@code width * height} pixels, row-major, alpha in the
     *               top byte
     * @throws IllegalArgumentException if the sizes do not fit the array
     */
    public static GrayImage fromArgb(int width, int height, int[] argb) {
        if (width < 1 || height < 1 || argb.length != (long) width * height) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "expected %d ARGB pixels for %d x %d but found %d",
                    Math.max(0L, (long) width * height), width, height, argb.length));
        }
        double backdrop = contrastingBackdrop(argb);

        double[] brightness = new double[argb.length];
        for (int i = 0; i < argb.length; i++) {
            double alpha = (argb[i] >>> 24) / 255.0;
            double luma = luma(argb[i]);
            brightness[i] = clamp(alpha * luma + (1.0 - alpha) * backdrop);
        }
        return new GrayImage(width, height, brightness);
    }

    /** The brightness of column {@code x}, row {@code y}, in 0..1. */
    public double brightness(int x, int y) {
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new IndexOutOfBoundsException(String.format(Locale.ROOT,
                    "pixel (%d, %d) outside %d x %d", x, y, width, height));
        }
        return brightness[y * width + x];
    }

    /** A copy of the row-major values. */
    @Override
    public double[] brightness() {
        return brightness.clone();
    }

    /** The same image with black and white swapped: {@code 1 - v} for each value. */
    public GrayImage inverted() {
        double[] inverse = new double[brightness.length];
        for (int i = 0; i < inverse.length; i++) {
            inverse[i] = 1.0 - brightness[i];
        }
        return new GrayImage(width, height, inverse);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GrayImage image && image.width == width
                && image.height == height
                && Arrays.equals(image.brightness, brightness);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(brightness);
    }

    /** The size only, for logs. */
    @Override
    public String toString() {
        return "GrayImage[" + width + " x " + height + "]";
    }

    /**
     * White unless the opaque pixels are mostly light; with no transparency
     * at all the backdrop never shows, so its tone does not matter.
     */
    private static double contrastingBackdrop(int[] argb) {
        double lumaSum = 0.0;
        long opaque = 0;
        for (int pixel : argb) {
            if ((pixel >>> 24) >= 128) {
                lumaSum += luma(pixel);
                opaque++;
            }
        }
        return opaque > 0 && lumaSum / opaque > 0.5 ? 0.0 : 1.0;
    }

    private static double luma(int pixel) {
        int red = (pixel >> 16) & 0xFF;
        int green = (pixel >> 8) & 0xFF;
        int blue = pixel & 0xFF;
        return (0.299 * red + 0.587 * green + 0.114 * blue) / 255.0;
    }

    // Rounding in the weighted sum can land a hair outside 0..1.
    private static double clamp(double value) {
        return Math.min(1.0, Math.max(0.0, value));
    }
}

package org.stepwise.ui;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Small square pictures (a 28 x 28 digit, one unit's weights) drawn large,
 * each value a block of scale x scale screen pixels.
 *
 * <p>The blocks are written into the image itself rather than left to
 * {@code ImageView.setSmooth(false)}, which not every JavaFX pipeline
 * honours, so the pixels stay sharp squares wherever the window runs.
 */
public final class PixelImages {

    private static final int OPAQUE = 0xFF000000;

    private PixelImages() {
    }

    /**
     * Values from 0 (black) to 1 (white), row by row, as opaque grey ARGB;
     * values outside 0..1 are clamped.
     */
    public static int[] gray(double[] values) {
        int[] argb = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            int level = (int) Math.round(255 * Math.min(1, Math.max(0, values[i])));
            argb[i] = OPAQUE | level << 16 | level << 8 | level;
        }
        return argb;
    }

    /** A new image of side x side ARGB pixels, each drawn as a scale x scale block. */
    public static WritableImage magnified(int[] argb, int side, int scale) {
        WritableImage image = new WritableImage(side * scale, side * scale);
        writeMagnified(image, argb, side, scale);
        return image;
    }

    /**
     * Writes side x side ARGB pixels into an image of side * scale pixels a
     * side, each as a scale x scale block.
     *
     * @throws IllegalArgumentException if the sizes do not fit together
     */
    public static void writeMagnified(WritableImage image, int[] argb, int side, int scale) {
        int large = side * scale;
        if (argb.length != side * side || image.getWidth() != large || image.getHeight() != large) {
            throw new IllegalArgumentException("expected " + side * side + " pixels for an image of "
                    + large + " x " + large + ", got " + argb.length + " for "
                    + (int) image.getWidth() + " x " + (int) image.getHeight());
        }
        int[] blocks = new int[large * large];
        for (int y = 0; y < large; y++) {
            int row = y / scale * side;
            for (int x = 0; x < large; x++) {
                blocks[y * large + x] = argb[row + x / scale];
            }
        }
        image.getPixelWriter().setPixels(0, 0, large, large, PixelFormat.getIntArgbInstance(),
                blocks, 0, large);
    }
}

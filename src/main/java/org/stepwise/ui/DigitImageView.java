package org.stepwise.ui;

import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;

/**
 * A 28 x 28 digit as the network is given it, white ink on black, drawn
 * large with sharp square pixels. Black while there is no digit.
 */
public final class DigitImageView extends ImageView {

    /** The side of a digit in pixels, as in MNIST. */
    public static final int SIDE = 28;

    private final int scale;
    private final WritableImage image;
    private double[] pixels;

    /** @param scale screen pixels per digit pixel, at least 1 */
    public DigitImageView(int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("the scale must be at least 1, got " + scale);
        }
        this.scale = scale;
        image = new WritableImage(SIDE * scale, SIDE * scale);
        setImage(image);
        setSmooth(false);
        setPixels(null);
    }

    /**
     * Shows a digit.
     *
     * @param values 784 values from 0 (background) to 1 (ink), row by row, or null for none
     */
    public void setPixels(double[] values) {
        if (values != null && values.length != SIDE * SIDE) {
            throw new IllegalArgumentException("expected " + SIDE * SIDE + " pixels, got "
                    + values.length);
        }
        pixels = values == null ? null : values.clone();
        double[] shown = values == null ? new double[SIDE * SIDE] : values;
        PixelImages.writeMagnified(image, PixelImages.gray(shown), SIDE, scale);
    }

    /** The digit shown, or null while there is none. */
    public double[] getPixels() {
        return pixels == null ? null : pixels.clone();
    }

    public int getScale() {
        return scale;
    }
}

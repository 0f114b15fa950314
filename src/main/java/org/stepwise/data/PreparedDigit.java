package org.stepwise.data;

import java.util.Objects;

/**
 * What {@link DigitPreprocessor} made of a picture: a 28x28 input in MNIST's
 * form, or nothing when the picture holds no ink.
 *
 * <p>Check {@link #isEmpty()} first: an empty result has no pixels, and
 * a network should read nothing from it. {@link #hint()} is one plain
 * sentence for the user, or the empty string when there is nothing to say.
 */
public final class PreparedDigit {

    /** Which tone the picture's ink had, decided from the picture itself. */
    public enum Polarity {

        /** Dark strokes on a light background: pen on paper, most canvases. */
        DARK_ON_LIGHT,

        /** Light strokes on a dark background: chalk on a board, MNIST itself. */
        LIGHT_ON_DARK
    }

    private final double[] pixels;
    private final Polarity polarity;
    private final String hint;

    private PreparedDigit(double[] pixels, Polarity polarity, String hint) {
        this.pixels = pixels;
        this.polarity = Objects.requireNonNull(polarity, "polarity");
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    /** A digit with its 784 pixels, which it takes over (no copy). */
    static PreparedDigit of(double[] pixels, Polarity polarity, String hint) {
        if (pixels.length != MnistDataset.PIXEL_COUNT) {
            throw new IllegalArgumentException("expected " + MnistDataset.PIXEL_COUNT
                    + " pixels but found " + pixels.length);
        }
        return new PreparedDigit(pixels, polarity, hint);
    }

    /** No digit: the picture held no ink. */
    static PreparedDigit empty(Polarity polarity, String hint) {
        return new PreparedDigit(null, polarity, hint);
    }

    /** True when the picture held no ink, so there is nothing to read. */
    public boolean isEmpty() {
        return pixels == null;
    }

    /**
     * The network's input: 784 values, row-major 28x28 ({@code row * 28 +
     * column}), 0 for background and 1 for full ink, white on black as MNIST.
     * A fresh copy each call.
     *
     * @throws IllegalStateException if the result {@link #isEmpty()}
     */
    public double[] pixels() {
        if (pixels == null) {
            throw new IllegalStateException(
                    "the picture held no ink, so there are no pixels; check isEmpty() first");
        }
        return pixels.clone();
    }

    /** The picture's ink tone; for an empty picture, the tone its background suggests. */
    public Polarity polarity() {
        return polarity;
    }

    /**
     * One sentence for the user, such as why nothing can be read, or that
     * the digit touches the picture's edge; empty when all is well.
     */
    public String hint() {
        return hint;
    }

    @Override
    public String toString() {
        return isEmpty() ? "PreparedDigit[empty: " + hint + "]"
                : "PreparedDigit[28 x 28, " + polarity + "]";
    }
}

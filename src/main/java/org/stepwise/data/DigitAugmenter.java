package org.stepwise.data;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes varied copies of MNIST digits, written the ways people draw: tilted,
 * slanted, stretched, with thicker or thinner strokes. Each copy then goes
 * through {@link DigitPreprocessor}, exactly as a drawn digit does, and is
 * shifted by up to a pixel, so a network trained on the copies sees what the
 * canvas will show it.
 *
 * <p>One copy: the 28x28 digit is mapped by a random affine transform
 * (rotation, shear, a separate stretch along each axis) into a 40x40 field
 * with bilinear sampling; its strokes are thickened by a grey dilation or
 * thinned by a grey erosion, blended by a random amount; then it is prepared
 * and shifted. Randomness comes only from the {@link SplittableRandom}
 * passed in, so copies repeat exactly for a seed.
 *
 * <p>Instances hold no state between calls and may be shared between threads,
 * each with its own random stream.
 */
public final class DigitAugmenter {

    private static final int SIDE = MnistDataset.ROWS;
    private static final int WORK = 40;

    // A diagonal neighbour lies 1.41 pixels away; weighting it down makes the
    // dilation's footprint rounder than a square.
    private static final double DIAGONAL_WEIGHT = 0.6;

    /**
     * How far copies may stray from the original. Every range is symmetric
     * around "unchanged" except stroke width, which has its own two limits.
     *
     * @param maxRotationDegrees tilt, uniform in +-this many degrees, 0..45
     * @param maxShear           horizontal slant x += k y, k uniform in +-this, 0..1
     * @param maxStretch         each axis scaled by 1 + u, u uniform in +-this, 0..0.5
     * @param maxThicken         strokes grown by up to this many pixels on each side
     *                           (at 28x28), 0..2
     * @param maxThin            strokes eroded by up to this share of one pixel on each
     *                           side, 0..1
     * @param maxShift           whole pixels the prepared digit is moved along each axis,
     *                           uniform in -this..this, 0..3
     */
    public record Settings(double maxRotationDegrees, double maxShear, double maxStretch,
            double maxThicken, double maxThin, int maxShift) {

        /** Checks every limit against its range. */
        public Settings {
            requireRange("the rotation", maxRotationDegrees, 45.0);
            requireRange("the shear", maxShear, 1.0);
            requireRange("the stretch", maxStretch, 0.5);
            requireRange("the thickening", maxThicken, 2.0);
            requireRange("the thinning", maxThin, 1.0);
            requireRange("the shift", maxShift, 3.0);
        }

        /**
         * Stepwise's choice for drawn digits: +-12 degrees, slant +-0.2,
         * stretch +-15 %, strokes up to 1.2 pixels thicker or 0.7 of a pixel
         * thinner, shifts of up to 1 pixel.
         */
        public static Settings forDrawing() {
            return new Settings(12.0, 0.2, 0.15, 1.2, 0.7, 1);
        }

        private static void requireRange(String name, double value, double maximum) {
            if (!(value >= 0.0 && value <= maximum)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s limit must be in 0..%s, got %s", name, maximum, value));
            }
        }

        /** The limits in one line, for logs and a saved model's history. */
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "rotation +-%.0f deg, shear +-%.2f, stretch +-%.0f%%,"
                    + " strokes +%.1f/-%.1f px, shift +-%d px", maxRotationDegrees, maxShear,
                    100 * maxStretch, maxThicken, maxThin, maxShift);
        }
    }

    private final Settings settings;
    private final DigitPreprocessor preprocessor;

    /** An augmenter that prepares its copies with the default {@link DigitPreprocessor}. */
    public DigitAugmenter(Settings settings) {
        this.settings = settings;
        this.preprocessor = new DigitPreprocessor();
    }

    public Settings settings() {
        return settings;
    }

    /**
     * One varied copy of a digit.
     *
     * @param digit  784 values in 0..1, white on black, row-major 28x28, as
     *               {@link MnistDataset#copyImage} gives; not changed
     * @param random the stream every random choice is drawn from
     * @return 784 new values in the same form; the digit itself, prepared,
     *         if a transform happened to leave no ink
     * @throws IllegalArgumentException if the digit is not 784 values
     */
    public double[] augment(double[] digit, SplittableRandom random) {
        if (digit.length != MnistDataset.PIXEL_COUNT) {
            throw new IllegalArgumentException("expected " + MnistDataset.PIXEL_COUNT
                    + " pixels but found " + digit.length);
        }
        double[] warped = warp(digit, random);
        double[] stroked = changeStrokeWidth(warped, random);

        PreparedDigit prepared = preprocessor.prepare(asPicture(stroked, WORK));
        if (prepared.isEmpty()) {
            prepared = preprocessor.prepare(asPicture(digit, SIDE));
        }
        return prepared.isEmpty() ? digit.clone() : shift(prepared.pixels(), random);
    }

    /** Maps the digit into the work field by rotation, shear and stretch about the centres. */
    private double[] warp(double[] digit, SplittableRandom random) {
        double angle = Math.toRadians(symmetric(random, settings.maxRotationDegrees()));
        double shear = symmetric(random, settings.maxShear());
        double sx = 1.0 + symmetric(random, settings.maxStretch());
        double sy = 1.0 + symmetric(random, settings.maxStretch());

        // Forward map A = R(angle) H(shear) S(sx, sy); sampling needs A's inverse.
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double a = cos * sx;
        double b = (cos * shear - sin) * sy;
        double c = sin * sx;
        double d = (sin * shear + cos) * sy;
        double determinant = a * d - b * c;

        double[] out = new double[WORK * WORK];
        double center = (SIDE - 1) / 2.0;
        double workCenter = (WORK - 1) / 2.0;
        for (int v = 0; v < WORK; v++) {
            for (int u = 0; u < WORK; u++) {
                double du = u - workCenter;
                double dv = v - workCenter;
                double x = (d * du - b * dv) / determinant + center;
                double y = (-c * du + a * dv) / determinant + center;
                out[v * WORK + u] = bilinear(digit, x, y);
            }
        }
        return out;
    }

    /** The digit's value between pixel centres, 0 outside it. */
    private static double bilinear(double[] digit, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        return (1 - fy) * ((1 - fx) * at(digit, x0, y0) + fx * at(digit, x0 + 1, y0))
                + fy * ((1 - fx) * at(digit, x0, y0 + 1) + fx * at(digit, x0 + 1, y0 + 1));
    }

    private static double at(double[] digit, int x, int y) {
        return x < 0 || y < 0 || x >= SIDE || y >= SIDE ? 0.0 : digit[y * SIDE + x];
    }

    /**
     * Thickens by a random share of up to {@code maxThicken} dilations, or
     * thins by a random share of one erosion, with equal chance.
     */
    private double[] changeStrokeWidth(double[] field, SplittableRandom random) {
        boolean thicken = random.nextBoolean();
        double amount = random.nextDouble() * (thicken ? settings.maxThicken() : settings.maxThin());
        double[] result = field;
        while (amount > 0.0) {
            double[] moved = thicken ? dilate(result) : erode(result);
            double share = Math.min(1.0, amount);
            for (int i = 0; i < result.length; i++) {
                moved[i] = result[i] + share * (moved[i] - result[i]);
            }
            result = moved;
            amount -= 1.0;
        }
        return result;
    }

    /** Grey dilation over 3 x 3 with the diagonals weighted down. */
    private static double[] dilate(double[] field) {
        double[] out = new double[field.length];
        for (int y = 0; y < WORK; y++) {
            for (int x = 0; x < WORK; x++) {
                double best = 0.0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < WORK && ny < WORK) {
                            double weight = dx != 0 && dy != 0 ? DIAGONAL_WEIGHT : 1.0;
                            best = Math.max(best, weight * field[ny * WORK + nx]);
                        }
                    }
                }
                out[y * WORK + x] = best;
            }
        }
        return out;
    }

    /** Grey erosion over the pixel and its four edge neighbours. */
    private static double[] erode(double[] field) {
        double[] out = new double[field.length];
        for (int y = 0; y < WORK; y++) {
            for (int x = 0; x < WORK; x++) {
                double least = field[y * WORK + x];
                least = Math.min(least, x > 0 ? field[y * WORK + x - 1] : 0.0);
                least = Math.min(least, x < WORK - 1 ? field[y * WORK + x + 1] : 0.0);
                least = Math.min(least, y > 0 ? field[(y - 1) * WORK + x] : 0.0);
                least = Math.min(least, y < WORK - 1 ? field[(y + 1) * WORK + x] : 0.0);
                out[y * WORK + x] = least;
            }
        }
        return out;
    }

    /** Moves the prepared digit by whole pixels, filling with background. */
    private double[] shift(double[] prepared, SplittableRandom random) {
        int limit = settings.maxShift();
        int dx = limit == 0 ? 0 : random.nextInt(-limit, limit + 1);
        int dy = limit == 0 ? 0 : random.nextInt(-limit, limit + 1);
        if (dx == 0 && dy == 0) {
            return prepared;
        }
        double[] out = new double[prepared.length];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                int sx = x - dx;
                int sy = y - dy;
                if (sx >= 0 && sy >= 0 && sx < SIDE && sy < SIDE) {
                    out[y * SIDE + x] = prepared[sy * SIDE + sx];
                }
            }
        }
        return out;
    }

    /** White-on-black values as a picture: brightness is the ink itself. */
    private static GrayImage asPicture(double[] field, int side) {
        double[] brightness = new double[field.length];
        for (int i = 0; i < field.length; i++) {
            brightness[i] = Math.min(1.0, Math.max(0.0, field[i]));
        }
        return new GrayImage(side, side, brightness);
    }

    private static double symmetric(SplittableRandom random, double limit) {
        return limit == 0.0 ? 0.0 : random.nextDouble(-limit, limit);
    }
}

package org.stepwise.testing;

import java.util.Locale;

/** Comparisons of 28x28 network inputs (784 values, row-major), for the tests. */
public final class Fields {

    private static final int SIDE = 28;

    private Fields() {
    }

    /** How closely two inputs agree once the second is shifted by (dx, dy) whole pixels. */
    public record Comparison(int dx, int dy, double maxDifference, double meanDifference) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "shift (%d, %d): max difference %.3f, mean %.4f", dx, dy,
                    maxDifference, meanDifference);
        }
    }

    /**
     * The shift of {@code b} by at most {@code maxShift} pixels each way that
     * makes it agree best with {@code a} (least mean absolute difference),
     * pixels shifted in from outside counting as 0.
     */
    public static Comparison bestShift(double[] a, double[] b, int maxShift) {
        Comparison best = null;
        for (int dy = -maxShift; dy <= maxShift; dy++) {
            for (int dx = -maxShift; dx <= maxShift; dx++) {
                Comparison c = compare(a, b, dx, dy);
                if (best == null || c.meanDifference() < best.meanDifference()) {
                    best = c;
                }
            }
        }
        return best;
    }

    private static Comparison compare(double[] a, double[] b, int dx, int dy) {
        double max = 0.0;
        double sum = 0.0;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                int sx = x - dx;
                int sy = y - dy;
                double shifted = sx < 0 || sy < 0 || sx >= SIDE || sy >= SIDE ? 0.0 : b[sy * SIDE + sx];
                double difference = Math.abs(a[y * SIDE + x] - shifted);
                max = Math.max(max, difference);
                sum += difference;
            }
        }
        return new Comparison(dx, dy, max, sum / (SIDE * SIDE));
    }

    /**
     * How far apart two inputs' strokes lie: the largest distance, in whole
     * pixels (a diagonal step counts as one), from a pixel of at least
     * {@code level} in either input to the nearest such pixel in the other.
     * 0 when the strokes cover the same pixels; 1 when every stroke pixel of
     * each has one of the other's within a pixel.
     */
    public static int strokeDistance(double[] a, double[] b, double level) {
        return Math.max(directedDistance(a, b, level), directedDistance(b, a, level));
    }

    private static int directedDistance(double[] from, double[] to, double level) {
        int worst = 0;
        for (int p = 0; p < from.length; p++) {
            if (from[p] >= level) {
                worst = Math.max(worst, nearest(to, p % SIDE, p / SIDE, level));
            }
        }
        return worst;
    }

    private static int nearest(double[] pixels, int x, int y, double level) {
        for (int r = 0; r < SIDE; r++) {
            for (int dy = -r; dy <= r; dy++) {
                for (int dx = -r; dx <= r; dx++) {
                    int nx = x + dx;
                    int ny = y + dy;
                    if (nx >= 0 && ny >= 0 && nx < SIDE && ny < SIDE && pixels[ny * SIDE + nx] >= level) {
                        return r;
                    }
                }
            }
        }
        return SIDE;
    }

    /** {x, y, width, height} of the pixels above 0. */
    public static int[] inkBounds(double[] pixels) {
        int minX = SIDE;
        int minY = SIDE;
        int maxX = -1;
        int maxY = -1;
        for (int p = 0; p < pixels.length; p++) {
            if (pixels[p] > 0.0) {
                minX = Math.min(minX, p % SIDE);
                maxX = Math.max(maxX, p % SIDE);
                minY = Math.min(minY, p / SIDE);
                maxY = Math.max(maxY, p / SIDE);
            }
        }
        return new int[] {minX, minY, maxX - minX + 1, maxY - minY + 1};
    }

    /** {column, row} of the centre of mass, in pixel indices. */
    public static double[] centerOfMass(double[] pixels) {
        double mass = 0.0;
        double column = 0.0;
        double row = 0.0;
        for (int p = 0; p < pixels.length; p++) {
            mass += pixels[p];
            column += pixels[p] * (p % SIDE);
            row += pixels[p] * (p / SIDE);
        }
        return new double[] {column / mass, row / mass};
    }
}

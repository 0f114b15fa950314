package org.stepwise.ui.canvas;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Turns what is drawn on the pad into the network's 784 inputs: the canvas
 * is captured and shrunk to 28 x 28 by area averaging, white ink on black
 * giving values from 0 (black) to 1 (white), row by row as in MNIST.
 *
 * <p>Limitation: the digit is not centred or scaled the way MNIST's digits
 * were, so a digit drawn small or in a corner reads worse. That conversion
 * belongs to a separate issue and will replace this class's {@link #read}.
 */
public final class CanvasDigitReader {

    /** The side of the network's input image, in pixels. */
    public static final int SIDE = 28;

    private CanvasDigitReader() {
    }

    /** Captures the canvas (on the FX thread) and shrinks it to 784 inputs. */
    public static double[] read(Canvas canvas) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.BLACK);
        WritableImage image = canvas.snapshot(parameters, null);

        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        return downsample(brightness(image.getPixelReader(), width, height), width, height);
    }

    /**
     * Shrinks a width x height image of values in 0..1 (row-major) to 28 x 28
     * by area averaging: each output pixel is the mean of the input area it
     * covers, partly covered input pixels counting by the share covered.
     */
    public static double[] downsample(double[] image, int width, int height) {
        if (image.length != width * height) {
            throw new IllegalArgumentException("expected " + width + " x " + height + " = "
                    + width * height + " values, got " + image.length);
        }
        Coverage columns = new Coverage(width);
        Coverage rows = new Coverage(height);

        double[] inputs = new double[SIDE * SIDE];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double value = image[y * width + x];
                if (value != 0) {
                    spread(value, rows, y, columns, x, inputs);
                }
            }
        }
        return inputs;
    }

    /** Adds one input pixel's share to each output pixel it overlaps. */
    private static void spread(double value, Coverage rows, int y, Coverage columns, int x,
            double[] inputs) {
        for (int r = rows.first[y]; r <= rows.last[y]; r++) {
            for (int c = columns.first[x]; c <= columns.last[x]; c++) {
                inputs[r * SIDE + c] += value * rows.share(y, r) * columns.share(x, c);
            }
        }
    }

    /**
     * Along one axis of {@code length} input pixels: which output pixels each
     * input pixel overlaps, and by how much of an output pixel's extent, so
     * that each output pixel's shares sum to 1.
     */
    private static final class Coverage {

        private final double scale;
        private final int[] first;
        private final int[] last;

        Coverage(int length) {
            scale = (double) SIDE / length;
            first = new int[length];
            last = new int[length];
            for (int i = 0; i < length; i++) {
                first[i] = (int) Math.floor(i * scale);
                last[i] = Math.min(SIDE - 1, (int) Math.ceil((i + 1) * scale) - 1);
            }
        }

        double share(int input, int output) {
            double start = input * scale;
            double end = start + scale;
            return Math.max(0, Math.min(end, output + 1) - Math.max(start, output));
        }
    }

    private static double[] brightness(PixelReader pixels, int width, int height) {
        double[] values = new double[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                values[y * width + x] = pixels.getColor(x, y).getBrightness();
            }
        }
        return values;
    }
}

package org.stepwise.ui.canvas;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.stepwise.data.DigitPreprocessor;
import org.stepwise.data.GrayImage;
import org.stepwise.data.PreparedDigit;

/**
 * The seam between the pad and the network: captures what is drawn and
 * prepares it with {@link DigitPreprocessor} as MNIST's digits were made
 * (cropped to the ink, fitted into 20 x 20, centred by mass in 28 x 28),
 * so that a digit drawn small, large or off-centre reads as well as one
 * drawn like MNIST's.
 *
 * <p>One reader belongs to one pad and reuses its snapshot buffers; use it
 * on the FX thread.
 */
public final class CanvasDigitReader {

    private static final DigitPreprocessor PREPROCESSOR = new DigitPreprocessor();

    private final SnapshotParameters parameters = new SnapshotParameters();
    private WritableImage snapshot;
    private int[] argb;

    public CanvasDigitReader() {
        parameters.setFill(Color.BLACK);
    }

    /** Captures the canvas and prepares the digit on it; empty, with a hint, when nothing is drawn. */
    public PreparedDigit read(Canvas canvas) {
        int width = (int) canvas.getWidth();
        int height = (int) canvas.getHeight();
        if (snapshot == null || snapshot.getWidth() != width || snapshot.getHeight() != height) {
            snapshot = new WritableImage(width, height);
            argb = new int[width * height];
        }
        canvas.snapshot(parameters, snapshot);
        snapshot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(),
                argb, 0, width);
        return prepare(width, height, argb);
    }

    /**
     * Prepares a picture given as packed ARGB pixels, row by row: the form a
     * snapshot's pixel reader gives.
     */
    public static PreparedDigit prepare(int width, int height, int[] argb) {
        return PREPROCESSOR.prepare(GrayImage.fromArgb(width, height, argb));
    }
}

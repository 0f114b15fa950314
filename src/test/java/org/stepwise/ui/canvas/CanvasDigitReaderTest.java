package org.stepwise.ui.canvas;

import org.junit.jupiter.api.Test;
import org.stepwise.data.PreparedDigit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pad's pixels become MNIST's form: fitted into 20 x 20 and centred, wherever they were drawn. */
class CanvasDigitReaderTest {

    private static final int SIDE = 280;
    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    @Test
    void aSmallDigitInACornerIsCentredAndEnlarged() {
        int[] pad = blackPad();
        fill(pad, 20, 30, 8, 60);

        PreparedDigit digit = CanvasDigitReader.prepare(SIDE, SIDE, pad);

        assertFalse(digit.isEmpty());
        double[] pixels = digit.pixels();
        assertEquals(20, inkRows(pixels), "a bar 60 pixels tall fills the 20-pixel box");
        assertEquals(14, centreRow(pixels), 0.6);
    }

    @Test
    void anEmptyPadGivesNoDigitAndAHint() {
        PreparedDigit digit = CanvasDigitReader.prepare(SIDE, SIDE, blackPad());

        assertTrue(digit.isEmpty());
        assertFalse(digit.hint().isEmpty());
    }

    @Test
    void aDigitTouchingTheEdgeIsReadWithAWarning() {
        int[] pad = blackPad();
        fill(pad, 130, 0, 20, 200);

        PreparedDigit digit = CanvasDigitReader.prepare(SIDE, SIDE, pad);

        assertFalse(digit.isEmpty());
        assertTrue(digit.hint().contains("edge"), digit.hint());
    }

    private static int[] blackPad() {
        int[] pad = new int[SIDE * SIDE];
        java.util.Arrays.fill(pad, BLACK);
        return pad;
    }

    private static void fill(int[] pad, int x, int y, int width, int height) {
        for (int row = y; row < y + height; row++) {
            for (int column = x; column < x + width; column++) {
                pad[row * SIDE + column] = WHITE;
            }
        }
    }

    private static int inkRows(double[] pixels) {
        int rows = 0;
        for (int row = 0; row < 28; row++) {
            for (int column = 0; column < 28; column++) {
                if (pixels[row * 28 + column] > 0) {
                    rows++;
                    break;
                }
            }
        }
        return rows;
    }

    private static double centreRow(double[] pixels) {
        double mass = 0;
        double moment = 0;
        for (int i = 0; i < pixels.length; i++) {
            mass += pixels[i];
            moment += pixels[i] * (i / 28);
        }
        return moment / mass;
    }
}

package org.stepwise.ui.canvas;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CanvasDigitReaderTest {

    @Test
    void averagesTenByTenBlocksOfAPadOf280() {
        double[] pad = new double[280 * 280];
        // Light the top-left 10 x 10 block fully and half of the block to its right.
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 15; x++) {
                pad[y * 280 + x] = 1.0;
            }
        }

        double[] inputs = CanvasDigitReader.downsample(pad, 280, 280);

        assertEquals(1.0, inputs[0], 1e-12);
        assertEquals(0.5, inputs[1], 1e-12);
        assertEquals(0.0, inputs[28], 1e-12);
    }

    @Test
    void countsPartlyCoveredPixelsByTheirShare() {
        // 42 pixels onto 28: each input pixel covers 2/3 of an output pixel.
        double[] pad = new double[42 * 42];
        pad[1 * 42 + 1] = 1.0;

        double[] inputs = CanvasDigitReader.downsample(pad, 42, 42);

        // Input pixel 1 spans output 0.667..1.333: a third in output 0, a third in output 1.
        double ninth = (1.0 / 3) * (1.0 / 3);
        assertEquals(ninth, inputs[0], 1e-12);
        assertEquals(ninth, inputs[1], 1e-12);
        assertEquals(ninth, inputs[28], 1e-12);
        assertEquals(ninth, inputs[29], 1e-12);
    }

    @Test
    void keepsTheMeanBrightness() {
        double[] pad = new double[100 * 100];
        for (int i = 0; i < pad.length; i++) {
            pad[i] = (i * 37 % 101) / 100.0;
        }

        double[] inputs = CanvasDigitReader.downsample(pad, 100, 100);

        assertEquals(mean(pad), mean(inputs), 1e-12);
    }

    @Test
    void rejectsAnImageOfTheWrongSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CanvasDigitReader.downsample(new double[10], 4, 4));

        assertEquals("expected 4 x 4 = 16 values, got 10", e.getMessage());
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}

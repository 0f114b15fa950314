package org.stepwise.ui.canvas;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.stepwise.network.Activation;
import org.stepwise.network.Network;
import org.stepwise.network.WeightInitializer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigitReadingViewModelTest {

    private static Network network(Activation output) {
        return Network.create(new int[] {784, 16, 10}, Activation.RELU, output,
                WeightInitializer.GLOROT_UNIFORM, new SplittableRandom(7));
    }

    private static double[] stroke() {
        double[] pixels = new double[784];
        for (int row = 4; row < 24; row++) {
            pixels[row * 28 + 14] = 1.0;
        }
        return pixels;
    }

    @Test
    void asksForTrainingBeforeAnyNetworkExists() {
        DigitReadingViewModel reading = new DigitReadingViewModel();

        reading.setInputs(stroke());

        assertEquals(DigitReadingViewModel.NO_NETWORK_HINT, reading.getHint());
        assertNull(reading.getOutputs());
        assertEquals(DigitReadingViewModel.NO_DIGIT, reading.getDigit());
    }

    @Test
    void asksForADrawingWhileThePadIsEmpty() {
        DigitReadingViewModel reading = new DigitReadingViewModel();

        reading.setNetwork(network(Activation.SIGMOID));

        assertEquals(DigitReadingViewModel.EMPTY_PAD_HINT, reading.getHint());
        assertNull(reading.getOutputs());
    }

    @Test
    void readsTheDrawingWithTheNetwork() {
        Network network = network(Activation.SIGMOID);
        DigitReadingViewModel reading = new DigitReadingViewModel();

        reading.setNetwork(network);
        reading.setInputs(stroke());

        double[] expected = network.output(stroke());
        assertArrayEquals(expected, reading.getOutputs(), 0.0);
        assertEquals(Network.argMax(expected), reading.getDigit());
        assertEquals("", reading.getHint());
        assertEquals("outputs", reading.getOutputsTitle());
    }

    @Test
    void callsSoftmaxOutputsProbabilities() {
        DigitReadingViewModel reading = new DigitReadingViewModel();

        reading.setNetwork(network(Activation.SOFTMAX));

        assertEquals("probabilities", reading.getOutputsTitle());
    }

    @Test
    void aClearedPadAsksForADrawing() {
        DigitReadingViewModel reading = new DigitReadingViewModel();
        reading.setNetwork(network(Activation.SOFTMAX));
        reading.setInputs(stroke());

        reading.setDrawing(null);

        assertNull(reading.getOutputs());
        assertEquals(DigitReadingViewModel.EMPTY_PAD_HINT, reading.getHint());
    }

    @Test
    void aWarningAboutTheDrawingShowsBesideTheReading() {
        DigitReadingViewModel reading = new DigitReadingViewModel();
        reading.setNetwork(network(Activation.SOFTMAX));
        int[] pad = new int[100 * 100];
        java.util.Arrays.fill(pad, 0xFF000000);
        for (int y = 0; y < 70; y++) {
            pad[y * 100 + 50] = 0xFFFFFFFF;
        }

        reading.setDrawing(CanvasDigitReader.prepare(100, 100, pad));

        assertEquals(10, reading.getOutputs().length);
        assertTrue(reading.getHint().contains("edge"), reading.getHint());
    }

    @Test
    void saysWhatItIsWaitingForWhileNoNetworkExists() {
        DigitReadingViewModel reading = new DigitReadingViewModel();

        reading.noNetworkHintProperty().set("Loading the network that reads digits…");

        assertEquals("Loading the network that reads digits…", reading.getHint());
    }

    @Test
    void readsAgainWhenANewerNetworkArrives() {
        DigitReadingViewModel reading = new DigitReadingViewModel();
        reading.setNetwork(network(Activation.SIGMOID));
        reading.setInputs(stroke());
        double[] before = reading.getOutputs();

        Network newer = Network.create(new int[] {784, 16, 10}, Activation.RELU, Activation.SIGMOID,
                WeightInitializer.GLOROT_UNIFORM, new SplittableRandom(8));
        reading.setNetwork(newer);

        assertArrayEquals(newer.output(stroke()), reading.getOutputs(), 0.0);
        assertFalse(Arrays.equals(before, reading.getOutputs()));
    }
}

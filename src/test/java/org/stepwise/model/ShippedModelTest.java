package org.stepwise.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.data.DigitPreprocessor;
import org.stepwise.data.GrayImage;
import org.stepwise.data.MnistDataset;
import org.stepwise.data.PreparedDigit;
import org.stepwise.data.ShippedData;
import org.stepwise.network.Activation;
import org.stepwise.network.DenseMatrix;
import org.stepwise.network.Network;
import org.stepwise.testing.DrawnDigits;

/** The pre-trained network in assets/models, read as the window and the classify command read it. */
class ShippedModelTest {

    private static final int CANVAS = 280;

    private static SavedModel shipped;
    private static MnistDataset test;

    private final DigitPreprocessor preprocessor = new DigitPreprocessor();

    @BeforeAll
    static void load() throws IOException {
        shipped = ShippedModel.load();
        test = ShippedData.loadMnist().test();
    }

    private int read(GrayImage picture) {
        PreparedDigit digit = preprocessor.prepare(picture);
        return Network.argMax(shipped.network().output(digit.pixels()));
    }

    @Test
    void isAFullyConnectedSoftmaxNetworkForTwentyEightByTwentyEightDigits() {
        Network network = shipped.network();

        assertArrayEquals(new int[] {784, 256, 128, 10}, network.sizes());
        assertEquals(Activation.SOFTMAX, network.outputActivation());
        assertEquals(shipped.config().sections(), shipped.history().sectionAccuracies().size());
    }

    @Test
    void readsAtLeastNinetyEightPercentOfTheFullTestSet() {
        Network network = shipped.network();
        int chunk = 500;
        Network.Workspace workspace = network.newWorkspace(chunk);
        int correct = 0;

        for (int first = 0; first < test.size(); first += chunk) {
            DenseMatrix input = workspace.input();
            for (int c = 0; c < chunk; c++) {
                test.copyImage(first + c, input.data(), c, chunk);
            }
            DenseMatrix outputs = network.forward(workspace);
            for (int c = 0; c < chunk; c++) {
                correct += Network.argMax(outputs, c) == test.label(first + c) ? 1 : 0;
            }
        }

        double accuracy = (double) correct / test.size();
        assertTrue(accuracy >= 0.98, "full test accuracy " + accuracy);
        assertEquals(shipped.history().fullTestAccuracy(), accuracy, 1e-12);
    }

    @Test
    void readsAtLeastNinetyFivePercentOfTestDigitsRedrawnAsPeopleDraw() {
        SplittableRandom random = new SplittableRandom(2021);
        List<String> misread = new ArrayList<>();
        int count = 500;

        for (int i = 0; i < count; i++) {
            int index = i * (test.size() / count);
            DrawnDigits.Redrawing how = DrawnDigits.randomRedrawing(random, CANVAS);
            int reading = read(DrawnDigits.redraw(test, index, how, CANVAS));
            if (reading != test.label(index)) {
                misread.add("test image " + index + " (" + test.label(index) + ") read as " + reading);
            }
        }

        double accuracy = 1.0 - (double) misread.size() / count;
        assertTrue(accuracy >= 0.95, "read " + accuracy + " of redrawn digits right; misread " + misread);
    }

    @Nested
    class DrawnStrokes {

        @ParameterizedTest(name = "{0} at ({1}, {2}), {3} pixels, brush {4}")
        @CsvSource({
            "7, 10, 10, 160, 16", "7, 110, 10, 160, 16", "7, 10, 110, 160, 16", "7, 110, 110, 160, 16",
            "7, 180, 180, 80, 8", "7, 60, 60, 160, 4", "7, 40, 40, 120, 30",
            "2, 10, 10, 160, 16", "2, 110, 10, 160, 16", "2, 10, 110, 160, 16", "2, 110, 110, 160, 16",
            "2, 180, 180, 80, 8", "2, 60, 60, 160, 4", "2, 40, 40, 140, 30",
            "1, 20, 20, 200, 14", "1, 180, 150, 100, 10"})
        void readsTheSameDigitWhereverAndHoweverLargeItIsDrawn(int digit, int left, int top, int size,
                int brush) {
            double[] shape = digit == 7 ? DrawnDigits.SEVEN : digit == 2 ? DrawnDigits.TWO : DrawnDigits.ONE;
            GrayImage dark = DrawnDigits.darkOnWhite(CANVAS, CANVAS, shape, left, top, size, brush);

            int onWhite = read(dark);
            int onBlack = read(dark.inverted());

            assertEquals(digit, onWhite);
            assertEquals(digit, onBlack);
        }
    }
}

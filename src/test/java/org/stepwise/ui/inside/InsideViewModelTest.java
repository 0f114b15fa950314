package org.stepwise.ui.inside;

import java.util.concurrent.Executor;

import javafx.util.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.stepwise.data.MnistDataset;
import org.stepwise.data.ShippedData;
import org.stepwise.model.SavedModel;
import org.stepwise.model.ShippedModel;
import org.stepwise.network.Network;
import org.stepwise.ui.CurrentNetwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Inside tab's state without a stage: the background work runs on the
 * test's thread, so every result is there when a call returns.
 */
class InsideViewModelTest {

    private static final Executor NOW = Runnable::run;

    private static MnistDataset test;
    private static Network shipped;
    private InsideViewModel inside;

    @BeforeAll
    static void loadShippedNetworkAndTestSet() throws Exception {
        SavedModel model = ShippedModel.load();
        shipped = model.network();
        test = ShippedData.loadMnist().test();
    }

    @BeforeEach
    void openTheTab() {
        inside = new InsideViewModel(NOW, NOW, Duration.ZERO, Duration.ZERO);
        inside.testSetProperty().set(test);
        inside.networkProperty().set(new CurrentNetwork(shipped, "the shipped network"));
        inside.showingProperty().set(true);
    }

    @Nested
    class ConfusionMatrix {

        @Test
        void theShippedNetworksMatrixCountsEveryTestDigitAndMostOnTheDiagonal() {
            TestSetReading reading = inside.getReading();

            int total = 0;
            int diagonal = 0;
            for (int label = 0; label < 10; label++) {
                for (int read = 0; read < 10; read++) {
                    total += reading.count(label, read);
                    diagonal += label == read ? reading.count(label, read) : 0;
                }
            }
            assertEquals(10_000, total);
            assertTrue(diagonal > 9_800, "diagonal " + diagonal);
            assertEquals(diagonal, reading.correct());
        }

        @Test
        void theGalleryStartsWithEveryMisreadDigit() {
            TestSetReading reading = inside.getReading();

            int misread = reading.size() - reading.correct();
            assertEquals(Math.min(misread, InsideViewModel.GALLERY_LIMIT), inside.gallery().size());
            assertTrue(inside.gallery().stream().allMatch(item -> item.label() != item.reading()));
            assertEquals("Misread test digits: " + misread + " of 10,000", inside.getGalleryTitle());
        }

        @Test
        void choosingACellListsItsDigits() {
            int[] cell = busiestMistake(inside.getReading());

            inside.selectCell(cell[0], cell[1]);

            int count = inside.getReading().count(cell[0], cell[1]);
            assertEquals(count, inside.gallery().size());
            assertTrue(inside.gallery().stream().allMatch(item -> item.label() == cell[0]
                    && item.reading() == cell[1] && test.label(item.index()) == cell[0]));
            assertEquals("Is " + cell[0] + ", read as " + cell[1] + ": " + count + " digits",
                    inside.getGalleryTitle());
        }

        @Test
        void choosingTheSameCellAgainGoesBackToTheMisreadDigits() {
            int[] cell = busiestMistake(inside.getReading());
            inside.selectCell(cell[0], cell[1]);

            inside.selectCell(cell[0], cell[1]);

            assertNull(inside.selectedCellProperty().get());
            assertTrue(inside.getGalleryTitle().startsWith("Misread test digits"));
        }

        @Test
        void aCellOfTheDiagonalShowsTheFirstDigitsOnly() {
            inside.selectCell(1, 1);

            assertEquals(InsideViewModel.GALLERY_LIMIT, inside.gallery().size());
            assertTrue(inside.getGalleryTitle().endsWith("(the first " + InsideViewModel.GALLERY_LIMIT
                    + " shown)"), inside.getGalleryTitle());
        }

        @Test
        void nothingIsReadWhileTheTabIsHidden() {
            InsideViewModel hidden = new InsideViewModel(NOW, NOW, Duration.ZERO, Duration.ZERO);
            hidden.testSetProperty().set(test);

            hidden.networkProperty().set(new CurrentNetwork(shipped, "the shipped network"));

            assertNull(hidden.getReading());
        }
    }

    @Nested
    class Weights {

        @Test
        void thereIsOneWeightImagePerHiddenUnit() {
            inside.weightsShowingProperty().set(true);

            WeightTiles weights = inside.getWeights();

            assertEquals(shipped.layers().get(0).outputs(), weights.units());
            assertEquals(28, weights.side());
            assertTrue(weights.tiles().stream().allMatch(tile -> tile.length == 784));
        }

        @Test
        void aZeroWeightIsWhiteAndTheLargestIsFullColour() {
            assertEquals(0xFFFFFFFF, ColorScales.diverging(0));
            assertEquals(0xFF2166AC, ColorScales.diverging(-1));
            assertEquals(0xFFB35806, ColorScales.diverging(1));
        }

        @Test
        void weightsAreDrawnOnlyWhileShowing() {
            assertNull(inside.getWeights());
        }
    }

    @Nested
    class Browsing {

        @Test
        void showsATestDigitWithItsLabelAndReading() {
            inside.show(0);

            assertEquals(test.label(0), inside.browsedLabelProperty().get());
            assertEquals(10, inside.browsed().getOutputs().length);
            assertEquals(inside.getReading().reading(0), inside.browsed().getDigit());
        }

        @Test
        void previousFromTheFirstDigitWrapsToTheLast() {
            inside.show(0);

            inside.previous();

            assertEquals(9_999, inside.getIndex());
        }

        @Test
        void anIndexOutOfRangeShowsTheNearestDigit() {
            inside.show(20_000);

            assertEquals(9_999, inside.getIndex());
        }

        @Test
        void randomStaysInTheTestSet() {
            for (int i = 0; i < 20; i++) {
                inside.random();

                assertTrue(inside.getIndex() >= 0 && inside.getIndex() < 10_000);
            }
            assertFalse(inside.browsedPixelsProperty().get() == null);
        }
    }

    /** The off-diagonal cell with the most digits: {label, reading}. */
    private static int[] busiestMistake(TestSetReading reading) {
        int[] best = {0, 1};
        for (int label = 0; label < 10; label++) {
            for (int read = 0; read < 10; read++) {
                if (label != read && reading.count(label, read) > reading.count(best[0], best[1])) {
                    best = new int[] {label, read};
                }
            }
        }
        return best;
    }
}

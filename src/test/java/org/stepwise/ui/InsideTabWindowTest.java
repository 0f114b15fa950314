package org.stepwise.ui;

import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stepwise.ui.inside.ConfusionMatrixView;
import org.stepwise.ui.inside.TestSetReading;
import org.stepwise.ui.inside.WeightImagesView;
import org.testfx.robot.Motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "Inside the network" tab with the shipped network, before any training. */
class InsideTabWindowTest {

    private OpenWindow window;

    @BeforeEach
    void openInsideTab() throws Exception {
        window = OpenWindow.open();
        window.robot.clickOn("Inside the network");
        window.await(() -> window.model().inside().getReading() != null);
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void theHeaderSaysWhichNetworkAndHowWellItReadsTheTestSet() throws Exception {
        assertTrue(window.text("#insideTitle").startsWith("Looking inside the shipped network, "),
                window.text("#insideTitle"));
        assertTrue(window.text("#readingStatus").endsWith("of 10,000 test images read right ("
                + Formats.percent(reading().accuracy()) + ")"), window.text("#readingStatus"));
    }

    @Test
    void clickingACellOfTheConfusionMatrixListsItsDigits() throws Exception {
        int count = OpenWindow.fx(() -> reading().count(4, 9));

        window.robot.moveTo(window.node("#confusionMatrix"), Pos.TOP_LEFT, new Point2D(
                ConfusionMatrixView.cellX(9) + ConfusionMatrixView.CELL / 2,
                ConfusionMatrixView.cellY(4) + ConfusionMatrixView.CELL / 2), Motion.DIRECT)
                .clickOn(MouseButton.PRIMARY);
        window.await(() -> window.text("#galleryTitle").startsWith("Is 4, read as 9"));

        assertEquals("Is 4, read as 9: " + count + (count == 1 ? " digit" : " digits"),
                window.text("#galleryTitle"));
        assertEquals(count, OpenWindow.fx(() -> ((FlowPane) window.node("#galleryTiles"))
                .getChildren().size()));
    }

    @Test
    void theFirstLayerWeightsShowOneTilePerHiddenUnit() throws Exception {
        int units = OpenWindow.fx(() ->
                window.model().network().getCurrent().network().layers().get(0).outputs());

        window.robot.clickOn("#weightsPage");
        window.await(() -> weightsView().tileCount() == units);

        assertEquals(units, OpenWindow.fx(() -> weightsView().tileCount()));
        assertTrue(window.text("#weightsSummary").startsWith(units + " hidden units in layer 1"));
    }

    @Test
    void clickingAMisreadDigitShowsItInTheBrowser() throws Exception {
        int first = OpenWindow.fx(() -> window.model().inside().gallery().get(0).index());

        window.robot.clickOn(OpenWindow.fx(() ->
                ((FlowPane) window.node("#galleryTiles")).getChildren().get(0)));

        window.await(() -> window.model().inside().getIndex() == first);
        assertTrue(window.text("#testVerdict").contains("misread as"), window.text("#testVerdict"));
    }

    private TestSetReading reading() {
        return window.model().inside().getReading();
    }

    private WeightImagesView weightsView() {
        return (WeightImagesView) window.node("#weightImages");
    }
}

package org.stepwise.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javafx.geometry.Point2D;
import javafx.scene.control.DialogPane;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.network.Network;
import org.stepwise.ui.training.TrainingState;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saving and opening networks in the window. The file dialogs are native
 * and Monocle cannot show them, so the tests call what the menu items call
 * once a file is chosen.
 */
class NetworkFilesWindowTest {

    @TempDir
    Path folder;

    private OpenWindow window;

    @BeforeEach
    void openWindow() throws Exception {
        window = OpenWindow.open();
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void aSavedNetworkOpenedAgainReadsTheSameDigit() throws Exception {
        trainBriefly();
        window.drawStroke(new Point2D(90, 60), new Point2D(100, 160));
        window.await(() -> outputs() != null && window.text("#readingSource").contains("your network"));
        double[] trainedReading = outputs();
        Path file = folder.resolve("mine.json");

        OpenWindow.fxRun(() -> window.model().network().save(file));
        window.await(() -> !window.model().network().isBusy());
        window.robot.clickOn("#resetButton");
        window.await(() -> window.text("#readingSource").contains("shipped network"));
        OpenWindow.fxRun(() -> window.model().network().open(file));
        window.await(() -> window.text("#readingSource").contains("mine.json"));

        assertTrue(Files.isRegularFile(file));
        assertArrayEquals(trainedReading, outputs(), 0.0);
        assertTrue(window.text("#readingSource").startsWith("Reading with the network from mine.json"),
                window.text("#readingSource"));
        assertEquals(TrainingState.READY, OpenWindow.fx(() -> window.model().training().getState()));
        assertEquals("", OpenWindow.fx(() -> window.model().network().getFileError()));
    }

    @Test
    void aRunKeptAtTheQuestionStaysAndABrokenFileIsRefusedBeforeAnyQuestion() throws Exception {
        trainBriefly();
        Path file = folder.resolve("other.json");
        OpenWindow.fxRun(() -> window.model().network().save(file));
        window.await(() -> !window.model().network().isBusy());
        Network run = OpenWindow.fx(() -> window.model().network().getCurrent().network());
        int[] asked = {0};
        OpenWindow.fxRun(() -> window.model().network().setReplaceRunCheck(() -> {
            asked[0]++;
            return false;
        }));

        OpenWindow.fxRun(() -> window.model().network().open(file));
        window.await(() -> asked[0] == 1 && !window.model().network().isBusy());
        assertSame(run, OpenWindow.fx(() -> window.model().network().getCurrent().network()),
                "the run stays");

        Path text = Files.writeString(folder.resolve("notes.json"), "hello");
        OpenWindow.fxRun(() -> window.model().network().open(text));
        window.await(() -> !window.model().network().getFileError().isEmpty());
        assertEquals(1, asked[0], "a file that is not a network is refused without asking");
    }

    @Test
    void aTruncatedFileIsRefusedWithOneSentenceAndTheNetworkStays() throws Exception {
        Path whole = folder.resolve("whole.json");
        OpenWindow.fxRun(() -> window.model().network().save(whole));
        window.await(() -> !window.model().network().isBusy());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(folder.resolve("cut.json"), Arrays.copyOf(bytes, bytes.length / 2));
        Network before = OpenWindow.fx(() -> window.model().network().getCurrent().network());

        OpenWindow.fxRun(() -> window.model().network().open(cut));
        window.await(() -> !window.model().network().getFileError().isEmpty());

        String sentence = "The file cut.json could not be opened: the JSON ends too early; the file is truncated.";
        assertEquals(sentence, OpenWindow.fx(() -> window.model().network().getFileError()));
        window.await(() -> window.robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = window.robot.lookup(".dialog-pane").query();
        assertEquals(sentence, OpenWindow.fx(dialog::getContentText));
        assertSame(before, OpenWindow.fx(() -> window.model().network().getCurrent().network()));
        assertTrue(window.text("#readingSource").contains("shipped network"));
        OpenWindow.fxRun(() -> dialog.getScene().getWindow().hide());
    }

    /** Trains the window's network for a moment, then stops. */
    private void trainBriefly() throws Exception {
        window.robot.clickOn("#startButton");
        window.await(() -> window.model().training().getNetworkStep() >= 100);
        window.robot.clickOn("#stopButton");
        window.await(() -> window.model().training().getState() == TrainingState.STOPPED);
    }

    private double[] outputs() throws Exception {
        return OpenWindow.fx(() -> window.model().reading().getOutputs());
    }
}

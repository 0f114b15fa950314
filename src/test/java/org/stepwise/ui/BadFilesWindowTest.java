package org.stepwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.data.Datasets;
import org.stepwise.network.Network;

/**
 * Part of the bad-input suite: broken files opened from the window are named
 * with what is wrong, and what was loaded before stays in use.
 */
class BadFilesWindowTest {

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
    void aDataFolderWithALabelsFileForImagesKeepsTheShippedData() throws Exception {
        Datasets before = OpenWindow.fx(() -> window.model().getData());
        byte[] labelsHeader = {0, 0, 8, 1, 0, 0, 0, 1, 7};
        for (String name : new String[] {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"}) {
            Files.write(folder.resolve(name), labelsHeader);
        }

        OpenWindow.fxRun(() -> window.model().loadDataFolder(folder));
        window.await(() -> !window.model().isLoadingData()
                && !window.model().dataErrorProperty().get().isEmpty());

        String error = OpenWindow.fx(() -> window.model().dataErrorProperty().get());
        assertTrue(error.contains("train-images-idx3-ubyte") && error.contains("expected magic 0x00000803"),
                error);
        assertSame(before, OpenWindow.fx(() -> window.model().getData()), "the shipped data stays loaded");
        assertTrue(OpenWindow.fx(() -> window.model().canStartProperty().get()), "Start still works");
        assertEquals(60_000, OpenWindow.fx(() -> window.model().config().trainingImagesProperty().get()));
        assertTrue(window.text("#statusMessage").endsWith("The data loaded before stays in use."),
                window.text("#statusMessage"));

        OpenWindow.fxRun(() -> window.model().start());
        window.await(() -> !window.text("#statusMessage").startsWith("Could not load the data"));
        assertTrue(OpenWindow.fx(() -> window.model().training().isActive()
                || window.model().training().getState() == org.stepwise.ui.training.TrainingState.FINISHED),
                "training started on the shipped data");
    }

    @Test
    void aModelFileFromAnotherProgramKeepsTheNetwork() throws Exception {
        Path foreign = Files.writeString(folder.resolve("keras.json"),
                "{\"format\": \"keras\", \"layers\": []}");
        Network before = OpenWindow.fx(() -> window.model().network().getCurrent().network());

        OpenWindow.fxRun(() -> window.model().network().open(foreign));
        window.await(() -> !window.model().network().getFileError().isEmpty());

        String error = OpenWindow.fx(() -> window.model().network().getFileError());
        assertTrue(error.startsWith("The file keras.json could not be opened: "), error);
        assertTrue(error.contains("stepwise-model"), error);
        assertSame(before, OpenWindow.fx(() -> window.model().network().getCurrent().network()));
        window.await(() -> window.robot.lookup(".dialog-pane").tryQuery().isPresent());
        OpenWindow.fxRun(() -> window.robot.lookup(".dialog-pane").query().getScene().getWindow().hide());
    }
}

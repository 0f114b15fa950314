package org.stepwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.model.ModelFile;
import org.stepwise.model.SavedModel;

class TrainCommandTest {

    @TempDir
    Path folder;

    @Test
    void saveWritesAModelWithTheRunsConfigurationAndHistory() throws IOException {
        Path file = folder.resolve("short.json");

        CommandRuns run = CommandRuns.run("train", "--hidden", "16", "--sections", "2", "--steps-per-section",
                "20", "--seed", "5", "--save", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("saved " + file + System.lineSeparator()), run.out());
        SavedModel saved = ModelFile.load(file);
        assertEquals(5, saved.config().seed());
        assertEquals(2, saved.history().sectionAccuracies().size());
        assertEquals(40, saved.history().completedSteps());
        assertEquals(saved.history().sectionAccuracies().get(1), saved.history().fullTestAccuracy(), 0.0);
    }

    @Test
    void aDivergedRunSaysAtWhichStepAndRateAndSuggestsASmallerOne() {
        CommandRuns run = CommandRuns.run("train", "--hidden", "128", "--lr", "100", "--sections", "1",
                "--steps-per-section", "50", "--seed", "1");

        assertEquals(0, run.exitCode(), "the run itself completed: " + run.err());
        assertTrue(run.err().matches("(?s).*stepwise: training diverged: the loss was no longer a finite number"
                + " from step \\d+ on, at learning rate 100; try a smaller --lr, such as 0.5\\R.*"),
                run.err());
    }

    @Test
    void anOrdinaryRunSaysNothingOfDivergence() {
        CommandRuns run = CommandRuns.run("train", "--hidden", "16", "--sections", "1", "--steps-per-section",
                "50", "--seed", "1");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(!run.err().contains("diverged"), run.err());
    }
}

package org.stepwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.network.Activation;
import org.stepwise.network.Loss;
import org.stepwise.optimize.ExponentialDecay;
import org.stepwise.train.Sampling;
import org.stepwise.train.TrainingConfig;

class PretrainCommandTest {

    @TempDir
    Path folder;

    @Test
    void refusesToReplaceAnExistingFileWithoutOverwrite() throws Exception {
        Path existing = folder.resolve("kept.json");
        Files.writeString(existing, "{}");

        CommandRuns run = CommandRuns.run("pretrain", "--out", existing.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--out " + existing + " already exists; choose another file or add"
                + " --overwrite to replace it"), run.err());
        assertEquals("{}", Files.readString(existing), "the file is untouched");
    }

    @Test
    void recipeIsTheNetworkAssetsModelsReadmeDescribes() {
        TrainingConfig recipe = PretrainCommand.recipe(20, 1);

        assertEquals("784-256-128-10", recipe.networkLabel(784, 10));
        assertEquals(Activation.RELU, recipe.hiddenActivation());
        assertEquals(Activation.SOFTMAX, recipe.outputActivation());
        assertEquals(Loss.CROSS_ENTROPY, recipe.loss());
        assertEquals("Adam", recipe.optimizer().label());
        assertEquals(new ExponentialDecay(0.001, 0.88), recipe.schedule());
        assertEquals(List.of(128, 469, 20), List.of(recipe.batchSize(), recipe.stepsPerSection(),
                recipe.sections()));
        assertEquals(Sampling.WITHOUT_REPLACEMENT, recipe.sampling());
    }

    @Test
    void zeroSectionsExitTwoBeforeAnyWork() {
        CommandRuns run = CommandRuns.run("pretrain", "--sections", "0", "--out",
                folder.resolve("m.json").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("stepwise: --sections must be at least 1, got 0"), run.err());
    }

    @Test
    void folderAsOutputExitsTwo() {
        CommandRuns run = CommandRuns.run("pretrain", "--out", folder.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("is a folder; give a file name"), run.err());
    }
}

package org.stepwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The bench command's output form; its figures are read by people, never asserted. */
class BenchCommandTest {

    @Test
    void printsTheBackendThenOneLinePerNetwork() {
        CommandLine commandLine = StepwiseCommand.newCommandLine();
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out));

        int exitCode = commandLine.execute("bench", "--hidden", "4", "--hidden", "3,3", "--batch", "8",
                "--sections", "3", "--seconds", "0.02");

        assertEquals(0, exitCode);
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("matrix products: "), lines.get(0));
        assertTrue(lines.get(2).matches("784-4-10 batch 8: [0-9,]+ samples/s \\(median of 3 sections, .+\\), "
                + "[0-9.]+ GFLOP/s, [0-9]+% of peak"), lines.get(2));
        assertTrue(lines.get(3).startsWith("784-3-3-10 batch 8: "), lines.get(3));
    }

    @Test
    void rejectsHiddenSizesThatAreNotNumbers() {
        CommandLine commandLine = StepwiseCommand.newCommandLine();
        commandLine.setErr(new PrintWriter(new StringWriter()));

        int exitCode = commandLine.execute("bench", "--hidden", "32,x");

        assertEquals(2, exitCode);
    }
}

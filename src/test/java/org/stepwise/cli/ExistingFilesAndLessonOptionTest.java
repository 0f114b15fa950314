package org.stepwise.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * study --out never replaces an earlier export unasked; --lesson refuses a bad file before any window opens.
 */
class ExistingFilesAndLessonOptionTest {

    @TempDir
    Path folder;

    private static final String[] TINY = {"--hidden", "4", "--sections", "1", "--steps-per-section", "3",
        "--runs", "1", "--threads", "1", "--block", "1"};

    private CommandRuns study(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("study"));
        args.addAll(List.of(TINY));
        args.addAll(List.of("--out", folder.toString()));
        args.addAll(List.of(extra));
        return CommandRuns.run(args.toArray(String[]::new));
    }

    @Test
    void studyRefusesToReplaceAnEarlierExportUnlessAskedTo() throws IOException {
        CommandRuns first = study();
        assertEquals(0, first.exitCode(), first.err());
        List<Path> written;
        try (var files = Files.list(folder)) {
            written = files.sorted().toList();
        }
        assertTrue(written.size() >= 4, written.toString());
        Path csv = written.stream().filter(file ->
                file.toString().endsWith("-table.csv")).findFirst().orElseThrow();
        Files.writeString(csv, "the teacher's own notes");

        CommandRuns second = study();

        assertEquals(2, second.exitCode());
        assertEquals(1, second.errLines().size(), second.err());
        assertTrue(second.err().contains("already holds")
                && second.err().contains("add --overwrite to replace them"),
                second.err());
        assertEquals("the teacher's own notes", Files.readString(csv));

        CommandRuns third = study("--overwrite");

        assertEquals(0, third.exitCode(), third.err());
        assertTrue(Files.readString(csv).startsWith("#") || Files.readString(csv).contains("configuration"),
                Files.readString(csv));
    }

    @Test
    void aMissingLessonIsOneLineAndExitCodeTwo() {
        CommandRuns run = CommandRuns.run("--lesson", folder.resolve("nope.json").toString());

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("--lesson " + folder.resolve("nope.json") + ": there is no such file"),
                run.err());
    }

    @Test
    void aLessonThatIsNotALessonIsOneLineAndExitCodeTwo() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.json"), "{\"format\": \"stepwise-model\"}");

        CommandRuns run = CommandRuns.run("--lesson", file.toString());

        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("--lesson " + file + ": this is a saved network"), run.err());
    }
}

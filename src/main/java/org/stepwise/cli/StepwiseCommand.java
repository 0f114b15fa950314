package org.stepwise.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.stepwise.ui.StepwiseApp;
import org.stepwise.ui.lesson.LessonFile;
import org.stepwise.ui.persist.StepwiseHome;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The top-level command: opens the window, or runs a headless subcommand.
 *
 * <p>Exit codes: 0 success, 1 a failure while working (a message says what),
 * 2 a bad option or value.
 */
@Command(name = "stepwise", mixinStandardHelpOptions = true, version = "Stepwise 0.1",
        description = {
            "Watch a neural network learn to read handwritten digits (MNIST).",
            "Without a command, opens the window."
        },
        subcommands = {TrainCommand.class, StudyCommand.class, ClassifyCommand.class, PretrainCommand.class,
                BenchCommand.class})
public final class StepwiseCommand implements Callable<Integer> {

    @Option(names = "--train", description = "Start training as soon as the window opens.")
    boolean train;

    @Option(names = "--present", description = "Open in presenter mode: full screen, large type,"
            + " only the chosen controls (F leaves it).")
    boolean present;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Train on another folder of IDX files (28x28 images, such as Fashion-MNIST) "
                    + "instead of the shipped MNIST.")
    Path data;

    @Spec
    CommandSpec spec;

    @Option(names = "--lesson", paramLabel = "FILE",
            description = "Open a lesson file (settings, shown controls and a text for the class) at launch; "
                    + "with --train, its run starts at once.")
    Path lesson;

    /** Parses and runs the arguments; returns the exit code. */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new StepwiseCommand());
        commandLine.setParameterExceptionHandler(new OneLineParameterErrors());
        commandLine.setExecutionExceptionHandler(new OneLineExecutionErrors());
        return commandLine;
    }

    /** The lesson's problem without the path that starts it, since the line names the file already. */
    private static String withoutFileName(IOException e, Path file) {
        String message = e instanceof NoSuchFileException missing && missing.getReason() != null
                ? missing.getReason() : String.valueOf(e.getMessage());
        String prefix = file + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    @Override
    public Integer call() {
        if (data != null && !Files.isDirectory(data)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--data " + data + " is not a folder; give the folder that holds the four IDX files");
        }
        if (lesson != null) {
            try {
                LessonFile.load(lesson);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--lesson " + lesson + ": "
                        + withoutFileName(e, lesson));
            }
        }
        StepwiseApp.launchWith(new StepwiseApp.StartOptions(data, train, lesson, StepwiseHome.resolve(),
                present));
        return 0;
    }
}

package org.stepwise;

import java.util.Optional;

import org.stepwise.cli.StepwiseCommand;

/**
 * The program's entry point, for the runnable jar and {@code ./mvnw javafx:run}.
 *
 * <p>It is deliberately not a JavaFX {@code Application}: a jar whose main
 * class extends Application is refused by the Java launcher when JavaFX is on
 * the class path rather than the module path. Without a command it opens the
 * window; the headless commands are listed by {@code --help}. When the
 * matrix products need start-up settings this JVM lacks, the program runs
 * in a child JVM that has them ({@link Relauncher}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<Integer> childExitCode = Relauncher.runInChildIfNeeded(args);
        if (childExitCode.isPresent()) {
            System.exit(childExitCode.get());
        }
        int exitCode = StepwiseCommand.execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}

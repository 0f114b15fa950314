package org.stepwise;

import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

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
        configureLogging(isHeadlessCommand(args));
        int exitCode;
        try {
            exitCode = StepwiseCommand.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("stepwise: out of memory (" + Runtime.getRuntime().maxMemory() / 1_000_000
                    + " MB allowed); use smaller layers or batches, or give Java more with -Xmx");
            exitCode = 1;
        }
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** True when the first argument names a command rather than an option of the window. */
    private static boolean isHeadlessCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /**
     * One line per log record on standard error. The commands log warnings
     * only, so that their own output stays readable; the window logs from INFO
     * up (runs starting and ending). STEPWISE_LOG=FINE (or any level) overrides both.
     */
    private static void configureLogging(boolean headless) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %3$s: %5$s%6$s%n");
        Level level = headless ? Level.WARNING : Level.INFO;
        String override = System.getenv("STEPWISE_LOG");
        if (override != null && !override.isBlank()) {
            try {
                level = Level.parse(override.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                System.err.println("stepwise: STEPWISE_LOG=" + override + " is not a log level; using "
                        + level);
            }
        }
        // JavaFX warns that it was loaded from the class path, which is how the
        // runnable jar carries it; the warning would only alarm a user.
        Logger.getLogger("javafx").setLevel(Level.SEVERE);
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(level);
        }
    }
}

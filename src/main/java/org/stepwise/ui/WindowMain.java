package org.stepwise.ui;

import java.nio.file.Path;
import java.util.List;

/**
 * Opens the window straight from a class path, for development:
 * {@code java -cp ... org.stepwise.ui.WindowMain [--train] [--data DIR]}.
 *
 * <p>A separate class because Java's launcher refuses a main class that
 * extends Application when JavaFX is on the class path rather than the
 * module path ("JavaFX runtime components are missing"). The program's real
 * entry is org.stepwise.Launcher.
 */
public final class WindowMain {

    private WindowMain() {
    }

    public static void main(String[] args) {
        List<String> options = List.of(args);
        int data = options.indexOf("--data");
        if (data >= 0 && data + 1 >= options.size()) {
            throw new IllegalArgumentException("--data needs a folder after it");
        }
        Path folder = data >= 0 ? Path.of(options.get(data + 1)) : null;
        StepwiseApp.launchWith(new StepwiseApp.StartOptions(folder, options.contains("--train"),
                null, null, options.contains("--present")));
    }
}

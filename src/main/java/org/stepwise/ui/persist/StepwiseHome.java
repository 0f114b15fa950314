package org.stepwise.ui.persist;

import java.nio.file.Path;

/**
 * The folder where Stepwise keeps what it remembers between launches: the
 * settings file and the last run. In order: the system property
 * {@value #PROPERTY} (tests and portable installs), {@code $XDG_CONFIG_HOME/stepwise},
 * then {@code ~/.config/stepwise}.
 */
public final class StepwiseHome {

    /** The system property that names the folder, such as {@code -Dstepwise.home=/tmp/sw}. */
    public static final String PROPERTY = "stepwise.home";

    private StepwiseHome() {
    }

    /** The folder; it need not exist yet. */
    public static Path resolve() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "stepwise");
        }
        return Path.of(System.getProperty("user.home"), ".config", "stepwise");
    }
}

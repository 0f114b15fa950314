package org.stepwise.ui.classroom;

import java.util.Locale;

/** The window's colour theme; each has a style sheet of its own beside stepwise.css. */
public enum Theme {
    LIGHT,
    DARK;

    /** The name used in settings and lesson files: "light" or "dark". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme of that name, or {@code null} when no theme has it. */
    public static Theme fromId(String id) {
        for (Theme theme : values()) {
            if (theme.id().equals(id)) {
                return theme;
            }
        }
        return null;
    }
}

package org.stepwise.ui.persist;

import java.util.List;
import java.util.Set;

import org.stepwise.train.TrainingConfig;
import org.stepwise.ui.classroom.ShownControl;
import org.stepwise.ui.classroom.Theme;

/**
 * What the window remembers between launches. Each part is null when the
 * file did not hold a usable value for it, so the window keeps its default
 * for that part only.
 *
 * @param problems one sentence per part that was present but could not be used
 */
public record SavedSettings(TrainingConfig training, Theme theme, Set<ShownControl> shownControls,
        WindowPlace window, String tab, List<String> problems) {

    /** Where the window was and how large; {@code maximized} overrides the rest. */
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    }

    /** Nothing saved yet: every part at its default. */
    public static SavedSettings none() {
        return new SavedSettings(null, null, null, null, null, List.of());
    }

    public SavedSettings {
        problems = List.copyOf(problems);
        shownControls = shownControls == null ? null : Set.copyOf(shownControls);
    }
}

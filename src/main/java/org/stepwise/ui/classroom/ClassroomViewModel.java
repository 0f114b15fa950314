package org.stepwise.ui.classroom;

import java.util.EnumSet;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * How the window presents itself to a class: presenter mode, the theme, which
 * controls are shown, and the text of the open lesson. The views follow these
 * properties; lessons and saved settings set them. FX thread only.
 */
public final class ClassroomViewModel {

    private final BooleanProperty presenter = new SimpleBooleanProperty(this, "presenter");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObservableSet<ShownControl> shown =
            FXCollections.observableSet(EnumSet.allOf(ShownControl.class));
    private final StringProperty lessonTitle = new SimpleStringProperty(this, "lessonTitle", "");
    private final StringProperty lessonText = new SimpleStringProperty(this, "lessonText", "");

    /** Full screen, large type, thick lines, only the shown controls. */
    public BooleanProperty presenterProperty() {
        return presenter;
    }

    public boolean isPresenter() {
        return presenter.get();
    }

    public void setPresenter(boolean on) {
        presenter.set(on);
    }

    /** Light or dark; never null. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The controls shown in presenter mode; all of them unless a teacher or lesson chose. */
    public ObservableSet<ShownControl> shownControls() {
        return shown;
    }

    /** The open lesson's title, empty when no lesson is open. */
    public StringProperty lessonTitleProperty() {
        return lessonTitle;
    }

    /** The open lesson's short text for the class, empty when no lesson is open. */
    public StringProperty lessonTextProperty() {
        return lessonText;
    }
}

package org.stepwise.ui.persist;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.stepwise.model.ModelFile;
import org.stepwise.model.SavedModel;
import org.stepwise.ui.MainView;
import org.stepwise.ui.MainViewModel;

/**
 * Keeps the window's state between launches in {@link StepwiseHome}: the
 * settings file ({@link SettingsFile}) and the last run's network,
 * configuration and section accuracies ({@value #LAST_RUN}, a model file).
 * At launch it puts them back; at close it asks, while a run is active,
 * whether to keep it, and writes them.
 *
 * The Studies tab keeps its last study ({@value #LAST_STUDY}) after each
 * finished run.
 *
 * <p>Known shortcoming: the last run's curves do not come back (a model
 * file holds only its section accuracies); its network and settings do.
 */
public final class SessionKeeper {

    /** The last run, as a model file in the home folder. */
    public static final String LAST_RUN = "last-run.json";

    /** The last study, finished or in progress, in the home folder. */
    public static final String LAST_STUDY = "study-progress.json";

    private static final Logger LOG = System.getLogger(SessionKeeper.class.getName());

    private final Path home;
    private final MainViewModel model;
    private final MainView view;
    private SavedSettings saved = SavedSettings.none();

    /** @param home the folder to keep things in, or null to keep nothing (tests of other parts) */
    /** Why some saved settings went back to their defaults, or null when none did. */
    private String settingsNotice;

    public SessionKeeper(Path home, MainViewModel model, MainView view) {
        this.home = home;
        this.model = model;
        this.view = view;
    }

    /** The saved settings, read once; {@link SavedSettings#none()} without a home. */
    public SavedSettings saved() {
        return saved;
    }

    /**
     * Reads the settings file and sets the settings, theme, shown controls and tab; before the window shows.
     */
    public void restoreSettings() {
        if (home == null) {
            return;
        }
        saved = SettingsFile.read(home);
        if (saved.training() != null) {
            model.config().load(saved.training());
        }
        if (saved.theme() != null) {
            model.classroom().themeProperty().set(saved.theme());
        }
        if (saved.shownControls() != null) {
            model.classroom().shownControls().retainAll(saved.shownControls());
            model.classroom().shownControls().addAll(saved.shownControls());
        }
        if (saved.tab() != null) {
            view.selectTab(saved.tab());
        }
        if (!saved.problems().isEmpty()) {
            String notice = "Some saved settings were set back to their defaults: "
                    + String.join("; ", saved.problems());
            LOG.log(Level.WARNING, notice);
            settingsNotice = notice;
            afterDataLoads(() -> model.showNote(notice, true));
        }
    }

    /**
     * Runs {@code work} once the data has loaded (or failed to): loading
     * clears the status line and resets the training, so a notice or a
     * restored run must come after it.
     */
    private void afterDataLoads(Runnable work) {
        if (!model.isLoadingData() && model.getData() != null) {
            work.run();
            return;
        }
        model.loadingDataProperty().addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean before, Boolean now) {
                if (!now) {
                    observable.removeListener(this);
                    // After the load's own status message, which runs in the same pulse.
                    Platform.runLater(work);
                }
            }
        });
    }

    /** Puts the window where it was, if that place is still on a screen. */
    public void restorePlace(Stage stage) {
        SavedSettings.WindowPlace place = saved.window();
        if (place == null) {
            return;
        }
        Rectangle2D bounds = new Rectangle2D(place.x(), place.y(), place.width(), place.height());
        if (!Screen.getScreensForRectangle(bounds).isEmpty()) {
            stage.setX(place.x());
            stage.setY(place.y());
            stage.setWidth(place.width());
            stage.setHeight(place.height());
        }
        stage.setMaximized(place.maximized());
    }

    /** Keeps studies in the home folder, and brings back the last one. */
    public void restoreStudy() {
        if (home != null) {
            model.study().keepStudiesIn(home.resolve(LAST_STUDY));
        }
    }

    /** Brings back the run kept at the last close, if there is one, once the data has loaded. */
    public void restoreRun() {
        if (home != null && Files.isRegularFile(home.resolve(LAST_RUN))) {
            afterDataLoads(() -> {
                if (!model.training().isActive()) {
                    model.network().restore(home.resolve(LAST_RUN));
                    repeatNoticeWhenRestored();
                }
            });
        }
    }

    /**
     * The restored run's own note would hide the notice about settings set
     * back to defaults, which matters more; the notice is shown again once
     * the run is back (the pad still says which network reads).
     */
    private void repeatNoticeWhenRestored() {
        if (settingsNotice == null) {
            return;
        }
        String notice = settingsNotice;
        ChangeListener<Boolean> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean before, Boolean busy) {
                if (!busy) {
                    observable.removeListener(this);
                    // After the restore has set its own note, which follows the busy flag.
                    Platform.runLater(() -> model.showNote(notice, true));
                }
            }
        };
        model.network().busyProperty().addListener(once);
    }

    /**
     * The window's close request: while a run is active, asks Keep, Discard
     * or Cancel; then writes the settings and, unless discarded, the run.
     */
    public void onCloseRequest(Stage stage, WindowEvent event) {
        boolean keepRun = true;
        if (model.training().isActive()) {
            Optional<Boolean> answer = askKeepRun(stage);
            if (answer.isEmpty()) {
                event.consume();
                return;
            }
            keepRun = answer.get();
        }
        remember(stage, keepRun);
    }

    private Optional<Boolean> askKeepRun(Stage stage) {
        ButtonType keep = new ButtonType("Keep", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Keep saves the network and its settings as they"
                + " are now, so that it reads digits and Start trains it further next time. Discard forgets"
                + " this run.", keep, discard, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle("Stepwise");
        alert.setHeaderText("Training is still running. Keep this run?");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return Optional.empty();
        }
        return Optional.of(answer.get() == keep);
    }

    /** Writes the settings and, if asked, the run; a failure is logged and never stops the window closing. */
    public void remember(Stage stage, boolean keepRun) {
        if (home == null) {
            return;
        }
        try {
            SettingsFile.write(home, current(stage));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not keep the settings in " + home, e);
        }
        SavedModel run = model.training().currentModel();
        if (keepRun && run != null) {
            if (!run.network().isFinite()) {
                LOG.log(Level.WARNING, "the run was not kept because its weights are no longer finite");
                return;
            }
            try {
                ModelFile.save(home.resolve(LAST_RUN), run);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "could not keep the run in " + home.resolve(LAST_RUN), e);
            }
        }
    }

    private SavedSettings current(Stage stage) {
        return new SavedSettings(
                model.config().isValid() ? model.config().getConfig() : saved.training(),
                model.classroom().themeProperty().get(),
                model.classroom().shownControls(),
                new SavedSettings.WindowPlace(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                        stage.isMaximized()),
                view.selectedTabId(), List.of());
    }
}
